package dev.notedeck.robust;

import static org.assertj.core.api.Assertions.assertThat;

import dev.notedeck.resource.TestImages;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Issue 18: large images cost a bounded amount and are never refused by our own checks. */
class LargeImageTest {

  @TempDir Path dir;

  @Test
  void aPlainPhotoThatDeflatesVeryWellIsNoZipBombInOurOwnDeck() throws IOException {
    byte[] jpeg = TestImages.jpeg(4000, 3000); // flat colours: deflates far past POI's 1:100
    Files.write(dir.resolve("photo.jpg"), jpeg);
    Path notes = Files.writeString(dir.resolve("talk.md"),
        "# Event\n\n## Talk - Kim\n\n![photo](photo.jpg)\n");
    Run.cli("build", "-q", "-f", "png,pptx", "-o", dir.resolve("out").toString(), notes.toString()).ok();
    assertThat(Outputs.pictures(dir.resolve("out/talk.pptx"))).isEqualTo(1);
    try (var files = Files.list(dir.resolve("out"))) {
      assertThat(files.filter(p -> p.toString().endsWith(".png")).count()).isGreaterThanOrEqualTo(2);
    }
  }

  @Test
  void aSixteenBitWideImageReachesThePdfScaledDownOnce() throws IOException {
    java.awt.image.BufferedImage deep = new java.awt.image.BufferedImage(5000, 200,
        java.awt.image.BufferedImage.TYPE_USHORT_GRAY);
    var raster = deep.getRaster();
    for (int x = 0; x < 5000; x++) {
      for (int y = 0; y < 200; y++) {
        raster.setSample(x, y, 0, x * 13);
      }
    }
    javax.imageio.ImageIO.write(deep, "png", dir.resolve("deep.png").toFile());
    Path notes = Files.writeString(dir.resolve("talk.md"),
        "# Event\n\n## Talk - Kim\n\n![deep](deep.png)\n");
    Run.cli("build", "-q", "-f", "pdf", "-o", dir.resolve("out").toString(), notes.toString()).ok();
    java.util.List<Integer> widths = new java.util.ArrayList<>();
    try (var pdf = org.apache.pdfbox.Loader.loadPDF(dir.resolve("out/talk.pdf").toFile())) {
      for (var page : pdf.getPages()) {
        for (var name : page.getResources().getXObjectNames()) {
          if (page.getResources().getXObject(name) instanceof org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject image) {
            widths.add(image.getWidth());
            assertThat(image.getBitsPerComponent()).isEqualTo(8);
          }
        }
      }
    }
    assertThat(widths).contains(4096);
  }
}
