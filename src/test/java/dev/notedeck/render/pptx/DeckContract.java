package dev.notedeck.render.pptx;

import static org.assertj.core.api.Assertions.assertThat;

import dev.notedeck.diagnostics.Diagnostics;
import dev.notedeck.RenderContext;
import dev.notedeck.model.Event;
import dev.notedeck.model.Speaker;
import dev.notedeck.model.Talk;
import dev.notedeck.render.deck.Deck;
import dev.notedeck.render.deck.DeckChecks;
import dev.notedeck.render.deck.DeckFonts;
import dev.notedeck.render.deck.TextMeasurer;
import dev.notedeck.theme.Theme;
import dev.notedeck.theme.ThemeLoader;
import java.io.ByteArrayOutputStream;
import java.nio.file.Path;
import java.util.List;
import org.apache.poi.xslf.usermodel.XMLSlideShow;
import org.apache.poi.xslf.usermodel.XSLFSlide;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/** What every written deck must satisfy; subclasses supply the notes. Rendered once per class. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class DeckContract {

  protected Theme theme;
  protected Event event;
  protected Deck plan;
  protected byte[] pptx;
  protected XMLSlideShow show;
  protected final Diagnostics.Collecting warnings = new Diagnostics.Collecting();

  protected abstract Event event();

  protected String themeName() {
    return "default";
  }

  protected Path baseDir() {
    return null;
  }

  @BeforeAll
  void render() throws Exception {
    theme = new ThemeLoader().load(themeName());
    event = event();
    RenderContext context = new RenderContext(theme, baseDir(), warnings);
    plan = new DeckRenderer().plan(event, context);
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    new DeckRenderer().render(event, context, out);
    pptx = out.toByteArray();
    show = WrittenDeck.open(pptx);
  }

  @AfterAll
  void close() throws Exception {
    show.close();
  }

  @Test
  void reopensAs16by9WithThePlannedSlides() {
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
      assertThat(text.contains(DeckChecks.squash(piece))).as("the deck has \"%s\"", piece).isTrue();
    }
  }

  @Test
  void everyTalkTitleAndSpeakerIsOnTheSlides() {
    StringBuilder slides = new StringBuilder();
    show.getSlides().forEach(s -> slides.append(WrittenDeck.slideText(s)));
    for (Talk t : event.talks()) {
      assertThat(slides.toString()).contains(t.title());
      for (Speaker sp : t.speakers()) {
        assertThat(slides.toString()).contains(sp.name());
      }
    }
  }

  @Test
  void slidesUseTheStandardLayouts() {
    List<String> layouts = show.getSlides().stream().map(s -> s.getSlideLayout().getName()).distinct().toList();
    assertThat(layouts).contains("Title Slide", "Title and Content");
    if (!event.talks().isEmpty()) {
      assertThat(layouts).contains("Section Header");
    }
  }

  @Test
  void everySlideHasItsNumberAndTheEventInTheFooter() {
    for (XSLFSlide slide : show.getSlides()) {
      String xml = slide.getXmlObject().xmlText();
      assertThat(xml).as("slide %d", slide.getSlideNumber()).contains("type=\"slidenum\"");
      assertThat(WrittenDeck.slideText(slide)).contains(event.title());
    }
  }

  @Test
  void documentPropertiesAreSet() throws Exception {
    var core = show.getProperties().getCoreProperties();
    assertThat(core.getTitle()).isEqualTo(event.title());
    assertThat(core.getCreator()).isNotBlank();
    assertThat(show.getPackage().getPackageProperties().getLanguageProperty()).hasValue("ko-KR");
  }

  @Test
  void everyPartIsValidOoxml() throws Exception {
    WrittenDeck.assertValidOoxml(show);
  }
}
