package dev.notedeck.gallery;

import static org.assertj.core.api.Assertions.assertThat;

import dev.notedeck.theme.RgbColor;
import dev.notedeck.theme.Theme;
import dev.notedeck.theme.ThemeLoader;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The gallery's pictures show each theme: the renderers really use the theme's colours. */
class ThemeGalleryTest {
  @TempDir
  static Path dir;

  private static List<ThemeGallery.Entry> entries;

  @BeforeAll
  static void renderTheDarkTheme() {
    // dark has dark slides and a light handout: both kinds of picture in one (slow) render.
    entries = new ThemeGallery().write(List.of(new ThemeLoader().load("dark")), dir);
  }

  @Test
  void writesAHandoutPageAndASlidePerThemeAndAnIndex() throws IOException {
    assertThat(entries).extracting(e -> e.theme().name()).containsExactly("dark");
    for (ThemeGallery.Entry e : entries) {
      BufferedImage page = ImageIO.read(e.handoutPng().toFile());
      BufferedImage slide = ImageIO.read(e.slidePng().toFile());
      assertThat(e.handoutPng().getFileName()).hasToString(e.theme().name() + "-handout.png");
      // A4 portrait at the gallery's resolution; a 16:9 slide at 960 px.
      assertThat((double) page.getHeight() / page.getWidth()).isCloseTo(297.0 / 210, within());
      assertThat(slide.getWidth()).isEqualTo(PageImages.SLIDE_WIDTH_PX);
      assertThat(slide.getHeight()).isEqualTo(540);
    }
    String index = Files.readString(dir.resolve("README.md"));
    assertThat(index).contains("| **dark**<br>", "dark-handout.png", "dark-slide.png");
  }

  @Test
  void picturesShowTheThemesBackgrounds() throws IOException {
    for (ThemeGallery.Entry e : entries) {
      Theme t = e.theme();
      assertThat(corner(ImageIO.read(e.handoutPng().toFile()))).as(t.name() + " handout")
          .isEqualTo(t.colors().background());
      assertThat(corner(ImageIO.read(e.slidePng().toFile()))).as(t.name() + " slide")
          .isEqualTo(t.slideColors().background());
    }
  }

  @Test
  void slidePictureHasTextDrawnInTheThemesTextColours() throws IOException {
    ThemeGallery.Entry dark = entries.get(0);
    BufferedImage slide = ImageIO.read(dark.slidePng().toFile());
    RgbColor background = dark.theme().slideColors().background();
    long bright = 0;
    for (int y = 0; y < slide.getHeight(); y += 2) {
      for (int x = 0; x < slide.getWidth(); x += 2) {
        int rgb = slide.getRGB(x, y);
        if (luminance(rgb) > 0.5) {
          bright++;
        }
      }
    }
    assertThat(background.luminance()).isLessThan(0.05);
    // Light text on the dark slide: a visible share of the pixels, not an empty slide.
    assertThat(bright).isGreaterThan(500);
  }

  private static org.assertj.core.data.Offset<Double> within() {
    return org.assertj.core.data.Offset.offset(0.01);
  }

  private static RgbColor corner(BufferedImage image) {
    int rgb = image.getRGB(2, 2);
    return new RgbColor(rgb >> 16 & 0xFF, rgb >> 8 & 0xFF, rgb & 0xFF);
  }

  private static double luminance(int rgb) {
    return new RgbColor(rgb >> 16 & 0xFF, rgb >> 8 & 0xFF, rgb & 0xFF).luminance();
  }
}
