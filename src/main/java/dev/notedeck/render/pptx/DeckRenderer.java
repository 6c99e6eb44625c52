package dev.notedeck.render.pptx;

import dev.notedeck.RenderContext;
import dev.notedeck.model.Event;
import dev.notedeck.render.deck.Deck;
import dev.notedeck.render.deck.DeckFonts;
import dev.notedeck.render.deck.DeckPlanner;
import dev.notedeck.render.deck.TextMeasurer;
import java.io.IOException;
import java.io.OutputStream;
import org.apache.poi.xslf.usermodel.XMLSlideShow;

/** Model + theme -> planned {@link Deck} -> PPTX (Apache POI XSLF). */
public final class DeckRenderer {

  public void render(Event event, RenderContext context, OutputStream out) throws IOException {
    DeckTemplate template = DeckTemplate.open(context.theme(), context.diagnostics());
    try {
      template.brand(context.themeImage(context.theme().assets().logo()),
          context.themeImage(context.theme().assets().slideBackground()), context.theme().logo());
      DeckFonts fonts = DeckFonts.of(context.theme());
      DeckPlanner planner = new DeckPlanner(context.theme().slides(), template.frames(),
          new TextMeasurer(fonts), images(event, context), context.diagnostics());
      Deck deck = planner.plan(event, context.theme().text().labels());
      new DeckWriter(context.theme(), template, fonts).write(deck, out);
    } finally {
      template.show().close();
    }
  }

  /**
   * Loads and initialises the deck library (POI, the XmlBeans schema types, the zip writer) by
   * writing an empty one-slide deck to nowhere. The first real render then starts warm; the
   * build pipeline runs this on a spare core while the first notes file is being parsed.
   */
  public static void preload() {
    try (XMLSlideShow show = new XMLSlideShow()) {
      show.createSlide();
      show.write(OutputStream.nullOutputStream());
    } catch (IOException | RuntimeException e) {
      // only a head start: a real problem shows up, and is reported, in the real render
    }
  }

  /** The plan alone (no file written): what {@link #render} would put on each slide. */
  public Deck plan(Event event, RenderContext context) throws IOException {
    DeckTemplate template = DeckTemplate.open(context.theme(), context.diagnostics());
    try {
      DeckFonts fonts = DeckFonts.of(context.theme());
      return new DeckPlanner(context.theme().slides(), template.frames(), new TextMeasurer(fonts),
          images(event, context), context.diagnostics()).plan(event, context.theme().text().labels());
    } finally {
      template.show().close();
    }
  }

  private static DeckPlanner.ImageSource images(Event event, RenderContext context) {
    return (src, line) -> context.image(src, event.meta().source(), line);
  }
}
