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

  /** The theme style sheets the issue found taking minutes, and one the layout engine trips on. */
  @org.junit.jupiter.params.ParameterizedTest
  @org.junit.jupiter.params.provider.ValueSource(strings = {"* {font-size:100000pt}",
      "@page {size:2mm 2mm}", "* { font-size: 3em; letter-spacing: 1000pt } li { margin: 1e9px }"})
  void hostileThemeCssBuildsOrFailsNamingTheStyleSheet(String css) throws IOException {
    Path theme = Files.createDirectories(dir.resolve("theme"));
    Files.writeString(theme.resolve("theme.yaml"), "extends: default\n");
    Files.writeString(theme.resolve("handout.css"), css);
    Path md = Files.writeString(dir.resolve("talk.md"), "# 행사\n\n## 발표 - 김하늘\n\n* 하나\n* two\n\n"
        + "```kotlin\n@Test fun x() = 1\n```\n");
    Path out = dir.resolve("out");
    Run run = Run.cli("build", "-q", "-f", "pdf,html", "-t", theme.toString(), "-o", out.toString(), md.toString());
    if (run.exit() == 0) {
      run.ok();
      assertThat(Outputs.pdfText(out.resolve("talk.pdf"))).contains("two");
    } else {
      run.failsClearly("handout.css");
    }
  }
}
