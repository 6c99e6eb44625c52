package dev.notedeck.gallery;

import static org.assertj.core.api.Assertions.assertThat;

import dev.notedeck.theme.Theme;
import dev.notedeck.theme.ThemeLoader;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A theme with a logo shows it in its gallery pictures: a corner of the slide, the page's header. */
class GalleryLogoTest {
  @TempDir Path dir;

  @Test
  void anSvgLogoShowsOnTheGallerysSlideAndHandoutPage() throws Exception {
    Path brand = Files.createDirectories(dir.resolve("brand"));
    // pure red, which no built-in colour comes near
    Files.writeString(brand.resolve("logo.svg"), "<svg xmlns=\"http://www.w3.org/2000/svg\" "
        + "width=\"60\" height=\"20\"><rect width=\"60\" height=\"20\" fill=\"#ee0000\"/></svg>");
    Files.writeString(brand.resolve("theme.yaml"), "description: with a logo\nlogo:\n  height: 10mm\n");
    Theme theme = new ThemeLoader().load(brand);

    ThemeGallery.Entry e = new ThemeGallery().write(List.of(theme), dir.resolve("gallery")).get(0);

    BufferedImage slide = ImageIO.read(e.slidePng().toFile());
    assertThat(red(slide, slide.getWidth() * 3 / 4, 0, slide.getWidth(), slide.getHeight() / 5))
        .as("the logo in the slide's top-right corner").isGreaterThan(100);
    assertThat(red(slide, 0, slide.getHeight() / 5, slide.getWidth(), slide.getHeight()))
        .as("nowhere else").isZero();
    BufferedImage page = ImageIO.read(e.handoutPng().toFile());
    assertThat(red(page, 0, 0, page.getWidth(), page.getHeight() / 8))
        .as("the logo in the running header").isGreaterThan(20);
  }

  private static int red(BufferedImage image, int x0, int y0, int x1, int y1) {
    int n = 0;
    for (int y = y0; y < y1; y++) {
      for (int x = x0; x < x1; x++) {
        int rgb = image.getRGB(x, y);
        if (((rgb >> 16) & 0xff) > 200 && ((rgb >> 8) & 0xff) < 50 && (rgb & 0xff) < 50) {
          n++;
        }
      }
    }
    return n;
  }
}
