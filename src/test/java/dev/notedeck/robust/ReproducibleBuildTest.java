package dev.notedeck.robust;

import static org.assertj.core.api.Assertions.assertThat;

import dev.notedeck.resource.TestImages;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.ZipFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The same notes, theme and version give byte-identical outputs on every run. */
class ReproducibleBuildTest {

  @TempDir Path dir;

  @Test
  void twoBuildsGiveTheSameBytes() throws Exception {
    Path notes = Files.writeString(dir.resolve("talk.md"), "---\ndate: 2019-04-27\n---\n"
        + "# 행사\n\n## 1. 발표 - 김하늘 (구글)\n\n### 요점\n\n* 하나\n* [링크](https://example.org)\n\n"
        + "![그림](pic.png)\n\n| a | b |\n|---|---|\n| 1 | 2 |\n");
    Files.write(dir.resolve("pic.png"), TestImages.png(40, 20));
    Run.cli("build", "-o", dir.resolve("a").toString(), notes.toString()).ok();
    Thread.sleep(1100); // a clock-based date or ID would now differ
    Run.cli("build", "-o", dir.resolve("b").toString(), notes.toString()).ok();

    for (String name : new String[] {"talk.pdf", "talk.pptx"}) {
      assertThat(Files.readAllBytes(dir.resolve("a").resolve(name)))
          .as(name).isEqualTo(Files.readAllBytes(dir.resolve("b").resolve(name)));
    }
    try (ZipFile zip = new ZipFile(dir.resolve("a/talk.pptx").toFile())) {
      assertThat(zip.entries().nextElement().getName()).isEqualTo("[Content_Types].xml");
      zip.stream().forEach(e -> assertThat(e.getTimeLocal().getYear()).as(e.getName()).isEqualTo(2019));
    }
    try (var pdf = org.apache.pdfbox.Loader.loadPDF(dir.resolve("a/talk.pdf").toFile())) {
      assertThat(pdf.getDocumentInformation().getCreationDate().toInstant())
          .isEqualTo(java.time.Instant.parse("2019-04-27T00:00:00Z"));
    }
    assertThat(Outputs.pptxText(dir.resolve("a/talk.pptx"))).contains("김하늘");
  }
}
