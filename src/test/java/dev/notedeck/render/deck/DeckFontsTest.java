package dev.notedeck.render.deck;

import static org.assertj.core.api.Assertions.assertThat;

import dev.notedeck.fonts.FontMetrics;
import dev.notedeck.theme.Theme;
import dev.notedeck.theme.ThemeLoader;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Which font file measures which character: catalog lookup and PowerPoint's fallbacks. */
class DeckFontsTest {

  @TempDir
  static Path dir;

  /** Latin set in NanumSquare, named by the font's own full name; Korean in NanumGothic. */
  private static Theme mixedTheme() throws IOException {
    Path d = Files.createDirectories(dir.resolve("mixed"));
    Files.writeString(d.resolve("theme.yaml"), """
        extends: default
        fonts:
          heading: NanumSquare
        slides:
          latinTypeface: NanumSquare Regular
          eastAsianTypeface: NanumGothic
        """);
    return new ThemeLoader().load(d);
  }

  @Test
  void typefacesAreFoundByCatalogNameOrByTheFontsOwnName() throws IOException {
    Theme theme = mixedTheme();
    DeckFonts fonts = DeckFonts.of(theme);
    FontMetrics square = FontMetrics.of(theme.fonts().heading().regular());
    FontMetrics squareBold = FontMetrics.of(theme.fonts().heading().bold());
    FontMetrics gothic = FontMetrics.of(theme.fonts().body().regular());

    assertThat(fonts.fontFor('A', false, false).metrics()).isSameAs(square);
    assertThat(fonts.fontFor('A', false, true).metrics()).isSameAs(squareBold);
    assertThat(fonts.fontFor('A', false, true).syntheticBold()).isFalse();
    assertThat(fonts.fontFor('가', false, false).metrics()).isSameAs(gothic);
  }

  @Test
  void aCharacterTheLatinFaceLacksIsMeasuredWithTheEastAsianFace() throws IOException {
    DeckFonts fonts = DeckFonts.of(mixedTheme());
    FontMetrics latin = fonts.fontFor('A', false, false).metrics();
    FontMetrics eastAsian = fonts.eastAsian().metrics();
    int lacking = -1;
    for (int c = 0x20; c < 0x3000 && lacking < 0; c++) {
      if (!DeckFonts.isEastAsian(c) && !latin.canDisplay(c) && eastAsian.canDisplay(c)) {
        lacking = c;
      }
    }
    assertThat(lacking).as("a symbol NanumGothic has and NanumSquare has not").isPositive();
    assertThat(fonts.fontFor(lacking, false, false).metrics()).isSameAs(eastAsian);
  }

  @Test
  void codeKeepsItsFaceForHangulWhenTheCodeFontHasHangul() {
    Theme theme = new ThemeLoader().load("default");
    DeckFonts fonts = DeckFonts.of(theme);
    FontMetrics coding = FontMetrics.of(theme.fonts().code().regular());
    assertThat(fonts.codeCoversHangul()).isTrue();
    assertThat(fonts.fontFor('가', true, false).metrics()).isSameAs(coding);
    assertThat(fonts.fontFor('x', true, false).metrics()).isSameAs(coding);
  }

  @Test
  void widthsAreTheFontsAdvanceWidthsAtTheParagraphSize() {
    Theme theme = new ThemeLoader().load("default");
    TextMeasurer measurer = new TextMeasurer(DeckFonts.of(theme));
    FontMetrics gothic = FontMetrics.of(theme.fonts().body().regular());
    Para p = Para.plain("", Para.Role.BODY, 20);
    double expected = (2 * gothic.advance('W') + gothic.advance('가')) * 20.0 / gothic.unitsPerEm();
    assertThat(measurer.width(p, "W가W")).isCloseTo(expected, org.assertj.core.data.Offset.offset(0.001));
  }
}
