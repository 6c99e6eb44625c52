package dev.notedeck.render.deck;

import dev.notedeck.diagnostics.Diagnostics;
import dev.notedeck.model.Event;
import dev.notedeck.model.Part;
import dev.notedeck.model.Section;
import dev.notedeck.model.Speaker;
import dev.notedeck.model.Talk;
import dev.notedeck.render.deck.SlideSpec.TakeawaysSlide;
import dev.notedeck.resource.LoadedImage;
import dev.notedeck.theme.SlideSetup;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Model + theme -> {@link Deck}, without POI. Every text frame is measured with the theme's fonts:
 * text first tightens down to the theme's minimum size, then continues on further slides titled
 * {@code … (2/3)}. Nothing is dropped or truncated; speaker notes carry the original text.
 *
 * <p>This class puts the slides in order (title, intro, agenda, per talk a divider, its sections
 * and its takeaways, closing); the slides themselves come from {@link EventSlides},
 * {@link SectionSlides} and the classes it uses.
 */
public final class DeckPlanner {

  private final FrameFitter fit;
  private final ImageSource images;
  private final Diagnostics diagnostics;

  public DeckPlanner(SlideSetup setup, SlideFrames frames, TextMeasurer measurer, ImageSource images,
      Diagnostics diagnostics) {
    this.fit = new FrameFitter(setup, frames, measurer);
    this.images = images;
    this.diagnostics = diagnostics;
  }

  public TextMeasurer measurer() {
    return fit.measurer();
  }

  public Deck plan(Event event) {
    // the labels follow the language of the notes, so the helpers are made per event
    Labels labels = Labels.forEvent(event);
    BulletPaginator paginator = new BulletPaginator(fit);
    EventSlides frame = new EventSlides(fit, paginator, labels);
    SectionSlides sections = new SectionSlides(paginator, new QuoteSlides(fit, paginator),
        new CodeSlides(fit), new TableSlides(fit), new ImageSlides(fit, images, diagnostics, labels));

    List<SlideSpec> slides = new ArrayList<>();
    slides.addAll(frame.title(event));
    if (!event.intro().isEmpty()) {
      sections.add(event.title(), event.intro(), List.of(), slides, null);
    }
    if (!event.talks().isEmpty()) {
      slides.addAll(frame.agenda(event));
    }
    for (Part part : event.parts()) {
      if (part instanceof Talk talk) {
        talk(talk, slides, frame, sections, paginator, labels);
      } else if (part instanceof Section s) {
        sections.add(s.title(), s.blocks(), s.subsections(), slides, null);
      }
    }
    slides.add(frame.closing(event));
    String author = String.join(", ", event.talks().stream()
        .flatMap(t -> t.speakers().stream()).map(Speaker::name).distinct().toList());
    author = event.meta().get("author").orElse(author);
    String subject = String.join(" · ", event.talks().stream().map(Talk::title).toList());
    String footer = event.title();
    return new Deck(new Deck.Info(event.title(), author, subject, labels.language(), footer), fit.frames(),
        slides);
  }

  /** A talk: its divider, its sections, then the takeaways collected from them. */
  private static void talk(Talk talk, List<SlideSpec> slides, EventSlides frame, SectionSlides sections,
      BulletPaginator paginator, Labels labels) {
    slides.add(frame.divider(talk));
    Takeaways takeaways = new Takeaways();
    if (!talk.intro().isEmpty()) {
      sections.add(talk.title(), talk.intro(), List.of(), slides, takeaways);
    }
    for (Section s : talk.sections()) {
      sections.add(s.title(), s.blocks(), s.subsections(), slides, takeaways);
    }
    if (!takeaways.paras().isEmpty()) {
      String notes = takeaways.notes();
      slides.addAll(paginator.titled(labels.takeaways() + " — " + talk.title(), takeaways.paras(),
          (title, body) -> new TakeawaysSlide(title, body, notes)));
    }
  }

  /** Where the planner gets the pictures the notes refer to (the render context's resource policy). */
  @FunctionalInterface
  public interface ImageSource {
    /** The image, or empty after the source has warned why not. */
    Optional<LoadedImage> find(String src, int line);

    static ImageSource none() {
      return (src, line) -> Optional.empty();
    }
  }
}
