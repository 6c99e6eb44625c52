package dev.notedeck.render.pdf;

import com.openhtmltopdf.util.Diagnostic;
import dev.notedeck.diagnostics.Diagnostics;
import dev.notedeck.model.Block;
import dev.notedeck.resource.ResourceLoader;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * An image the resource loader accepted can still fail in openhtmltopdf's own decoder, which
 * then leaves it out of the page and only logs (hidden): no image may vanish without a warning,
 * so its diagnostics are read here and each such failure becomes a warning naming the image.
 */
final class UndrawnImages implements Consumer<Diagnostic> {

  private static final Logger LIBRARY = Logger.getLogger("com.openhtmltopdf.load");

  private final Map<String, Block.Image> placed = new ConcurrentHashMap<>();
  private final Diagnostics diagnostics;
  private final Path source;

  UndrawnImages(Diagnostics diagnostics, Path source) {
    this.diagnostics = diagnostics;
    this.source = source;
  }

  /** The data URI an image of the notes was given in the markup. */
  void placed(String dataUri, Block.Image image) {
    placed.put(dataUri, image);
  }

  @Override
  public void accept(Diagnostic d) {
    if (PdfLogging.isVerbose()) { // --debug still sees everything the library says
      LIBRARY.log(d.getLevel(), d.getFormattedMessage(), d.getError());
    }
    if (d.getLevel().intValue() < Level.WARNING.intValue() || !(d.getLogMessageId() instanceof Enum<?> id)
        || !id.name().contains("IMAGE") || id.name().contains("ALT")) {
      return;
    }
    Block.Image image = null;
    for (Object arg : d.getArgs() == null ? new Object[0] : d.getArgs()) {
      if (arg instanceof String s && placed.containsKey(s)) {
        image = placed.get(s);
      }
    }
    String what = image == null ? "an image" : "image '" + ResourceLoader.shown(image.src()) + "'";
    diagnostics.warn(image == null ? null : source, image == null ? 0 : image.line(), "image.undrawn",
        what + " could not be drawn in the handout and is left out; convert it to an ordinary PNG or JPEG");
  }
}
