package dev.notedeck.render.pptx;

import static org.assertj.core.api.Assertions.assertThat;

import dev.notedeck.model.Event;
import dev.notedeck.parse.NotesParser;
import dev.notedeck.render.deck.Deck;
import dev.notedeck.render.deck.RecapFigures;
import dev.notedeck.render.deck.DeckChecks;
import dev.notedeck.render.deck.DeckFonts;
import dev.notedeck.render.deck.Para;
import dev.notedeck.render.deck.SlideSpec;
import dev.notedeck.render.deck.TextMeasurer;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The seed notes as a deck: the contract plus what the seed itself has. */
class SeedDeckTest extends DeckContract {

  private static final Path SEED = Path.of("seeds/gcp-next-extended-seoul-2019.md");

  @Override
  protected Event event() {
    return new NotesParser().parse(SEED);
  }

  @Override
  protected Path baseDir() {
    return SEED.toAbsolutePath().getParent();
  }

  @Test
  void titleSlideShowsDateAndPlace() {
    String title = WrittenDeck.slideText(show.getSlides().get(0));
    assertThat(title).contains(event.title()).contains("2019.04.27").contains("양재");
  }

  @Test
  void agendaListsEveryTalk() {
    var agenda = plan.slides().stream().filter(SlideSpec.AgendaSlide.class::isInstance).toList();
    assertThat(agenda).isNotEmpty();
    StringBuilder text = new StringBuilder();
    agenda.forEach(s -> text.append(DeckChecks.slideText(s)));
    event.talks().forEach(t -> assertThat(text.toString()).contains(t.title()));
  }

  @Test
  void oneDividerPerTalkAndTakeawaysWhereTheTalkConcludes() {
    long dividers = plan.slides().stream().filter(SlideSpec.TalkDividerSlide.class::isInstance).count();
    assertThat(dividers).isEqualTo(event.talks().size());
    String takeaways = plan.slides().stream().filter(SlideSpec.TakeawaysSlide.class::isInstance)
        .map(DeckChecks::slideText).reduce("", String::concat);
    assertThat(takeaways).contains("Time").contains("로컬 트레이닝 먼저");
  }

  @Test
  void codeSlidesUseTheCodeTypeface() {
    var code = show.getSlides().stream().filter(s -> WrittenDeck.slideText(s).contains("model_name")).findFirst();
    assertThat(code).isPresent();
    assertThat(code.get().getXmlObject().xmlText()).contains("typeface=\"" + theme.slides().codeTypeface() + "\"");
  }

  @Test
  void quotesAreSetAsQuotes() {
    // the recap gives short quotes no slide of their own: they stay, in quote style, with their text
    assertThat(plan.slides()).anyMatch(s -> s instanceof SlideSpec.QuoteSlide
        || s.frames().stream().anyMatch(f -> f.paras().stream().anyMatch(p -> p.role() == Para.Role.QUOTE)));
  }

  /**
   * Issue 14's figures on the seed (the same as bench/DeckFigures.java prints): at most 45 slides
   * and 200 KB, at most 5% of content slides under 12 words (a Hangul syllable half a word), text
   * covering a median 30% of the slide, body text at least 18 pt and code 14 pt.
   */
  @Test
  void seedRecapReachesTheFigures() {
    TextMeasurer measurer = new TextMeasurer(DeckFonts.of(theme));
    Deck d = plan;
    assertThat(d.slides()).hasSizeLessThanOrEqualTo(45);
    assertThat(pptx.length).as("deck bytes").isLessThanOrEqualTo(200 * 1024);
    RecapFigures figures = RecapFigures.of(d, measurer);
    assertThat(figures.minCode()).as("smallest code size (the seed has code)").isGreaterThanOrEqualTo(14);
    assertThat(figures.minBody()).as("smallest text size").isGreaterThanOrEqualTo(18);
    assertThat(figures.sparsePercent()).as("%% of content slides under 12 words").isLessThanOrEqualTo(5);
    assertThat(figures.medianCover()).as("median share of the slide covered by text").isGreaterThanOrEqualTo(0.30);
  }
}
