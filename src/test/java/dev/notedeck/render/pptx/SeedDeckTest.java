package dev.notedeck.render.pptx;

import static org.assertj.core.api.Assertions.assertThat;

import dev.notedeck.model.Event;
import dev.notedeck.parse.NotesParser;
import dev.notedeck.render.deck.DeckChecks;
import dev.notedeck.render.deck.SlideSpec;
import java.nio.file.Path;
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
  void quotesGetQuoteSlides() {
    assertThat(plan.slides()).anyMatch(SlideSpec.QuoteSlide.class::isInstance);
  }
}
