package dev.notedeck.render.deck;

import dev.notedeck.Diagnostics;
import dev.notedeck.model.Block;
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
  private final DeckOptions.Override override;

  public DeckPlanner(SlideSetup setup, SlideFrames frames, TextMeasurer measurer, ImageSource images,
      Diagnostics diagnostics) {
    this(setup, frames, measurer, images, diagnostics, DeckOptions.Override.NONE);
  }

  /** {@code override}: what the command line chose; the rest comes from each event's front matter. */
  public DeckPlanner(SlideSetup setup, SlideFrames frames, TextMeasurer measurer, ImageSource images,
      Diagnostics diagnostics, DeckOptions.Override override) {
    this.fit = new FrameFitter(setup, frames, measurer);
    this.images = images;
    this.diagnostics = diagnostics;
    this.override = override;
  }

  public TextMeasurer measurer() {
    return fit.measurer();
  }

  public Deck plan(Event event) {
    DeckOptions options = DeckOptions.of(event, override);
    // the labels follow the language of the notes, so the helpers are made per event
    Labels labels = Labels.forEvent(event);
    BulletPaginator paginator = new BulletPaginator(fit);
    EventSlides frame = new EventSlides(fit, paginator, labels);
    QuoteSlides quotes = new QuoteSlides(fit, paginator);
    CodeSlides code = new CodeSlides(fit);
    TableSlides tables = new TableSlides(fit);
    ImageSlides pictures = new ImageSlides(fit, images, diagnostics, labels);
    SectionSlides sections = new SectionSlides(paginator, quotes, code, tables, pictures);
    RecapSlides recap = options.mode() == DeckOptions.Mode.RECAP
        ? new RecapSlides(fit, paginator, quotes, code, tables, pictures) : null;
    Flow flow = new Flow(sections, recap, paginator, frame, labels, options);

    List<SlideSpec> slides = new ArrayList<>();
    slides.addAll(frame.title(event));
    if (!event.intro().isEmpty()) {
      flow.section(event.title(), event.intro(), List.of(), slides);
    }
    if (!event.talks().isEmpty() && options.agenda()) {
      slides.addAll(frame.agenda(event));
    }
    for (Part part : event.parts()) {
      if (part instanceof Talk talk) {
        flow.talk(talk, slides);
      } else if (part instanceof Section s) {
        flow.section(s.title(), s.blocks(), s.subsections(), slides);
      }
    }
    if (options.closing()) {
      slides.add(frame.closing(event));
    }
    String author = String.join(", ", event.talks().stream()
        .flatMap(t -> t.speakers().stream()).map(Speaker::name).distinct().toList());
    author = event.meta().get("author").orElse(author);
    String subject = String.join(" · ", event.talks().stream().map(Talk::title).toList());
    String footer = event.title();
    return new Deck(new Deck.Info(event.title(), author, subject, labels.language(), footer), fit.frames(),
        slides);
  }

  /** Lays sections out one run per section ({@code recap} null) or condensed. */
  private record Flow(SectionSlides sections, RecapSlides recap, BulletPaginator paginator,
      EventSlides frame, Labels labels, DeckOptions options) {

    void section(String title, List<Block> blocks, List<Section> subsections, List<SlideSpec> slides) {
      if (recap == null) {
        sections.add(title, blocks, subsections, slides, null);
        return;
      }
      List<RecapSlides.Topic> topics = new ArrayList<>();
      recap.flatten(title, blocks, subsections, topics);
      recap.add(title, topics, slides, null, false);
    }

    /** A talk: its divider, its sections, then the takeaways collected from them. */
    void talk(Talk talk, List<SlideSpec> slides) {
      slides.add(frame.divider(talk));
      Takeaways takeaways = new Takeaways();
      if (recap == null) {
        if (!talk.intro().isEmpty()) {
          sections.add(talk.title(), talk.intro(), List.of(), slides, takeaways);
        }
        for (Section s : talk.sections()) {
          sections.add(s.title(), s.blocks(), s.subsections(), slides, takeaways);
        }
      } else {
        List<RecapSlides.Topic> topics = new ArrayList<>();
        if (!talk.intro().isEmpty()) {
          topics.add(new RecapSlides.Topic(talk.title(), talk.intro(), false));
        }
        for (Section s : talk.sections()) {
          recap.flatten(s.title(), s.blocks(), s.subsections(), topics);
        }
        recap.add(talk.title(), topics, slides, takeaways, options.takeaways());
      }
      if (options.takeaways() && !takeaways.paras().isEmpty()) {
        String notes = takeaways.notes();
        slides.addAll(paginator.titled(labels.takeaways() + " — " + talk.title(), takeaways.paras(),
            (title, body, page) -> new TakeawaysSlide(title, body, notes, page)));
      }
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
