package dev.notedeck.render.pptx;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Iterator;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;

/** Pixel size of an image file, read from its header only. */
final class ImageSize {

  private ImageSize() {}

  /** {width, height} in pixels, or null when the file is not an image POI can embed. */
  static double[] read(Path file) {
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
        String format = reader.getFormatName().toLowerCase(java.util.Locale.ROOT);
        if (!(format.equals("png") || format.equals("jpeg") || format.equals("gif") || format.equals("bmp"))) {
          return null;
        }
        reader.setInput(in);
        return new double[] {reader.getWidth(0), reader.getHeight(0)};
      } finally {
        reader.dispose();
      }
    } catch (IOException e) {
      return null;
    }
  }

  /** The image's format name as ImageIO knows it ("png", "jpeg", ...), or "" when unknown. */
  static String format(Path file) {
    try (ImageInputStream in = ImageIO.createImageInputStream(file.toFile())) {
      Iterator<ImageReader> readers = in == null ? null : ImageIO.getImageReaders(in);
      return readers != null && readers.hasNext()
          ? readers.next().getFormatName().toLowerCase(java.util.Locale.ROOT) : "";
    } catch (IOException e) {
      return "";
    }
  }
}
