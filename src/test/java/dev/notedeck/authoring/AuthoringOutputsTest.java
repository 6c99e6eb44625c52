package dev.notedeck.authoring;

import static org.assertj.core.api.Assertions.assertThat;

import dev.notedeck.diagnostics.Diagnostics;
import dev.notedeck.RenderContext;
import dev.notedeck.model.Event;
import dev.notedeck.parse.NotesParser;
import dev.notedeck.render.html.HtmlHandoutRenderer;
import dev.notedeck.render.pdf.HandoutRenderer;
import dev.notedeck.render.pptx.DeckRenderer;
import dev.notedeck.theme.ThemeLoader;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xslf.usermodel.XMLSlideShow;
import org.apache.poi.xslf.usermodel.XSLFShape;
import org.apache.poi.xslf.usermodel.XSLFSlide;
import org.apache.poi.xslf.usermodel.XSLFTextShape;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Each authoring syntax of the README, read from one small notes file and checked in the real
 * outputs: the PDF's extracted text, the HTML, and the deck read back with POI (slide text and
 * the notes part apart).
 */
class AuthoringOutputsTest {

  static final String NOTES = """
      ---
      notes: 인사하고 행사 소개하기
      ---
      # 작성 문법 모임

      ::: notes
      발표 순서를 짧게 훑기
      :::

      ## 1. 펜스 블록 이야기 - 김하늘 ( 노트덱 )

      ::: notes
      연사 경력을 소개하기
      :::

      ### 노트 절
      슬라이드에 보이는 문장입니다.

      ::: notes
      이 문장은 발표자만 봅니다.
      :::

      ### 두 단
      :::: columns
      ::: column
      * 왼쪽 장점
      :::
      ::: column
      * 오른쪽 단점
      :::
      ::::

      ### 덱 절 {.deck-only}
      덱 전용 절의 문장

      ### 유인물 절 {.handout-only}
      유인물 전용 절의 문장

      ### 건너뛴 절 {.skip}
      어디에도 없는 문장

      ### 섞인 절
      ::: deck-only
      슬라이드 전용 한 줄
      :::
      ::: {.handout-only}
      인쇄물 전용 한 줄
      :::
      ::: {.sparkle}
      알 수 없는 상자 안의 글
      :::
      첫 장 글

      ---

      둘째 장 글

      <div class="notes">

      원시 HTML 노트 글

      </div>
      """;

  static String pdfText;
  static String pdfLanguage;
  static String pdfSubject;
  static String html;
  static List<String> slides = new ArrayList<>();
  static List<String> notes = new ArrayList<>();
  static List<List<XSLFTextShape>> bodies = new ArrayList<>();
  static List<String> layouts = new ArrayList<>();

  @BeforeAll
  static void render() throws Exception {
    Event event = new NotesParser().parse(NOTES, Path.of("authoring.md"));
    RenderContext context = new RenderContext(new ThemeLoader().load("default"), Path.of("."),
        Diagnostics.silent());
    ByteArrayOutputStream pdf = new ByteArrayOutputStream();
    new HandoutRenderer().render(event, context, pdf);
    try (PDDocument doc = Loader.loadPDF(pdf.toByteArray())) {
      PDFTextStripper stripper = new PDFTextStripper();
      stripper.setSortByPosition(true);
      pdfText = stripper.getText(doc);
      pdfLanguage = doc.getDocumentCatalog().getLanguage();
      pdfSubject = doc.getDocumentInformation().getSubject();
    }
    ByteArrayOutputStream page = new ByteArrayOutputStream();
    new HtmlHandoutRenderer().render(event, context, page);
    html = page.toString(StandardCharsets.UTF_8);
    ByteArrayOutputStream pptx = new ByteArrayOutputStream();
    new DeckRenderer().render(event, context, pptx);
    try (XMLSlideShow show = new XMLSlideShow(new ByteArrayInputStream(pptx.toByteArray()))) {
      for (XSLFSlide slide : show.getSlides()) {
        StringBuilder text = new StringBuilder();
        List<XSLFTextShape> shapes = new ArrayList<>();
        for (XSLFShape shape : slide.getShapes()) {
          if (shape instanceof XSLFTextShape t) {
            text.append(t.getText()).append('\n');
            shapes.add(t);
          }
        }
        slides.add(text.toString());
        bodies.add(shapes);
        layouts.add(slide.getSlideLayout().getName());
        StringBuilder n = new StringBuilder();
        if (slide.getNotes() != null) {
          slide.getNotes().getTextParagraphs().forEach(ps -> ps.forEach(p -> n.append(p.getText()).append('\n')));
        }
        notes.add(n.toString());
      }
    }
  }

  private static int slideWith(String text) {
    for (int i = 0; i < slides.size(); i++) {
      if (slides.get(i).contains(text)) {
        return i;
      }
    }
    throw new AssertionError("no slide shows '" + text + "':\n" + String.join("\n----\n", slides));
  }

  private static String allSlides() {
    return String.join("\n", slides);
  }

  @Test
  void notesGoToTheNotesPartOfTheSlideTheyFollowNotOnAnySlide() {
    int slide = slideWith("슬라이드에 보이는 문장입니다.");
    assertThat(notes.get(slide)).contains("이 문장은 발표자만 봅니다.");
    assertThat(allSlides()).doesNotContain("이 문장은 발표자만 봅니다.").doesNotContain("원시 HTML 노트 글");
    assertThat(notes.get(slideWith("둘째 장 글"))).contains("원시 HTML 노트 글");
    // in the handout: a marked aside
    assertThat(pdfText).contains("발표자 노트").contains("이 문장은 발표자만 봅니다.");
    assertThat(html).contains("class=\"speaker-notes\"");
  }

  @Test
  void titleAndDividerSlidesTakeFrontMatterAndTalkNotes() {
    assertThat(notes.get(0)).contains("인사하고 행사 소개하기");
    int divider = slideWith("슬라이드에 보이는 문장입니다.") - 1; // the talk opens with its divider
    assertThat(slides.get(divider)).contains("펜스 블록 이야기");
    assertThat(notes.get(divider)).contains("연사 경력을 소개하기");
    // ::: notes right under the event's title: the agenda's
    assertThat(notes.get(slideWith("발표 순서"))).contains("발표 순서를 짧게 훑기");
    assertThat(allSlides()).doesNotContain("발표 순서를 짧게 훑기");
    assertThat(allSlides()).doesNotContain("연사 경력을 소개하기");
  }

  @Test
  void columnsAreSideBySideShapesAndSideBySideInTheHandout() {
    int slide = slideWith("왼쪽 장점");
    XSLFTextShape left = bodies.get(slide).stream().filter(s -> s.getText().contains("왼쪽 장점")).findFirst().orElseThrow();
    XSLFTextShape right = bodies.get(slide).stream().filter(s -> s.getText().contains("오른쪽 단점")).findFirst().orElseThrow();
    assertThat(left).isNotSameAs(right);
    assertThat(layouts.get(slide)).isEqualTo("Two Content");
    assertThat(left.getAnchor().getMaxX()).isLessThanOrEqualTo(right.getAnchor().getMinX());
    assertThat(left.getAnchor().getMinY()).isEqualTo(right.getAnchor().getMinY());
    // one line of the handout holds both columns
    assertThat(pdfText.lines().filter(l -> l.contains("왼쪽 장점") && l.contains("오른쪽 단점"))).hasSize(1);
    assertThat(html).contains("<div class=\"columns columns-2\"><div class=\"column\">");
  }

  @Test
  void keepOutsLeaveTheOtherOutput() {
    assertThat(allSlides()).contains("덱 전용 절의 문장").contains("슬라이드 전용 한 줄")
        .doesNotContain("유인물 전용 절의 문장").doesNotContain("인쇄물 전용 한 줄")
        .doesNotContain("어디에도 없는 문장");
    assertThat(String.join("\n", notes)).doesNotContain("유인물 전용").doesNotContain("인쇄물 전용");
    assertThat(pdfText).contains("유인물 전용 절의 문장").contains("인쇄물 전용 한 줄")
        .doesNotContain("덱 전용 절의 문장").doesNotContain("슬라이드 전용 한 줄")
        .doesNotContain("어디에도 없는 문장");
    assertThat(html).doesNotContain("덱 전용").doesNotContain("어디에도 없는 문장");
  }

  @Test
  void unknownDivsShowTheirContentNeverColons() {
    assertThat(allSlides()).contains("알 수 없는 상자 안의 글").doesNotContain(":::");
    assertThat(pdfText).contains("알 수 없는 상자 안의 글").doesNotContain(":::");
    assertThat(html).doesNotContain(":::");
  }

  @Test
  void thematicBreakStartsANewSlideAndIsARuleInTheHandout() {
    assertThat(slideWith("둘째 장 글")).isGreaterThan(slideWith("첫 장 글"));
    assertThat(html).containsPattern("첫 장 글</p><hr/><p>둘째 장 글");
  }

  @Test
  void koreanNotesGetKoreanLabelsAndLanguage() {
    assertThat(pdfText).contains("목차");
    assertThat(pdfLanguage).isEqualTo("ko");
    assertThat(pdfSubject).contains("발표 노트");
    assertThat(html).contains("lang=\"ko\"");
    assertThat(allSlides()).contains("발표 순서").contains("감사합니다");
  }
}
