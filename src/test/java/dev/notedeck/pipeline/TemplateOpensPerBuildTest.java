package dev.notedeck.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import dev.notedeck.diagnostics.Finding;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;
import org.apache.poi.xslf.usermodel.XMLSlideShow;
import org.apache.poi.xslf.usermodel.XSLFSlideLayout;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openxmlformats.schemas.presentationml.x2006.main.STSlideLayoutType;

/**
 * A Builder parses the deck template once per output that writes slides (pptx, png; the
 * slides handout draws no POI slides), in every build of a batch or a watch session, and what
 * the template lacks is still reported by every build.
 */
class TemplateOpensPerBuildTest {

  @TempDir Path dir;

  private Path notes(String name, String event) throws Exception {
    return Files.writeString(dir.resolve(name), "# " + event + "\n\n## 1. 발표 - 김하늘 ( 회사 )\n\n"
        + "### 요점\n\n* 하나\n* 둘\n\n## 2. 다른 발표 - 박서준\n\n### 정리\n\n* 셋\n");
  }

  @Test
  void eachSlideWritingOutputParsesTheTemplateOnceAndRebuildsDoNoMore() throws Exception {
    List<Path> inputs = List.of(notes("first.md", "행사"), notes("second.md", "다른 행사"));
    BuildRequest request = new BuildRequest(inputs, dir.resolve("out"), null,
        EnumSet.of(Format.PPTX, Format.PNG, Format.SLIDES_PDF));
    try (Builder builder = new Builder(2)) {
      for (int build = 1; build <= 2; build++) {
        List<BuildResult> results = builder.build(request, r -> { });
        assertThat(results).allSatisfy(r -> assertThat(r.error()).isNull());
        // two notes files, two outputs drawing POI slides each; planning parses none
        assertThat(builder.deckRenderer().templateParses()).isEqualTo(4 * build);
      }
    }
    try (XMLSlideShow show = new XMLSlideShow(Files.newInputStream(dir.resolve("out/second.pptx")))) {
      assertThat(show.getSlides()).isNotEmpty();
    }
    assertThat(dir.resolve("out/first-01.png")).isNotEmptyFile();
    assertThat(dir.resolve("out/first.slides.pdf")).isNotEmptyFile();
  }

  @Test
  void aLayoutTheCompanyTemplateLacksIsReportedByEveryBuild() throws Exception {
    Path theme = Files.createDirectories(dir.resolve("company"));
    Files.writeString(theme.resolve("theme.yaml"), "description: company\n");
    try (XMLSlideShow show = new XMLSlideShow(); OutputStream out =
        Files.newOutputStream(theme.resolve("template.pptx"))) {
      for (XSLFSlideLayout l : show.getSlideMasters().get(0).getSlideLayouts()) {
        if (l.getName().equals("Section Header")) {
          l.getXmlObject().getCSld().setName("Company Divider");
          l.getXmlObject().setType(STSlideLayoutType.CUST);
        }
      }
      show.write(out);
    }
    BuildRequest request = new BuildRequest(List.of(notes("talk.md", "행사")), dir.resolve("out"),
        theme.toString(), EnumSet.of(Format.PPTX));
    try (Builder builder = new Builder(2)) {
      for (int build = 1; build <= 3; build++) {
        BuildResult result = builder.build(request, r -> { }).get(0);
        assertThat(result.error()).isNull();
        assertThat(result.warnings()).filteredOn(w -> w.code().equals("theme.template-layout"))
            .extracting(Finding::message).singleElement().asString()
            .contains("no \"Section Header\" layout").contains("template.pptx");
      }
      // the first plan's copy went to the first build's deck
      assertThat(builder.deckRenderer().templateParses()).isEqualTo(3);
    }
  }
}
