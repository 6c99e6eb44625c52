package dev.notedeck.authoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.notedeck.RenderContext;
import dev.notedeck.diagnostics.Diagnostics;
import dev.notedeck.model.Block;
import dev.notedeck.model.Event;
import dev.notedeck.parse.NotesReader;
import dev.notedeck.parse.ParseResult;
import dev.notedeck.render.html.HtmlHandoutRenderer;
import dev.notedeck.render.pdf.HandoutRenderer;
import dev.notedeck.render.pptx.DeckRenderer;
import dev.notedeck.render.pptx.WrittenDeck;
import dev.notedeck.theme.ThemeLoader;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

/**
 * Callouts as VuePress, Docusaurus, Quarto and GitHub write them (issue 13): each is read as a
 * callout of its kind, never as plain text or a plain container, and both outputs label it.
 */
class CalloutsTest {

  static final String KOREAN = """
      # 문서 도구 모임

      ## 1. 정적 사이트 - 김하늘 (노트덱)
      ### 설치
      먼저 설치합니다.

      ::: tip
      캐시를 켜 두면 빠릅니다.
      :::

      :::warning 버전 주의
      노드 18 이상이 필요합니다.
      :::

      ::: info
      설정 파일은 하나입니다.
      :::

      ::: danger 지우지 마세요
      빌드 폴더를 손으로 지우면 안 됩니다.
      :::

      :::tip[짧은 요령]
      단축키를 외워 두세요.
      :::

      ::: {.callout-note title="콰르토 상자"}
      콰르토 글입니다.
      :::

      > [!WARNING]
      > 깃허브 경고 글입니다.

      ::: details 더 보기
      펼치면 보이는 글입니다.
      :::
      """;

  @Test
  void everyCalloutShapeIsReadAsACalloutOfItsKind() {
    ParseResult r = new NotesReader().read(KOREAN, Path.of("callouts.md"));
    List<Block> blocks = r.event().talks().get(0).sections().get(0).blocks();
    assertThat(blocks).filteredOn(Block.Callout.class::isInstance).map(Block.Callout.class::cast)
        .extracting(Block.Callout::kind, Block.Callout::title, c -> text(c.blocks())).containsExactly(
            tuple("tip", "", "캐시를 켜 두면 빠릅니다."),
            tuple("warning", "버전 주의", "노드 18 이상이 필요합니다."),
            tuple("info", "", "설정 파일은 하나입니다."),
            tuple("danger", "지우지 마세요", "빌드 폴더를 손으로 지우면 안 됩니다."),
            tuple("tip", "짧은 요령", "단축키를 외워 두세요."),
            tuple("note", "콰르토 상자", "콰르토 글입니다."),
            tuple("warning", "", "깃허브 경고 글입니다."),
            tuple("details", "더 보기", "펼치면 보이는 글입니다."));
    assertThat(blocks).noneMatch(Block.Container.class::isInstance).noneMatch(Block.Quote.class::isInstance);
    assertThat(r.findings()).noneMatch(f -> f.code().equals("notes.fenced-div"));
  }

  @Test
  void bothOutputsLabelTheCalloutsInTheNotesLanguage() throws Exception {
    Outputs o = render(KOREAN);
    // the handout: a box per callout, labelled with its title or its kind's word
    assertThat(o.pdfText).contains("팁").contains("캐시를 켜 두면 빠릅니다.").contains("버전 주의")
        .contains("정보").contains("지우지 마세요").contains("짧은 요령").contains("콰르토 상자")
        .contains("주의").contains("깃허브 경고 글입니다.").doesNotContain(":::").doesNotContain("[!WARNING]");
    assertThat(o.html).contains("<div class=\"callout callout-tip\"><div class=\"callout-label\">팁</div>")
        .contains("<div class=\"callout callout-warning\"><div class=\"callout-label\">버전 주의</div>")
        .contains("<div class=\"callout callout-danger\">");
    // the deck: the label, then the text, on the slide of the section
    String slide = o.slides.stream().filter(s -> s.contains("캐시를 켜 두면 빠릅니다.")).findFirst().orElseThrow();
    assertThat(slide.indexOf("팁\n")).isBetween(0, slide.indexOf("캐시를 켜 두면 빠릅니다."));
    assertThat(String.join("\n", o.slides)).contains("버전 주의").contains("정보\n")
        .contains("지우지 마세요").contains("주의\n").doesNotContain(":::").doesNotContain("[!WARNING]");
  }

  @Test
  void englishNotesLabelCalloutsInEnglish() throws Exception {
    Outputs o = render("""
        # Docs Tools Night

        ## 1. Static sites - Jane Park (Example Corp)
        ### Setup
        Install it first, then run the build once.

        ::: tip
        Turn the cache on for faster builds.
        :::

        ::: warning
        Node 18 or later is needed.
        :::
        """);
    assertThat(o.pdfText).contains("Tip").contains("Warning").contains("Turn the cache on");
    assertThat(String.join("\n", o.slides)).contains("Tip\n").contains("Warning\n");
  }

  private static String text(List<Block> blocks) {
    StringBuilder sb = new StringBuilder();
    for (Block b : blocks) {
      if (b instanceof Block.Paragraph p) {
        sb.append(p.text().plainText());
      }
    }
    return sb.toString();
  }

  record Outputs(String pdfText, String html, List<String> slides) {}

  static Outputs render(String notes) throws Exception {
    Event event = new NotesReader().read(notes, Path.of("callouts.md")).event();
    RenderContext context = new RenderContext(new ThemeLoader().load("default"), Path.of("."),
        Diagnostics.silent());
    ByteArrayOutputStream pdf = new ByteArrayOutputStream();
    new HandoutRenderer().render(event, context, pdf);
    String pdfText;
    try (PDDocument doc = Loader.loadPDF(pdf.toByteArray())) {
      pdfText = new PDFTextStripper().getText(doc);
    }
    ByteArrayOutputStream page = new ByteArrayOutputStream();
    new HtmlHandoutRenderer().render(event, context, page);
    ByteArrayOutputStream pptx = new ByteArrayOutputStream();
    new DeckRenderer().render(event, context, pptx);
    return new Outputs(pdfText, page.toString(StandardCharsets.UTF_8), WrittenDeck.slideTexts(pptx.toByteArray()));
  }
}
