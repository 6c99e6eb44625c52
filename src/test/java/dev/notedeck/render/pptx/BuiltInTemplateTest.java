package dev.notedeck.render.pptx;

import static org.assertj.core.api.Assertions.assertThat;

import dev.notedeck.diagnostics.Diagnostics;
import dev.notedeck.render.deck.SlideFrames;
import dev.notedeck.theme.Theme;
import dev.notedeck.theme.ThemeLoader;
import java.util.Arrays;
import org.apache.poi.xslf.usermodel.XSLFSlideLayout;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openxmlformats.schemas.drawingml.x2006.main.CTColorScheme;
import org.openxmlformats.schemas.drawingml.x2006.main.CTFontScheme;

/** Our own template, filled from each built-in theme: 16:9, standard layouts, theme colours and fonts. */
class BuiltInTemplateTest {

  @ParameterizedTest
  @ValueSource(strings = {"default", "dark"})
  void carriesTheThemesColoursAndTypefaces(String name) throws Exception {
    Theme theme = new ThemeLoader().load(name);
    DeckTemplate t = DeckTemplate.open(theme, Diagnostics.silent());
    try (var show = t.show()) {
      assertThat(show.getPageSize().getWidth()).isEqualTo(960);
      assertThat(show.getPageSize().getHeight()).isEqualTo(540);
      assertThat(Arrays.stream(show.getSlideMasters().get(0).getSlideLayouts()).map(XSLFSlideLayout::getName))
          .containsExactlyInAnyOrder("Title Slide", "Title and Content", "Section Header", "Two Content", "Title Only", "Blank",
              "Comparison");
      var elements = show.getSlideMasters().get(0).getTheme().getXmlObject().getThemeElements();
      CTFontScheme fonts = elements.getFontScheme();
      assertThat(fonts.getMinorFont().getLatin().getTypeface()).isEqualTo(theme.slides().latinTypeface());
      assertThat(fonts.getMinorFont().getEa().getTypeface()).isEqualTo(theme.slides().eastAsianTypeface());
      assertThat(fonts.getMajorFont().getEa().getTypeface()).isEqualTo(theme.slides().eastAsianTypeface());
      CTColorScheme colors = elements.getClrScheme();
      assertThat(hex(colors.getLt1().getSrgbClr().getVal())).isEqualTo(theme.slideColors().background().hex());
      assertThat(hex(colors.getDk1().getSrgbClr().getVal())).isEqualTo(theme.slideColors().text().hex());
      assertThat(hex(colors.getAccent1().getSrgbClr().getVal())).isEqualTo(theme.slideColors().primary().hex());
      assertThat(show.getNotesMaster()).isNotNull();
      SlideFrames f = t.frames();
      assertThat(f.body().within(960, 540)).isTrue();
      assertThat(f.title().bottom()).isLessThan(f.body().y());
    }
  }

  @Test
  void darkAndDefaultDiffer() throws Exception {
    byte[] light = BuiltInTemplate.build(new ThemeLoader().load("default"));
    byte[] dark = BuiltInTemplate.build(new ThemeLoader().load("dark"));
    assertThat(light).isNotEqualTo(dark);
  }

  @Test
  void isStoredUninflatedForTheParseOfEveryDeck() throws Exception {
    byte[] pptx = BuiltInTemplate.build(new ThemeLoader().load("default"));
    int parts = 0;
    try (var zip = new java.util.zip.ZipInputStream(new java.io.ByteArrayInputStream(pptx))) {
      for (var e = zip.getNextEntry(); e != null; e = zip.getNextEntry()) {
        assertThat(e.getMethod()).as(e.getName()).isEqualTo(java.util.zip.ZipEntry.STORED);
        parts++;
      }
    }
    assertThat(parts).isGreaterThan(20);
  }

  private static String hex(byte[] rgb) {
    return String.format("#%02X%02X%02X", rgb[0] & 0xFF, rgb[1] & 0xFF, rgb[2] & 0xFF);
  }
}
