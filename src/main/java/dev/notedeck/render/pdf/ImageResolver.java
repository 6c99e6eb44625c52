package dev.notedeck.render.pdf;

import dev.notedeck.Diagnostics;
import dev.notedeck.model.Block;
import dev.notedeck.theme.PageSetup;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.Locale;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;

/**
 * Finds an image of the notes on disk (relative to the notes' folder) and sizes it to fit the
 * text column keeping its ratio. Anything it cannot use becomes a {@link Missing} with the reason,
 * reported once as a warning; the handout then shows a placeholder instead of failing.
 */
final class ImageResolver {
  /** CSS pixels are 1/96 inch. */
  private static final double MM_PER_PX = 25.4 / 96;

  private final Path baseDir;
  private final Diagnostics diagnostics;
  private final double columnWidthMm;
  private final double maxHeightMm;

  ImageResolver(Path baseDir, PageSetup page, Diagnostics diagnostics) {
    this.baseDir = baseDir;
    this.diagnostics = diagnostics;
    this.columnWidthMm = page.widthMm() - page.marginLeftMm() - page.marginRightMm();
    // Leave room for a caption and the line before it, so a tall image still fits one page.
    this.maxHeightMm = (page.heightMm() - page.marginTopMm() - page.marginBottomMm()) * 0.8;
  }

  sealed interface Resolved permits Found, Missing {}

  record Found(String uri, double widthMm, double heightMm) implements Resolved {}

  record Missing(String reason) implements Resolved {}

  Resolved resolve(Block.Image image) {
    Resolved r = locate(image.src());
    if (r instanceof Missing m) {
      String where = image.line() > 0 ? "line " + image.line() + ": " : "";
      diagnostics.warn(where + "image " + image.src() + " " + m.reason()
          + "; the handout shows a placeholder");
    }
    return r;
  }

  private Resolved locate(String src) {
    String s = src.strip();
    if (s.isEmpty()) {
      return new Missing("has no path");
    }
    String lower = s.toLowerCase(Locale.ROOT);
    if (lower.startsWith("http:") || lower.startsWith("https:") || lower.startsWith("//")) {
      // A handout build must not depend on the network; remote images are linked, not fetched.
      return new Missing("is remote and is not downloaded");
    }
    Path file;
    try {
      file = lower.startsWith("file:") ? Path.of(URI.create(s)) : resolveLocal(s);
    } catch (IllegalArgumentException e) { // also InvalidPathException
      return new Missing("is not a valid path");
    }
    if (!Files.isRegularFile(file)) {
      return new Missing("was not found at " + file);
    }
    double[] px = pixelSize(file);
    if (px == null) {
      return new Missing("is not a PNG, JPEG, GIF or BMP image");
    }
    double w = px[0] * MM_PER_PX;
    double h = px[1] * MM_PER_PX;
    double scale = Math.min(1, Math.min(columnWidthMm / w, maxHeightMm / h));
    return new Found(file.toUri().toString(), w * scale, h * scale);
  }

  private Path resolveLocal(String s) {
    String decoded = s.contains("%") ? URI.create(s.replace(" ", "%20")).getPath() : s;
    Path p = Path.of(decoded);
    Path base = baseDir == null ? Path.of("") : baseDir;
    return (p.isAbsolute() ? p : base.resolve(p)).toAbsolutePath().normalize();
  }

  /** Width and height in pixels from the image header, without decoding it; null if unreadable. */
  private static double[] pixelSize(Path file) {
    try (ImageInputStream in = ImageIO.createImageInputStream(file.toFile())) {
      if (in == null) {
        return null;
      }
      Iterator<ImageReader> readers = ImageIO.getImageReaders(in);
      if (!readers.hasNext()) {
        return null;
      }
      ImageReader reader = readers.next();
      try {
        reader.setInput(in);
        return new double[] {reader.getWidth(0), reader.getHeight(0)};
      } finally {
        reader.dispose();
      }
    } catch (IOException | RuntimeException e) {
      return null;
    }
  }
}
