package dev.notedeck.theme;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Every built-in palette is readable: WCAG contrast ratios of text against its background. */
class ContrastTest {
  private static final ThemeLoader LOADER = new ThemeLoader();

  static java.util.List<String> names() {
    return BuiltInThemesTest.names();
  }

  static double contrast(RgbColor a, RgbColor b) {
    double la = a.luminance();
    double lb = b.luminance();
    return (Math.max(la, lb) + 0.05) / (Math.min(la, lb) + 0.05);
  }

  @ParameterizedTest
  @MethodSource("names")
  void handoutPaletteIsReadable(String name) {
    assertReadable(name + " colors", LOADER.load(name).colors());
  }

  @ParameterizedTest
  @MethodSource("names")
  void slidePaletteIsReadable(String name) {
    assertReadable(name + " slideColors", LOADER.load(name).slideColors());
  }

  @ParameterizedTest
  @MethodSource("names")
  void handoutIsPrintableOnWhitePaper(String name) {
    // Handouts get printed: whatever the slides do, the page stays light.
    assertThat(LOADER.load(name).colors().background().luminance()).isGreaterThan(0.95);
  }

  private static void assertReadable(String what, Palette p) {
    // Body text: WCAG AAA (7:1); links, headings and secondary text: AA (4.5:1);
    // accents mark large or bold text: 3:1; code on its own background: AA.
    assertThat(contrast(p.text(), p.background())).as(what + " text").isGreaterThanOrEqualTo(7);
    assertThat(contrast(p.primary(), p.background())).as(what + " primary")
        .isGreaterThanOrEqualTo(4.5);
    assertThat(contrast(p.muted(), p.background())).as(what + " muted")
        .isGreaterThanOrEqualTo(4.5);
    assertThat(contrast(p.accent(), p.background())).as(what + " accent")
        .isGreaterThanOrEqualTo(3);
    assertThat(contrast(p.codeText(), p.codeBackground())).as(what + " code")
        .isGreaterThanOrEqualTo(7);
    assertThat(contrast(p.text(), p.codeBackground())).as(what + " text on code background")
        .isGreaterThanOrEqualTo(4.5);
    assertThat(p.border()).as(what + " border differs from background")
        .isNotEqualTo(p.background());
  }
}
