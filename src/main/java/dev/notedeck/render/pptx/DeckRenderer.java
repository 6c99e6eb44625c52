package dev.notedeck.render.pptx;

import dev.notedeck.RenderContext;
import dev.notedeck.model.Event;
import java.io.IOException;
import java.io.OutputStream;

/** Model + theme -> planned {@code Deck} -> PPTX (Apache POI XSLF). */
public final class DeckRenderer {

  public void render(Event event, RenderContext context, OutputStream out) throws IOException {
    throw new UnsupportedOperationException("not yet");
  }
}
