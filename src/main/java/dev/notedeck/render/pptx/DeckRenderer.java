package dev.notedeck.render.pptx;

import dev.notedeck.RenderContext;
import dev.notedeck.model.Event;
import dev.notedeck.render.deck.Deck;
import dev.notedeck.render.deck.DeckFonts;
import dev.notedeck.render.deck.DeckOptions;
import dev.notedeck.render.deck.DeckPlanner;
import dev.notedeck.render.deck.SlideFrames;
import dev.notedeck.render.deck.TalkPlans;
import dev.notedeck.render.deck.TextMeasurer;
import java.io.IOException;
import java.io.OutputStream;
import org.apache.poi.xslf.usermodel.XMLSlideShow;

/**
 * Model + theme -> planned {@link Deck} -> PPTX (Apache POI XSLF). Keep one renderer for many
 * decks (a build, watch mode): it reads each template once and plans without opening it again.
 */
public final class DeckRenderer {

  private final DeckTemplates templates = new DeckTemplates();
  /** Talks planned by earlier builds of this renderer (watch, preview): an edit re-plans one talk. */
  private final TalkPlans talkPlans = new TalkPlans();

  /** Plans and writes in one go (library use; a build plans once and feeds every output). */
  public void render(Event event, RenderContext context, OutputStream out) throws IOException {
    DeckTemplate template = branded(context);
    try {
      DeckFonts fonts = DeckFonts.of(context.theme());
      Deck deck = planner(event, context, template.frames(), fonts, DeckOptions.Override.NONE).plan(event, context.theme().text().labels());
      new DeckWriter(context.theme(), template, fonts).write(deck, out);
    } finally {
      template.show().close();
    }
  }

  /** Writes a deck planned by {@link #plan} with the same theme. */
  public void write(Deck deck, RenderContext context, OutputStream out) throws IOException {
    DeckTemplate template = branded(context);
    try {
      new DeckWriter(context.theme(), template, DeckFonts.of(context.theme())).write(deck, out);
    } finally {
      template.show().close();
    }
  }

  /**
   * A planned deck as an in-memory slide show, for drawing (slide images) without writing and
   * re-reading a file; the caller closes it.
   */
  public XMLSlideShow show(Deck deck, RenderContext context) throws IOException {
    DeckTemplate template = branded(context);
    try {
      return new DeckWriter(context.theme(), template, DeckFonts.of(context.theme())).fill(deck);
    } catch (IOException | RuntimeException e) {
      template.show().close();
      throw e;
    }
  }

  /** The theme's template with its logo and background placed on the layouts. */
  private DeckTemplate branded(RenderContext context) {
    DeckTemplate template = templates.open(context.theme(), context.diagnostics());
    template.brand(context.themeLogo(),
        context.themeImage(context.theme().assets().slideBackground()), context.theme().logo(),
        templates.rasters());
    return template;
  }

  /**
   * How many times this renderer has parsed a template package: once per deck output written,
   * plus once for a template's first plan when no output took that copy (tests count them).
   */
  public int templateParses() {
    return templates.parses();
  }

  /** The plan alone (no file written): what {@link #write} puts on each slide. */
  public Deck plan(Event event, RenderContext context) throws IOException {
    return plan(event, context, DeckOptions.Override.NONE);
  }

  /** The plan with the command line's deck choices over the notes' front matter. */
  public Deck plan(Event event, RenderContext context, DeckOptions.Override choices) throws IOException {
    return planner(event, context, templates.frames(context.theme()), DeckFonts.of(context.theme()), choices)
        .plan(event, context.theme().text().labels());
  }

  private DeckPlanner planner(Event event, RenderContext context, SlideFrames frames,
      DeckFonts fonts, DeckOptions.Override choices) {
    // said once per plan (a build plans once for all its deck outputs)
    fonts.missingTypefaces().forEach(context.diagnostics()::report);
    return new DeckPlanner(context.theme().slides(), frames, new TextMeasurer(fonts),
        images(event, context), context.diagnostics(), choices, DeckOptions.of(context.theme().deck()), talkPlans);
  }

  private static DeckPlanner.ImageSource images(Event event, RenderContext context) {
    return (src, line) -> context.image(src, event.meta().source(), line);
  }
}
