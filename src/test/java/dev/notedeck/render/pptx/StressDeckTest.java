package dev.notedeck.render.pptx;

import static org.assertj.core.api.Assertions.assertThat;

import dev.notedeck.Diagnostics;
import dev.notedeck.RenderContext;
import dev.notedeck.model.Event;
import dev.notedeck.theme.Theme;
import dev.notedeck.theme.ThemeLoader;
import java.io.ByteArrayOutputStream;
import java.util.List;
import org.apache.poi.xslf.usermodel.XMLSlideShow;
import org.apache.poi.xslf.usermodel.XSLFSlide;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openxmlformats.schemas.presentationml.x2006.main.SldDocument;

/** The hard cases of issue 8, written to .pptx and read back with POI. */
class StressDeckTest {

  private static Theme theme;
  private static Event event;
  private static Deck plan;
  private static byte[] pptx;
  private static XMLSlideShow show;

  @BeforeAll
  static void render() throws Exception {
    theme = new ThemeLoader().load("default");
    event = TestEvents.stress();
    RenderContext context = new RenderContext(theme, null, Diagnostics.silent());
    plan = new DeckRenderer().plan(event, context);
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    new DeckRenderer().render(event, context, out);
    pptx = out.toByteArray();
    show = WrittenDeck.open(pptx);
  }

  @AfterAll
  static void close() throws Exception {
    show.close();
  }

  @Test
  void fullSchemasShadowTheLiteOnes() {
    String where = SldDocument.class.getProtectionDomain().getCodeSource().getLocation().toString();
    assertThat(where).contains("poi-ooxml-full");
  }

  @Test
  void reopensAsA16by9DeckWithThePlannedSlides() {
    assertThat(show.getSlides()).hasSize(plan.slides().size());
    assertThat(show.getPageSize().getWidth()).isEqualTo(960);
    assertThat(show.getPageSize().getHeight()).isEqualTo(540);
  }

  @Test
  void everyShapeLiesWithinTheSlide() {
    WrittenDeck.assertShapesInside(show);
  }

  @Test
  void everyTextBoxHoldsItsMeasuredText() {
    WrittenDeck.assertTextFits(show, new TextMeasurer(DeckFonts.of(theme)), theme);
  }

  @Test
  void koreanRunsAreTaggedAndHaveAnEastAsianTypeface() {
    WrittenDeck.assertKoreanRuns(show);
  }

  @Test
  void everySlideHasNotesAndNothingIsLost() {
    StringBuilder all = new StringBuilder();
    for (XSLFSlide slide : show.getSlides()) {
      String notes = WrittenDeck.notesText(slide);
      assertThat(notes).as("notes of slide %d", slide.getSlideNumber()).isNotBlank();
      all.append(WrittenDeck.slideText(slide)).append(notes);
    }
    String text = DeckChecks.squash(all.toString());
    for (String piece : DeckChecks.sourceTexts(event)) {
      assertThat(text).contains(DeckChecks.squash(piece));
    }
  }

  @Test
  void slidesUseTheStandardLayouts() {
    List<String> layouts = show.getSlides().stream().map(s -> s.getSlideLayout().getName()).distinct().toList();
    assertThat(layouts).contains("Title Slide", "Title and Content", "Section Header", "Title Only");
  }

  @Test
  void linksAreClickable() {
    boolean found = show.getSlides().stream().flatMap(s -> s.getShapes().stream())
        .filter(org.apache.poi.xslf.usermodel.XSLFTextShape.class::isInstance)
        .map(org.apache.poi.xslf.usermodel.XSLFTextShape.class::cast)
        .flatMap(t -> t.getTextParagraphs().stream()).flatMap(p -> p.getTextRuns().stream())
        .anyMatch(r -> r.getHyperlink() != null && "https://example.org/slides".equals(r.getHyperlink().getAddress()));
    assertThat(found).isTrue();
  }

  @Test
  void documentPropertiesAreSet() throws Exception {
    var core = show.getProperties().getCoreProperties();
    assertThat(core.getTitle()).isEqualTo(event.title());
    assertThat(core.getCreator()).contains("홍길동");
    assertThat(show.getPackage().getPackageProperties().getLanguageProperty()).hasValue("ko-KR");
  }

  @Test
  void everyPartIsValidOoxml() throws Exception {
    WrittenDeck.assertValidOoxml(show);
  }
}
