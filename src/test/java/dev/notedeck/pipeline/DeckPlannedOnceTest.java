package dev.notedeck.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;
import org.apache.poi.xslf.usermodel.XMLSlideShow;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The deck is planned once per input and feeds both the PPTX and the slide images. */
class DeckPlannedOnceTest {

  @TempDir Path dir;

  @Test
  void pptxAndPngShareOnePlan() throws Exception {
    // planning looks the picture up and warns that it is missing: once per plan
    Path input = Files.writeString(dir.resolve("talk.md"), "# 행사\n\n## 1. 발표 - 김하늘 ( 회사 )\n\n"
        + "### 사진\n\n![없는 사진](missing.png)\n\n### 요점\n\n* 하나\n* 둘\n");
    Path out = dir.resolve("out");
    List<BuildResult> results;
    try (Builder builder = new Builder()) {
      results = builder.build(new BuildRequest(List.of(input), out, null, EnumSet.of(Format.PPTX, Format.PNG)),
          r -> { });
    }
    BuildResult result = results.get(0);
    assertThat(result.error()).isNull();
    assertThat(result.warnings()).filteredOn(w -> w.message().contains("missing.png")).hasSize(1);
    int slides;
    try (XMLSlideShow show = new XMLSlideShow(Files.newInputStream(out.resolve("talk.pptx")))) {
      slides = show.getSlides().size();
    }
    assertThat(result.slides()).isEqualTo(slides);
    for (int n = 1; n <= slides; n++) {
      assertThat(out.resolve(String.format("talk-%02d.png", n))).isNotEmptyFile();
    }
    assertThat(out.resolve(String.format("talk-%02d.png", slides + 1))).doesNotExist();
  }

  @Test
  void pptxPngAndSlidesPdfPlanEachNotesFileOnce() throws Exception {
    Path first = Files.writeString(dir.resolve("first.md"), "# 행사\n\n## 1. 발표 - 김하늘 ( 회사 )\n\n"
        + "### 요점\n\n* 하나\n* 둘\n");
    Path second = Files.writeString(dir.resolve("second.md"), "# 다른 행사\n\n## 발표 - 박서준\n\n"
        + "### 정리\n\n* 셋\n");
    Path out = dir.resolve("out3");
    java.util.Map<String, java.util.concurrent.atomic.AtomicInteger> plans =
        new java.util.concurrent.ConcurrentHashMap<>();
    dev.notedeck.render.pptx.DeckRenderer planner = new dev.notedeck.render.pptx.DeckRenderer();
    Builder.DeckPlanning counting = (event, context, choices) -> {
      plans.computeIfAbsent(event.meta().source().getFileName().toString(),
          k -> new java.util.concurrent.atomic.AtomicInteger()).incrementAndGet();
      return planner.plan(event, context, choices);
    };
    List<BuildResult> results;
    try (Builder builder = new Builder(2, counting)) {
      results = builder.build(new BuildRequest(List.of(first, second), out, null,
          EnumSet.of(Format.PPTX, Format.PNG, Format.SLIDES_PDF)), r -> { });
    }
    assertThat(results).allSatisfy(r -> assertThat(r.error()).isNull());
    assertThat(plans).containsOnlyKeys("first.md", "second.md");
    assertThat(plans.values()).allSatisfy(n -> assertThat(n.get()).isEqualTo(1));
    assertThat(out.resolve("first.slides.pdf")).isNotEmptyFile();
    assertThat(out.resolve("second.slides.pdf")).isNotEmptyFile();
    assertThat(out.resolve("first-01.png")).isNotEmptyFile();
    assertThat(out.resolve("second.pptx")).isNotEmptyFile();
  }
}
