package dev.notedeck.render.pdf;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import javax.imageio.ImageIO;

/** Writes small test pictures. */
final class TestImages {
  private TestImages() {}

  /** A diagonal-striped RGB PNG, so its ratio is visible on the page. */
  static Path png(Path file, int width, int height) throws IOException {
    BufferedImage img = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
    Graphics2D g = img.createGraphics();
    g.setColor(new Color(0xE8EEF7));
    g.fillRect(0, 0, width, height);
    g.setColor(new Color(0x1A5FB4));
    for (int x = -height; x < width; x += 80) {
      g.fillPolygon(new int[] {x, x + 30, x + 30 + height, x + height},
          new int[] {0, 0, height, height}, 4);
    }
    g.dispose();
    ImageIO.write(img, "png", file.toFile());
    return file;
  }
}
