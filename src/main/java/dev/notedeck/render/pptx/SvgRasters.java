package dev.notedeck.render.pptx;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * {@link SvgRaster} once per logo and height: every deck output of a watch session or a batch
 * brands its template with the same logo, and Batik takes tens of milliseconds to draw one. An
 * SVG that cannot be drawn keeps its reason, so each output still warns about it.
 */
final class SvgRasters {

  /** Logos kept: a theme has one; a watch session that edits it keeps adding new ones. */
  private static final int KEPT = 4;

  private final Map<Key, Drawn> drawn = new ConcurrentHashMap<>();

  /** The SVG drawn {@code heightPx} high (shared bytes: do not modify). */
  byte[] png(byte[] svg, int heightPx) throws IOException {
    Drawn d = drawn.get(new Key(ByteBuffer.wrap(svg), heightPx));
    if (d == null) {
      Key key = new Key(ByteBuffer.wrap(svg.clone()), heightPx); // kept: a copy the caller cannot change
      try {
        d = new Drawn(SvgRaster.png(svg, heightPx), null);
      } catch (IOException e) {
        d = new Drawn(null, e.getMessage());
      }
      if (drawn.size() >= KEPT) {
        drawn.clear();
      }
      drawn.put(key, d);
    }
    if (d.png() == null) {
      throw new IOException(d.failure());
    }
    return d.png();
  }

  /** The SVG's bytes (compared by content) and the height asked for. */
  private record Key(ByteBuffer svg, int heightPx) {}

  private record Drawn(byte[] png, String failure) {}
}
