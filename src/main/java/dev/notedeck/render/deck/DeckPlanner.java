package dev.notedeck.render.deck;

import dev.notedeck.lang.Labels;
import dev.notedeck.diagnostics.Diagnostics;
import dev.notedeck.model.Audience;
import dev.notedeck.model.AudienceView;
import dev.notedeck.model.Block;
import dev.notedeck.model.Event;
import dev.notedeck.model.RichText;
import dev.notedeck.model.Part;
import dev.notedeck.model.Section;
import dev.notedeck.model.Speaker;
import dev.notedeck.model.Talk;
import dev.notedeck.render.deck.SlideSpec.TakeawaysSlide;
import dev.notedeck.resource.LoadedImage;
import dev.notedeck.theme.SlideSetup;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
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
  private final DeckOptions themeOptions;
  private final TalkPlans talkPlans;

  public DeckPlanner(SlideSetup setup, SlideFrames frames, TextMeasurer measurer, ImageSource images,
      Diagnostics diagnostics) {
    this(setup, frames, measurer, images, diagnostics, DeckOptions.Override.NONE);
  }

  /** {@code override}: what the command line chose; the rest comes from each event's front matter. */
  public DeckPlanner(SlideSetup setup, SlideFrames frames, TextMeasurer measurer, ImageSource images,
      Diagnostics diagnostics, DeckOptions.Override override) {
    this(setup, frames, measurer, images, diagnostics, override, DeckOptions.DEFAULT);
  }

  /** {@code themeOptions}: what the theme's {@code deck:} keys say, under the front matter. */
  public DeckPlanner(SlideSetup setup, SlideFrames frames, TextMeasurer measurer, ImageSource images,
      Diagnostics diagnostics, DeckOptions.Override override, DeckOptions themeOptions) {
    this(setup, frames, measurer, images, diagnostics, override, themeOptions, null);
  }

  /**
   * {@code talkPlans}: the talks planned before by this planner's owner (a long-lived renderer),
   * reused where nothing they depend on changed; null plans every talk.
   */
  public DeckPlanner(SlideSetup setup, SlideFrames frames, TextMeasurer measurer, ImageSource images,
      Diagnostics diagnostics, DeckOptions.Override override, DeckOptions themeOptions, TalkPlans talkPlans) {
    this.fit = new FrameFitter(setup, frames, measurer);
    this.images = images;
    this.diagnostics = diagnostics;
    this.override = override;
    this.themeOptions = themeOptions;
    this.talkPlans = talkPlans;
  }

  public TextMeasurer measurer() {
    return fit.measurer();
  }

  public Deck plan(Event notes) {
    return plan(notes, Map.of());
  }

  /** {@code labelOverrides}: a theme's words over the built-in ones ({@code labels:}). */
  public Deck plan(Event notes, Map<String, String> labelOverrides) {
    Event shown = AudienceView.of(notes, Audience.DECK);
    DeckOptions options = DeckOptions.of(shown, override, themeOptions);
    // the labels follow the language of the notes, so the helpers are made per event
    Labels labels = Labels.forLanguage(dev.notedeck.lang.NotesLanguage.of(shown), labelOverrides);
    // untitled callouts show their kind's word; continuation slides say "continued" in it too
    Event event = AudienceView.of(shown, Audience.DECK, labels::callout);
    FrameFitter fit = this.fit.continuing(labels.continued());
    BulletPaginator paginator = new BulletPaginator(fit);
    EventSlides frame = new EventSlides(fit, paginator, labels);
    QuoteSlides quotes = new QuoteSlides(fit, paginator);
    CodeSlides code = new CodeSlides(fit);
    TableSlides tables = new TableSlides(fit);
    // what planning a talk looks up and says, noted for a talk plan kept for the next build
    TalkPlans.Recorder recorder = new TalkPlans.Recorder(images, diagnostics);
    ImageSlides pictures = new ImageSlides(fit, recorder, recorder, labels);
    SectionSlides sections = new SectionSlides(paginator, quotes, code, tables, pictures);
    RecapSlides recap = options.mode() == DeckOptions.Mode.RECAP
        ? new RecapSlides(fit, paginator, quotes, code, tables, pictures) : null;
    Flow flow = new Flow(event, sections, recap, paginator, frame, labels, options);

    List<SlideSpec> slides = new ArrayList<>();
    Map<Integer, Deck.LayoutRequest> layouts = new HashMap<>();
    AuthoredNotes authored = new AuthoredNotes();
    slides.addAll(frame.title(event));
    // front matter notes: -> the title slide; ::: notes under the event title -> the agenda
    event.meta().get("notes").ifPresent(text -> authored.attach(slides, 0, List.of(new Block.Notes(
        List.of(new Block.Paragraph(RichText.of(text.strip()))), 0))));
    AuthoredNotes.Split intro = AuthoredNotes.split(event.intro());
    if (!intro.rest().isEmpty()) {
      flow.section(event.title(), intro.rest(), List.of(), slides);
    }
    if (!event.talks().isEmpty() && options.agenda()) {
      slides.addAll(frame.agenda(event));
    }
    authored.attach(slides, slides.size() - 1, intro.notes());
    for (Part part : event.parts()) {
      if (part instanceof Talk talk) {
        talk(talk, flow, recorder, new TalkPlans.Key(talk, fit.setup(), fit.frames(),
            fit.measurer().fonts().families(), labels, options), slides, layouts);
      } else if (part instanceof Section s) {
        int first = slides.size();
        flow.section(s.title(), s.blocks(), s.subsections(), slides);
        requestLayout(event, s, first, slides.size(), layouts);
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
        slides, layouts);
  }

  /** A talk's slides: those kept from an earlier plan when nothing they depend on changed. */
  private void talk(Talk talk, Flow flow, TalkPlans.Recorder recorder, TalkPlans.Key key, List<SlideSpec> slides,
      Map<Integer, Deck.LayoutRequest> layouts) {
    int first = slides.size();
    java.nio.file.Path source = flow.event().meta().source();
    TalkPlans.Plan kept = talkPlans == null ? null : talkPlans.find(key);
    if (kept != null && recorder.replay(kept)) {
      slides.addAll(kept.slides());
      for (TalkPlans.Layout l : kept.layouts()) {
        layouts.put(first + l.offset(), new Deck.LayoutRequest(l.name(), source, l.line()));
      }
      return;
    }
    recorder.start();
    flow.talk(talk, slides, layouts);
    if (talkPlans != null) {
      List<TalkPlans.Layout> asked = new ArrayList<>();
      for (int i = first; i < slides.size(); i++) {
        Deck.LayoutRequest r = layouts.get(i);
        if (r != null) {
          asked.add(new TalkPlans.Layout(i - first, r.name(), r.line()));
        }
      }
      talkPlans.keep(key, new TalkPlans.Plan(List.copyOf(slides.subList(first, slides.size())), asked,
          recorder.lookups(), recorder.findings()));
    }
  }

  /** Lays sections out one run per section ({@code recap} null) or condensed. */
  private record Flow(Event event, SectionSlides sections, RecapSlides recap, BulletPaginator paginator,
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
    void talk(Talk talk, List<SlideSpec> slides, Map<Integer, Deck.LayoutRequest> layouts) {
      slides.add(frame.divider(talk));
      // ::: notes right under the talk heading are the divider's
      AuthoredNotes.Split intro = AuthoredNotes.split(talk.intro());
      new AuthoredNotes().attach(slides, slides.size() - 1, intro.notes());
      Takeaways takeaways = new Takeaways();
      // sections that ask for a layout or a big slide keep their own slides, even in a recap
      boolean authored = talk.sections().stream().anyMatch(DeckPlanner::asksForItsOwnSlides);
      if (recap == null || authored) {
        if (!intro.rest().isEmpty()) {
          sections.add(talk.title(), intro.rest(), List.of(), slides, takeaways);
        }
        for (Section s : talk.sections()) {
          int first = slides.size();
          if (s.attributes().has("big") && s.subsections().isEmpty()) {
            sections.big(s.title(), s.blocks(), slides);
          } else {
            sections.add(s.title(), s.blocks(), s.subsections(), slides, takeaways);
          }
          requestLayout(event, s, first, slides.size(), layouts);
        }
      } else {
        List<RecapSlides.Topic> topics = new ArrayList<>();
        if (!intro.rest().isEmpty()) {
          topics.add(new RecapSlides.Topic(talk.title(), intro.rest(), false));
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

  private static boolean asksForItsOwnSlides(Section s) {
    return s.attributes().has("big") || s.attributes().values().containsKey("layout")
        || s.attributes().classes().stream().anyMatch(LAYOUT_CLASSES::containsKey);
  }

  /** Layouts a heading asks for, by attribute or by class: the writer checks the template has them. */
  static final Map<String, String> LAYOUT_CLASSES = Map.of("cards", "Two Content");

  private static void requestLayout(Event event, Section s, int from, int to,
      Map<Integer, Deck.LayoutRequest> layouts) {
    String name = s.attributes().values().get("layout");
    if (name == null) {
      name = s.attributes().classes().stream().map(LAYOUT_CLASSES::get).filter(java.util.Objects::nonNull)
          .findFirst().orElse(null);
    }
    if (name == null || name.isBlank()) {
      return;
    }
    for (int i = from; i < to; i++) {
      layouts.put(i, new Deck.LayoutRequest(name.strip(), event.meta().source(), s.line()));
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
