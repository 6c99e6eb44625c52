package dev.notedeck.resource;

import static org.assertj.core.api.Assertions.assertThat;

import dev.notedeck.diagnostics.Diagnostics;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 18: the images of one notes file, and those of all notes files of one build, share one
 * decode budget each; every image is decoded once, costly
 * ones are scaled down once for every renderer, and none is dropped without a warning.
 */
class ImageBudgetTest {

  @TempDir Path dir;

  @Test
  void imagesPastTheBuildsBudgetAreSkippedWithAWarningEach() throws IOException {
    for (int i = 1; i <= 4; i++) {
      Files.write(dir.resolve("deep" + i + ".png"), sixteenBit(1000, 1000));
    }
    Diagnostics.Collecting warnings = new Diagnostics.Collecting();
    // 16-bit images count twice: two of these fit in 5 megapixels, the others do not
    ResourceLoader loader = new ResourceLoader(
        ResourcePolicy.localOnly(dir).withMaxTotalPixels(5_000_000), warnings);
    int loaded = 0;
    for (int i = 1; i <= 4; i++) {
      loaded += loader.image("deep" + i + ".png", dir, dir.resolve("talk.md"), 10 + i).isPresent() ? 1 : 0;
      loader.image("deep" + i + ".png", dir); // asked again by another renderer: no new cost
    }
    assertThat(loaded).isEqualTo(2);
    assertThat(warnings.warnings()).hasSize(2).allSatisfy(w -> assertThat(w)
        .contains("talk.md:1", "skipped", "together pass 5 megapixels"));
  }

  @Test
  void theNotesFilesOfOneBuildShareTheBuildsBudget() throws IOException {
    for (int i = 1; i <= 3; i++) {
      Files.write(dir.resolve("photo" + i + ".png"), TestImages.png(1000, 1000));
    }
    PixelBudget build = new PixelBudget(2_500_000, "this build");
    Diagnostics.Collecting warnings = new Diagnostics.Collecting();
    int loaded = 0;
    // three notes files, one photo each: every file is far under its own cap, the build is not
    for (int i = 1; i <= 3; i++) {
      ResourceLoader oneFile = new ResourceLoader(ResourcePolicy.localOnly(dir), warnings, build);
      loaded += oneFile.image("photo" + i + ".png", dir, dir.resolve("talk" + i + ".md"), 5).isPresent() ? 1 : 0;
    }
    assertThat(loaded).isEqualTo(2);
    assertThat(warnings.warnings()).singleElement().asString()
        .contains("talk3.md:5", "photo3.png", "skipped", "images of this build together pass 2 megapixels");
  }

  @Test
  void anImageTheBuildRefusesCostsTheNotesFileNothing() throws IOException {
    Files.write(dir.resolve("big.png"), TestImages.png(1000, 1000));
    Files.write(dir.resolve("small.png"), TestImages.png(500, 500));
    PixelBudget build = new PixelBudget(600_000, "this build");
    ResourceLoader loader = new ResourceLoader(ResourcePolicy.localOnly(dir).withMaxTotalPixels(1_100_000),
        new Diagnostics.Collecting(), build);
    assertThat(loader.image("big.png", dir)).isEmpty();
    // the refused million went back to the notes file's own budget: the small one still fits both
    assertThat(loader.image("small.png", dir)).isPresent();
  }

  @Test
  void sixteenBitAndHugeImagesAreScaledDownOnceForEveryRenderer() throws IOException {
    Files.write(dir.resolve("deep.png"), sixteenBit(300, 200));
    Files.write(dir.resolve("wide.png"), TestImages.png(ImageProbe.MAX_SIDE * 2, 64));
    ResourceLoader loader = new ResourceLoader(ResourcePolicy.localOnly(dir), new Diagnostics.Collecting());

    LoadedImage deep = loader.image("deep.png", dir).orElseThrow();
    BufferedImage decoded = ImageIO.read(new ByteArrayInputStream(deep.bytes()));
    assertThat(decoded.getSampleModel().getSampleSize(0)).isEqualTo(8);
    assertThat(deep.width()).isEqualTo(300);
    assertThat(deep.height()).isEqualTo(200);

    LoadedImage wide = loader.image("wide.png", dir).orElseThrow();
    assertThat(wide.width()).isEqualTo(ImageProbe.MAX_SIDE);
    assertThat(wide.height()).isEqualTo(32);
    assertThat(ImageIO.read(new ByteArrayInputStream(wide.bytes())).getWidth()).isEqualTo(ImageProbe.MAX_SIDE);
  }

  @Test
  void anOrdinaryImageKeepsItsBytes() throws IOException {
    byte[] png = TestImages.png(640, 480);
    Files.write(dir.resolve("plain.png"), png);
    ResourceLoader loader = new ResourceLoader(ResourcePolicy.localOnly(dir), new Diagnostics.Collecting());
    assertThat(loader.image("plain.png", dir).orElseThrow().bytes()).isEqualTo(png);
  }

  private static byte[] sixteenBit(int w, int h) throws IOException {
    BufferedImage image = new BufferedImage(w, h, BufferedImage.TYPE_USHORT_GRAY);
    var raster = image.getRaster();
    for (int y = 0; y < h; y++) {
      for (int x = 0; x < w; x++) {
        raster.setSample(x, y, 0, (x * 65535) / w);
      }
    }
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ImageIO.write(image, "png", out);
    return out.toByteArray();
  }
}
