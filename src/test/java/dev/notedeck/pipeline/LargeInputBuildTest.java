package dev.notedeck.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.poi.xslf.usermodel.XMLSlideShow;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A notes file above the size where formats render one after the other still gets both outputs. */
class LargeInputBuildTest {

  @TempDir Path dir;

  @Test
  void largeNotesFileRendersBothFormatsOneAfterTheOther() throws Exception {
    // mostly an HTML comment (dropped by the parser), so the file is large but quick to render
    String notes = "# Large notes\n\n"
        + "<!-- " + "padding ".repeat(80_000) + "-->\n\n"
        + "## 1. First talk - Kim ( Example )\n\n* one point\n* 두 번째 요점\n";
    Path input = Files.writeString(dir.resolve("large.md"), notes);
    assertThat(Files.size(input)).isGreaterThan(Builder.LARGE_INPUT_BYTES);

    Path out = dir.resolve("out");
    List<BuildResult> results;
    try (Builder builder = new Builder()) {
      results = builder.build(new BuildRequest(List.of(input), out, null, EnumSet.of(Format.PDF, Format.PPTX)), r -> { });
    }

    assertThat(results).singleElement().satisfies(r -> {
      assertThat(r.error()).isNull();
      assertThat(r.outputs()).containsExactlyInAnyOrder(out.resolve("large.pdf"), out.resolve("large.pptx"));
    });
    try (PDDocument pdf = Loader.loadPDF(out.resolve("large.pdf").toFile())) {
      assertThat(pdf.getNumberOfPages()).isPositive();
    }
    try (InputStream in = Files.newInputStream(out.resolve("large.pptx"));
        XMLSlideShow deck = new XMLSlideShow(in)) {
      assertThat(deck.getSlides()).isNotEmpty();
    }
  }
}
