package dev.notedeck.robust;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Issue 18, "bound every cost up front": hostile sizes are cut before layout, with a warning. */
class BoundedCostTest {

  @TempDir Path dir;

  @Test
  void aHugeLinkTargetIsKeptAsTextWithoutTheLink() throws IOException {
    String url = "https://example.com/" + "a".repeat(10_000);
    Path md = Files.writeString(dir.resolve("talk.md"),
        "# Event\n\n## Talk - Kim\n\nfirst line\n\nsee [the page](" + url + ") and <" + url + ">\n");
    Path out = dir.resolve("out");
    Run.cli("build", "-f", "pdf,pptx", "-o", out.toString(), md.toString()).ok()
        .warns("talk.md:", "over the limit of 2048");
    assertThat(Outputs.pdfText(out.resolve("talk.pdf"))).contains("the page");
  }
}
