package dev.notedeck.resource;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.util.zip.CRC32;
import javax.imageio.ImageIO;

/** Small real images made in memory for tests. */
public final class TestImages {

  private TestImages() {}

  public static byte[] png(int width, int height) {
    return encode("png", width, height);
  }

  public static byte[] jpeg(int width, int height) {
    return encode("jpg", width, height);
  }

  public static byte[] gif(int width, int height) {
    return encode("gif", width, height);
  }

  /** A PNG whose header claims {@code width x height} (CRC fixed), with tiny pixel data. */
  public static byte[] pngClaiming(int width, int height) {
    byte[] b = png(4, 4);
    ByteBuffer.wrap(b).putInt(16, width).putInt(20, height);
    CRC32 crc = new CRC32();
    crc.update(b, 12, 17); // "IHDR" + 13 data bytes
    ByteBuffer.wrap(b).putInt(29, (int) crc.getValue());
    return b;
  }

  private static byte[] encode(String format, int width, int height) {
    BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
    Graphics2D g = image.createGraphics();
    g.setColor(new Color(0x2E6BD8));
    g.fillRect(0, 0, width, height);
    g.setColor(Color.WHITE);
    g.fillOval(width / 4, height / 4, width / 2, height / 2);
    g.dispose();
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try {
      ImageIO.write(image, format, out);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toByteArray();
  }
}
