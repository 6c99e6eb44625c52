package dev.notedeck.render.pptx;

import static org.assertj.core.api.Assertions.assertThat;

import dev.notedeck.diagnostics.Diagnostics;
import dev.notedeck.RenderContext;
import dev.notedeck.render.deck.Deck;
import dev.notedeck.render.deck.DeckFonts;
import dev.notedeck.render.deck.TestEvents;
import dev.notedeck.render.deck.TextMeasurer;
import dev.notedeck.theme.Resource;
import dev.notedeck.theme.Theme;
import dev.notedeck.theme.ThemeAssets;
import dev.notedeck.theme.ThemeLoader;
import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.apache.poi.xslf.usermodel.XMLSlideShow;
import org.apache.poi.xslf.usermodel.XSLFSlideLayout;
import org.apache.poi.xslf.usermodel.XSLFTextBox;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/**
 * A theme that ships its own template.pptx: here a 4:3 company-style template (POI's own, with a
 * marker on its master and its "Section Header" layout renamed away). The deck must use that
 * master and its layouts, measure against 4:3, and fall back with a warning for the missing layout.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ThemeTemplateTest {

  private static final String MARKER = "ACME CONFIDENTIAL";

  @TempDir
  static Path dir;

  private final Diagnostics.Collecting warnings = new Diagnostics.Collecting();
  private Theme theme;
  private XMLSlideShow show;
  private Deck plan;

  @BeforeAll
  void render() throws Exception {
    Path template = dir.resolve("template.pptx");
    try (XMLSlideShow company = new XMLSlideShow(); OutputStream out = Files.newOutputStream(template)) {
      XSLFTextBox mark = company.getSlideMasters().get(0).createTextBox();
      mark.setText(MARKER);
      mark.setAnchor(new java.awt.geom.Rectangle2D.Double(10, 10, 200, 20));
      for (XSLFSlideLayout l : company.getSlideMasters().get(0).getSlideLayouts()) {
        if (l.getName().equals("Section Header")) {
          // Renamed and retyped: layouts are found by type first, then by name.
          l.getXmlObject().getCSld().setName("Company Divider");
          l.getXmlObject().setType(
              org.openxmlformats.schemas.presentationml.x2006.main.STSlideLayoutType.CUST);
        }
      }
      company.write(out);
    }
    Files.writeString(dir.resolve("theme.yaml"), "description: company\n");
    theme = new ThemeLoader().load(dir);
    RenderContext context = new RenderContext(theme, null, warnings);
    plan = new DeckRenderer().plan(TestEvents.stress(), context);
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    new DeckRenderer().render(TestEvents.stress(), context, out);
    show = WrittenDeck.open(out.toByteArray());
  }

  @AfterAll
  void close() throws Exception {
    show.close();
  }

  @Test
  void theTemplatesSlideSizeWinsAndThePlannerMeasuresAgainstIt() {
    assertThat(show.getPageSize().getWidth()).isEqualTo(720);
    assertThat(show.getPageSize().getHeight()).isEqualTo(540);
    assertThat(plan.frames().slideWidth()).isEqualTo(720);
    assertThat(plan.frames().body().right()).isLessThanOrEqualTo(720);
    WrittenDeck.assertShapesInside(show);
    WrittenDeck.assertTextFits(show, new TextMeasurer(DeckFonts.of(theme)), theme);
  }

  @Test
  void slidesSitOnTheTemplatesMasterAndLayouts() {
    assertThat(show.getSlideMasters()).hasSize(1);
    assertThat(show.getSlideMasters().get(0).getShapes()).anyMatch(s -> s instanceof XSLFTextBox t
        && MARKER.equals(t.getText()));
    assertThat(show.getSlides()).hasSize(plan.slides().size());
    assertThat(show.getSlides()).allMatch(s -> s.getSlideMaster() == show.getSlideMasters().get(0));
    assertThat(show.getSlides().stream().map(s -> s.getSlideLayout().getName()).distinct())
        .contains("Title Slide", "Title and Content", "Title Only");
  }

  @Test
  void aMissingLayoutFallsBackWithAWarning() {
    assertThat(warnings.warnings()).anyMatch(w -> w.contains("Section Header"));
    assertThat(show.getSlides().stream().map(s -> s.getSlideLayout().getName()))
        .doesNotContain("Section Header");
  }

  @Test
  void theDeckIsValidOoxml() throws Exception {
    WrittenDeck.assertValidOoxml(show);
  }

  @Test
  void notesAndKoreanRunsSurviveAForeignTemplate() {
    show.getSlides().forEach(s -> assertThat(WrittenDeck.notesText(s)).isNotBlank());
    WrittenDeck.assertKoreanRuns(show);
  }
}
