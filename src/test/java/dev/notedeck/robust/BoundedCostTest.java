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
    // the warning names the link's line (7), not its talk's heading (3)
    Run.cli("build", "-f", "pdf,pptx", "-o", out.toString(), md.toString()).ok()
        .warns("talk.md:7:", "over the limit of 2048");
    assertThat(Outputs.pdfText(out.resolve("talk.pdf"))).contains("the page");
  }

  /** Image references of absurd length: a path, a data: URI, a remote address. */
  @Test
  void hugeImageReferencesAreSkippedWithAWarningAtTheirLine() throws IOException {
    String path = "a/".repeat(100_000) + "x.png";
    String data = "data:image/png;base64," + "QUJD".repeat(100_000);
    String remote = "https://example.com/" + "b".repeat(400_000) + ".png";
    Path md = Files.writeString(dir.resolve("talk.md"), "# 행사\n\n## 발표 - 김하늘\n\n* 요점\n\n"
        + "![경로](" + path + ")\n\n![데이터](" + data + ")\n\n![원격](" + remote + ")\n");
    Path out = dir.resolve("out");
    Run run = Run.cli("build", "-f", "pdf,pptx,html", "-o", out.toString(), md.toString()).ok();
    run.warns("talk.md:7:", "skipped").warns("talk.md:9:", "skipped").warns("talk.md:11:", "skipped");
    assertThat(run.err().lines().mapToInt(String::length).max().orElse(0)).isLessThan(1000);
    assertThat(Files.size(out.resolve("talk.html"))).isLessThan(2_000_000);
    assertThat(Outputs.pdfText(out.resolve("talk.pdf"))).contains("요점");
  }

  /** Containers nested thousands deep: fenced divs, columns, reveal.js notes divs. */
  @org.junit.jupiter.params.ParameterizedTest
  @org.junit.jupiter.params.provider.ValueSource(ints = {0, 1, 2})
  void deeplyNestedContainersBuildOrFailNamingTheFile(int kind) throws IOException {
    int n = 3000;
    String body = switch (kind) {
      case 0 -> "::: {.box}\n".repeat(n) + "깊은 내용\n" + ":::\n".repeat(n);
      case 1 -> ":::: columns\n::: column\n".repeat(n) + "깊은 내용\n" + ":::\n::::\n".repeat(n);
      default -> "<div class=\"notes\">\n\n".repeat(n) + "깊은 내용\n\n" + "</div>\n\n".repeat(n);
    };
    Path md = Files.writeString(dir.resolve("talk.md"), "# 행사\n\n## 발표 - 김하늘\n\n### 섹션\n\n* 요점\n\n" + body);
    Path out = dir.resolve("out");
    Run run = Run.cli("build", "-q", "-f", "pdf,pptx", "-o", out.toString(), md.toString());
    if (run.exit() == 0) {
      run.ok();
      assertThat(Outputs.pdfText(out.resolve("talk.pdf"))).contains("요점");
    } else {
      run.failsClearly("talk.md");
    }
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
