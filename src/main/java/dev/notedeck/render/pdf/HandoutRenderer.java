package dev.notedeck.render.pdf;

import dev.notedeck.RenderContext;
import dev.notedeck.model.Event;
import java.io.IOException;
import java.io.OutputStream;

/** Model + theme -> XHTML + CSS -> PDF handout (openhtmltopdf). */
public final class HandoutRenderer {

  public void render(Event event, RenderContext context, OutputStream out) throws IOException {
    throw new UnsupportedOperationException("not yet");
  }
}
