package dev.notedeck.render.pptx;

import static org.assertj.core.api.Assertions.assertThat;

import dev.notedeck.diagnostics.Diagnostics;
import dev.notedeck.RenderContext;
import dev.notedeck.render.deck.TestEvents;
import dev.notedeck.theme.Theme;
import dev.notedeck.theme.ThemeLoader;
import dev.notedeck.theme.ThemeTokens;
import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.poi.xslf.usermodel.XMLSlideShow;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A template's slide size, colours and fonts win by default, {@code template.decides} hands
 * any of them back to the theme, and {@code themes show} says which won.
 */
class TemplateWinsTest {

  @TempDir Path dir;

  @Test
  void theTemplatesLookWinsByDefaultAndThemesShowSaysSo() throws Exception {
    Path folder = dir.resolve("company");
    CompanyTemplates.korean(folder.resolve("template.pptx"), true);
    Files.writeString(folder.resolve("theme.yaml"), "colors:\n  primary: \"#123456\"\n");
    Theme theme = new ThemeLoader().load(folder);

    // POI's template: 4:3, Office colours (accent1 #4F81BD), Calibri body text
    assertThat(theme.slides().widthPt()).isEqualTo(720);
    assertThat(theme.slides().heightPt()).isEqualTo(540);
    assertThat(theme.slideColors().primary().hex()).isEqualTo("#4F81BD");
    assertThat(theme.slides().latinTypeface()).isEqualTo("Calibri");
    assertThat(theme.colors().primary().hex()).as("the handout keeps the theme's").isEqualTo("#123456");
    String shown = ThemeTokens.format(theme);
    assertThat(shown).contains("aspect: \"4:3\"").contains("from template.pptx")
        .contains("decides: [size, colors, fonts]");
    assertThat(shown.lines().filter(l -> l.contains("  primary: \"#4F81BD\"")))
        .singleElement().asString().contains("# from template.pptx");
    assertThat(deckWidth(theme)).isEqualTo(720);
  }

  @Test
  void anExplicitKeyLetsTheThemeWin() throws Exception {
    Path folder = dir.resolve("ours");
    CompanyTemplates.korean(folder.resolve("template.pptx"), true);
    Files.writeString(folder.resolve("theme.yaml"), "template:\n  decides: [fonts]\nslides:\n"
        + "  aspect: \"16:9\"\nslideColors:\n  primary: \"#123456\"\n");
    Theme theme = new ThemeLoader().load(folder);

    assertThat(theme.slides().fromTemplate()).isEqualTo(List.of("fonts"));
    assertThat(theme.slides().widthPt()).isEqualTo(960);
    assertThat(theme.slideColors().primary().hex()).isEqualTo("#123456");
    assertThat(theme.slides().latinTypeface()).isEqualTo("Calibri");
    String shown = ThemeTokens.format(theme);
    assertThat(shown).contains("aspect: \"16:9\"").contains("decides: [fonts]");
    assertThat(shown.lines().filter(l -> l.contains("primary: \"#123456\"")))
        .allMatch(l -> !l.contains("template"));
    // the template's master and layouts stretch to the theme's 16:9
    assertThat(deckWidth(theme)).isEqualTo(960);
  }

  private static double deckWidth(Theme theme) throws Exception {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    RenderContext context = new RenderContext(theme, null, new Diagnostics.Collecting());
    new DeckRenderer().render(TestEvents.event("세미나", List.of()), context, out);
    try (XMLSlideShow show = WrittenDeck.open(out.toByteArray())) {
      WrittenDeck.assertShapesInside(show);
      return show.getPageSize().getWidth();
    }
  }
}
