package dev.notedeck.theme;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The value forms a theme may use: units, short colours, single-value shorthands, the deck's keys. */
class ThemeValuesTest {
  @TempDir
  Path dir;

  private Theme load(String yaml) throws IOException {
    Files.writeString(dir.resolve("theme.yaml"), yaml);
    return new ThemeLoader().load(dir);
  }

  @Test
  void lengthsTakeUnitsAndPaperNamesIgnoreCase() throws IOException {
    Theme t = load("page:\n  paper: letter\n  margins: 0.75in\n");

    PageSetup p = t.page();
    assertThat(p.paper()).isEqualTo("Letter");
    assertThat(p.widthMm()).isEqualTo(215.9);
    assertThat(p.heightMm()).isEqualTo(279.4);
    for (double m : new double[] {p.marginTopMm(), p.marginRightMm(), p.marginBottomMm(),
        p.marginLeftMm()}) {
      assertThat(m).isCloseTo(19.05, within(1e-9));
    }
  }

  @Test
  void marginsBySideAcceptCentimetresPointsAndPlainMillimetres() throws IOException {
    Theme t = load("page:\n  margins: {top: 2cm, right: 36pt, bottom: 25, left: 15mm}\n");

    assertThat(t.page().marginTopMm()).isEqualTo(20);
    assertThat(t.page().marginRightMm()).isCloseTo(12.7, within(1e-9));
    assertThat(t.page().marginBottomMm()).isEqualTo(25);
    assertThat(t.page().marginLeftMm()).isEqualTo(15);
  }

  @Test
  void shortColoursSizesInPointsAndUnquotedAspect() throws IOException {
    Theme t = load("colors:\n  text: \"#222\"\nsizes:\n  body: 11pt\nslides:\n  aspect: 4:3\n");

    assertThat(t.colors().text()).isEqualTo(new RgbColor(0x22, 0x22, 0x22));
    assertThat(t.slideColors().text()).isEqualTo(new RgbColor(0x22, 0x22, 0x22));
    assertThat(t.fonts().bodySize()).isEqualTo(11);
    assertThat(t.slides().widthPt()).isEqualTo(720);
  }

  @Test
  void slideColoursOverrideOnlyTheDeck() throws IOException {
    Theme t = load("slideColors:\n  background: \"#000000\"\n  text: \"#FFFFFF\"\n");
    Theme base = new ThemeLoader().load("default");

    assertThat(t.colors()).isEqualTo(base.colors());
    assertThat(t.slideColors().background()).isEqualTo(new RgbColor(0, 0, 0));
    assertThat(t.slideColors().primary()).isEqualTo(base.colors().primary());
  }

  @Test
  void fallbacksKeepTheirOrderAndEndWithTheKoreanFallback() throws IOException {
    Theme t = load("fonts:\n  fallbacks: [NanumMyeongjo]\n");

    assertThat(t.fonts().fallbacks()).extracting(FontFamily::name)
        .containsExactly("NanumMyeongjo", "NanumGothic");
  }

  @Test
  void filesCanBeNamedExplicitlyAndChildrenInheritThem() throws IOException {
    Files.createDirectories(dir.resolve("style"));
    Files.writeString(dir.resolve("style/extra.css"), "h2 { color: red; }");
    load("files:\n  handoutCss: style/extra.css\n");
    Path child = Files.createDirectories(dir.resolve("child"));
    Files.writeString(child.resolve("theme.yaml"), "extends: ..\n");

    Theme t = new ThemeLoader().load(child);

    assertThat(t.assets().handoutCss())
        .contains(new Resource.OnDisk(dir.resolve("style/extra.css")));
  }

  @Test
  void deckKeysTurnSlidesOffAndPickTheFullDeck() throws IOException {
    Theme t = load("deck:\n  mode: full\n  agenda: false\n  closing: false\n");
    assertThat(t.deck()).isEqualTo(new DeckSetup("full", false, true, false));
    assertThat(new ThemeLoader().load("default").deck()).isEqualTo(DeckSetup.DEFAULT);
    assertThat(ThemeTokens.format(t)).contains("deck:").contains("mode: full").contains("agenda: false")
        .contains("takeaways: true");
  }

  @Test
  void anUnknownDeckModeIsReportedWithTheAllowedOnes() throws IOException {
    Files.writeString(dir.resolve("theme.yaml"), "deck:\n  mode: summary\n");
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> new ThemeLoader().load(dir))
        .hasMessageContaining("theme.yaml:2")
        .hasMessageContaining("'deck.mode' is not a deck: 'summary'")
        .hasMessageContaining("recap, full");
  }
}
