package dev.notedeck.resource;

import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Iterator;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.ImageTypeSpecifier;
import javax.imageio.stream.ImageInputStream;

/**
 * Checks that raster image bytes really decode, without trusting their size: the header's
 * width x height is checked against a pixel cap (and the build's remaining budget) before
 * anything is decoded, so a tiny file that claims 100,000 x 100,000 pixels is refused instead of
 * exhausting memory.
 *
 * <p>This is the one full decode of an image. One that would be costly for every renderer that
 * decodes it again (over {@link #MAX_SIDE} pixels a side, or 16 bits a sample) is scaled down
 * to 8 bits and {@link #MAX_SIDE} here, once; the renderers get the small copy. A handout column
 * is about 700 px wide and a slide 1920, so nothing visible is lost.
 */
final class ImageProbe {

  /** Longest side an image keeps; larger ones are scaled down once, here. */
  static final int MAX_SIDE = 4096;

  /** An image that decodes; {@code bytes} replaces the file's when it was scaled down. */
  record Probed(int width, int height, byte[] bytes, ImageFormat format) {}

  /** Why an image was refused; the message completes "image 'x.png' skipped: ...". */
  static final class BadImage extends Exception {
    BadImage(String message) {
      super(message, null, false, false);
    }
  }

  /** Takes decode cost from the build's budget; refuses when it is spent. */
  @FunctionalInterface
  interface Budget {
    void take(long cost) throws BadImage;
  }

  private ImageProbe() {}

  static Probed probe(byte[] bytes, ImageFormat format, long maxPixels, Budget budget) throws BadImage {
    try (ImageInputStream in = ImageIO.createImageInputStream(new ByteArrayInputStream(bytes))) {
      Iterator<ImageReader> readers = in == null ? null : ImageIO.getImageReaders(in);
      if (readers == null || !readers.hasNext()) {
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
        long pixels = (long) width * height;
        if (pixels > maxPixels) {
          throw new BadImage("it is " + width + "x" + height + " pixels, over the limit of "
              + maxPixels / 1_000_000 + " megapixels; scale it down");
        }
        boolean deep = bitsPerSample(reader) > 8;
        // 16-bit samples cost twice the memory and time of 8-bit ones, in every decoder
        budget.take(deep ? 2 * pixels : pixels);
        BufferedImage image = decode(reader, format);
        if (image != null && (deep || Math.max(width, height) > MAX_SIDE)) {
          return smaller(image, format);
        }
        return new Probed(width, height, bytes, format);
      } finally {
        reader.dispose();
      }
    } catch (BadImage e) {
      throw e;
    } catch (OutOfMemoryError e) {
      throw new BadImage("it needs more memory to decode than is left; scale it down");
    } catch (IOException | RuntimeException e) {
      throw new BadImage("it is not a readable " + format.extension().toUpperCase()
          + " image (corrupt or truncated)");
    }
  }

  private static int bitsPerSample(ImageReader reader) {
    try {
      ImageTypeSpecifier type = reader.getRawImageType(0);
      return type == null ? 8 : type.getSampleModel().getSampleSize(0);
    } catch (IOException | RuntimeException e) {
      return 8;
    }
  }

  /** The decoded image, or null for a JPEG Java cannot paint (embedded as it is). */
  private static BufferedImage decode(ImageReader reader, ImageFormat format) throws IOException, BadImage {
    try {
      BufferedImage image = reader.read(0);
      if (image == null) {
        throw new BadImage("it decodes to nothing");
      }
      return image;
    } catch (javax.imageio.IIOException e) {
      // CMYK and other JPEG colour models Java cannot paint are still fine to embed as they are
      // (PDF DCTDecode, PPTX picture): only broken data is a reason to refuse.
      String why = String.valueOf(e.getMessage());
      if (format == ImageFormat.JPEG && why.contains("Unsupported Image Type")) {
        return null;
      }
      throw e;
    }
  }

  /** At most {@link #MAX_SIDE} a side, 8 bits a sample; JPEG stays JPEG, others become PNG. */
  private static Probed smaller(BufferedImage image, ImageFormat format) throws IOException {
    double scale = Math.min(1, (double) MAX_SIDE / Math.max(image.getWidth(), image.getHeight()));
    int w = Math.max(1, (int) Math.round(image.getWidth() * scale));
    int h = Math.max(1, (int) Math.round(image.getHeight() * scale));
    boolean alpha = image.getColorModel().hasAlpha() && format != ImageFormat.JPEG;
    BufferedImage small = new BufferedImage(w, h, alpha ? BufferedImage.TYPE_INT_ARGB : BufferedImage.TYPE_INT_RGB);
    Graphics2D g = small.createGraphics();
    try {
      g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
      g.drawImage(image, 0, 0, w, h, null);
    } finally {
      g.dispose();
    }
    ImageFormat out = format == ImageFormat.JPEG ? ImageFormat.JPEG : ImageFormat.PNG;
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    ImageIO.write(small, out == ImageFormat.JPEG ? "jpeg" : "png", bytes);
    return new Probed(w, h, bytes.toByteArray(), out);
  }
}
