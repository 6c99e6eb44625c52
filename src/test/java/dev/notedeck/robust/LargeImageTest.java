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
}
