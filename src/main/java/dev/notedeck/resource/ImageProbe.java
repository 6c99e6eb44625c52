package dev.notedeck.resource;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.Iterator;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;

/**
 * Checks that raster image bytes really decode, without trusting their size: the header's
 * width x height is checked against a pixel cap before anything is decoded, so a tiny file that
 * claims 100,000 x 100,000 pixels is refused instead of exhausting memory.
 */
final class ImageProbe {

  /** Width and height of an image that decodes. */
  record Size(int width, int height) {}

  /** Why an image was refused; the message completes "image 'x.png' skipped: ...". */
  static final class BadImage extends Exception {
    BadImage(String message) {
      super(message, null, false, false);
    }
  }

  private ImageProbe() {}

  static Size probe(byte[] bytes, ImageFormat format, long maxPixels) throws BadImage {
    try (ImageInputStream in = ImageIO.createImageInputStream(new ByteArrayInputStream(bytes))) {
      Iterator<ImageReader> readers = ImageIO.getImageReaders(in);
      if (in == null || !readers.hasNext()) {
        throw new BadImage("no decoder for " + format.extension().toUpperCase() + " data");
      }
      ImageReader reader = readers.next();
      try {
        reader.setInput(in, true, true);
        int width = reader.getWidth(0);
        int height = reader.getHeight(0);
        if (width <= 0 || height <= 0) {
          throw new BadImage("it has no pixels");
        }
        if ((long) width * height > maxPixels) {
          throw new BadImage("it is " + width + "x" + height + " pixels, over the limit of "
              + maxPixels / 1_000_000 + " megapixels; scale it down");
        }
        decode(reader, format);
        return new Size(width, height);
      } finally {
        reader.dispose();
      }
    } catch (IOException | RuntimeException e) {
      throw new BadImage("it is not a readable " + format.extension().toUpperCase()
          + " image (corrupt or truncated)");
    }
  }

  private static void decode(ImageReader reader, ImageFormat format) throws IOException, BadImage {
    try {
      BufferedImage image = reader.read(0);
      if (image == null) {
        throw new BadImage("it decodes to nothing");
      }
    } catch (javax.imageio.IIOException e) {
      // CMYK and other JPEG colour models Java cannot paint are still fine to embed as they are
      // (PDF DCTDecode, PPTX picture): only broken data is a reason to refuse.
      String why = String.valueOf(e.getMessage());
      if (format == ImageFormat.JPEG && why.contains("Unsupported Image Type")) {
        return;
      }
      throw e;
    }
  }
}
