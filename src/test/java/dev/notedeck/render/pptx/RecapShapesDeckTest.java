package dev.notedeck.render.pptx;

import static org.assertj.core.api.Assertions.assertThat;

import dev.notedeck.diagnostics.Diagnostics;
import dev.notedeck.model.Event;
import dev.notedeck.parse.NotesParser;
import dev.notedeck.render.code.CodeHighlighter.Kind;
import dev.notedeck.render.code.TokenStyle;
import dev.notedeck.render.deck.SlideSpec;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.xslf.usermodel.XSLFShape;
import org.apache.poi.xslf.usermodel.XSLFSlide;
import org.apache.poi.xslf.usermodel.XSLFTable;
import org.apache.poi.xslf.usermodel.XSLFTableCell;
import org.apache.poi.xslf.usermodel.XSLFTableRow;
import org.apache.poi.xslf.usermodel.XSLFTextParagraph;
import org.apache.poi.xslf.usermodel.XSLFTextRun;
import org.apache.poi.xslf.usermodel.XSLFTextShape;
import org.junit.jupiter.api.Test;

/**
 * A talk with every content shape of the recap (code, a table, Q/A, a quote, three columns, a big
 * number, a picture that cannot be shown), written and read back with POI.
 */
class RecapShapesDeckTest extends DeckContract {

  static final String NOTES = """
      # 데이터 밋업 2024

      ## 1. 로그 파이프라인 다시 만들기 - 이서연 ( 데이터팀 )

      ### 배경

      - 하루 로그가 계속 늘어났다
      - 배치가 밤새 끝나지 않았다

      ### 집계 쿼리

      ```sql
      SELECT day, COUNT(*) AS events -- 하루 단위
      FROM logs
      WHERE status = 'ok'
      GROUP BY day
      ```

      ### 전후 비교

      | 항목 | 이전 | 이후 |
      |---|---|---|
      | 배치 시간 | 6시간 | 40분 |
      | 비용 | 월 300만 원 | 월 90만 원 |

      ### 성과

      - 38% → 61% 대시보드 사용률

      ### 인용

      > 측정하지 않으면 개선할 수 없다. 그래서 우리는 먼저 무엇을 잴지부터 정했고, 그 다음에야 파이프라인을 고치기 시작했다. 숫자가 있으니 설득도 쉬웠다.

      ### 선택지

      :::: columns
      ::: column
      - 직접 구축
      :::
      ::: column
      - 관리형 서비스
      :::
      ::: column
      - 혼합
      :::
      ::::

      ### 구조도

      ![전체 구조](missing-diagram.png)

      ### 질의응답

      - Q: 마이그레이션은 얼마나 걸렸나요?
        - 석 달 걸렸습니다
      - Q: 팀은 몇 명이었나요?
        - A: 두 명이었습니다
      """;

  @Override
  protected Event event() {
    return new NotesParser().parse(NOTES, Path.of("recap-shapes.md"), Diagnostics.silent());
  }

  @Override
  protected Path baseDir() {
    return Path.of(".").toAbsolutePath();
  }

  private XSLFSlide slideOf(Class<? extends SlideSpec> kind) {
    for (int i = 0; i < plan.slides().size(); i++) {
      if (kind.isInstance(plan.slides().get(i))) {
        return show.getSlides().get(i);
      }
    }
    throw new AssertionError("no " + kind.getSimpleName());
  }

  private static List<XSLFTextRun> runs(XSLFSlide slide) {
    List<XSLFTextRun> out = new ArrayList<>();
    for (XSLFShape shape : slide.getShapes()) {
      if (shape instanceof XSLFTextShape t) {
        for (XSLFTextParagraph p : t.getTextParagraphs()) {
          out.addAll(p.getTextRuns());
        }
      }
    }
    return out;
  }

  private static java.awt.Color colour(XSLFTextRun run) {
    var paint = run.getFontColor();
    return ((org.apache.poi.sl.usermodel.PaintStyle.SolidPaint) paint).getSolidColor().getColor();
  }

  @Test
  void codeRunsCarryTheHandoutsTokenColours() {
    XSLFSlide code = slideOf(SlideSpec.CodeSlide.class);
    List<XSLFTextRun> runs = runs(code);
    XSLFTextRun select = runs.stream().filter(r -> r.getRawText().equals("SELECT")).findFirst().orElseThrow();
    assertThat(colour(select)).isEqualTo(TokenStyle.of(Kind.KEYWORD, theme.slideColors()).color().awt());
    assertThat(select.isBold()).isTrue();
    XSLFTextRun comment = runs.stream().filter(r -> r.getRawText().contains("하루 단위")).findFirst().orElseThrow();
    assertThat(colour(comment)).isEqualTo(TokenStyle.of(Kind.COMMENT, theme.slideColors()).color().awt());
    assertThat(comment.isItalic()).isTrue();
    XSLFTextRun string = runs.stream().filter(r -> r.getRawText().equals("'ok'")).findFirst().orElseThrow();
    assertThat(colour(string)).isEqualTo(TokenStyle.of(Kind.STRING, theme.slideColors()).color().awt());
    assertThat(WrittenDeck.slideText(code)).contains("SELECT day, COUNT(*) AS events -- 하루 단위")
        .contains("WHERE status = 'ok'");
  }

  @Test
  void theTableIsNativeAtTheBodySizeAcrossTheContentWidth() {
    XSLFSlide slide = slideOf(SlideSpec.TableSlide.class);
    XSLFTable table = slide.getShapes().stream().filter(XSLFTable.class::isInstance).map(XSLFTable.class::cast)
        .findFirst().orElseThrow();
    assertThat(table.getAnchor().getWidth()).isCloseTo(plan.frames().body().width(),
        org.assertj.core.data.Offset.offset(1.0));
    for (XSLFTableRow row : table.getRows()) {
      for (XSLFTableCell cell : row.getCells()) {
        for (XSLFTextParagraph p : cell.getTextParagraphs()) {
          for (XSLFTextRun r : p.getTextRuns()) {
            assertThat(r.getFontSize()).isEqualTo(theme.slides().bodySize());
          }
        }
      }
    }
  }

  @Test
  void threeColumnsSitOnTheComparisonLayout() {
    XSLFSlide slide = slideOf(SlideSpec.ColumnsSlide.class);
    assertThat(slide.getSlideLayout().getName()).isEqualTo("Comparison");
    String text = WrittenDeck.slideText(slide);
    assertThat(text).contains("직접 구축").contains("관리형 서비스").contains("혼합");
    assertThat(text).doesNotContain("Click to");
  }

  @Test
  void questionsAreSetApartFromTheirAnswers() {
    XSLFSlide slide = show.getSlides().stream().filter(s -> WrittenDeck.slideText(s).contains("마이그레이션은"))
        .findFirst().orElseThrow();
    XSLFTextRun question = runs(slide).stream().filter(r -> r.getRawText().startsWith("Q: 마이그레이션")).findFirst()
        .orElseThrow();
    XSLFTextRun answer = runs(slide).stream().filter(r -> r.getRawText().startsWith("석 달")).findFirst().orElseThrow();
    assertThat(question.isBold()).isTrue();
    assertThat(answer.isBold()).isFalse();
    assertThat(answer.getParagraph().getLeftMargin()).isGreaterThan(question.getParagraph().getLeftMargin());
  }

  @Test
  void theBigNumberIsLargeAndTheMissingPictureAWordedLine() {
    XSLFSlide big = show.getSlides().stream().filter(s -> WrittenDeck.slideText(s).contains("38% → 61%"))
        .findFirst().orElseThrow();
    XSLFTextRun number = runs(big).stream().filter(r -> r.getRawText().equals("38% → 61%")).findFirst().orElseThrow();
    assertThat(number.getFontSize()).isGreaterThan(theme.slides().bodySize() * 1.5);
    assertThat(plan.slides()).noneMatch(s -> s instanceof SlideSpec.ImageSlide);
    assertThat(show.getSlides().stream().map(WrittenDeck::slideText).filter(t -> t.contains("missing-diagram.png")))
        .hasSize(1);
    // the one warning (per render) names the picture
    assertThat(warnings.warnings()).isNotEmpty().allSatisfy(w -> assertThat(w).contains("missing-diagram.png"));
  }
}
