package dev.notedeck.render.pdf;

import dev.notedeck.model.Block;
import dev.notedeck.model.Event;
import dev.notedeck.model.InfoEntry;
import dev.notedeck.model.ListItem;
import dev.notedeck.model.Metadata;
import dev.notedeck.model.Part;
import dev.notedeck.model.RichText;
import dev.notedeck.model.Section;
import dev.notedeck.model.Span;
import dev.notedeck.model.Speaker;
import dev.notedeck.model.Talk;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Events built by hand from the model records, covering every block type. */
final class SampleEvents {
  private SampleEvents() {}

  static RichText text(String s) {
    return RichText.of(s);
  }

  static Block.Paragraph para(String s) {
    return new Block.Paragraph(text(s));
  }

  static ListItem item(String s, Block... children) {
    return new ListItem(text(s), List.of(children));
  }

  static Block.ListBlock bullets(ListItem... items) {
    return new Block.ListBlock(false, 1, List.of(items));
  }

  static Section section(String title, int level, List<Block> blocks, Section... subs) {
    return new Section(title, level, blocks, List.of(subs), 0);
  }

  /** A URL far longer than a line: it must wrap inside the column. */
  static final String LONG_URL = "https://console.cloud.google.com/bigquery?project=notedeck-sample"
      + "&p=bigquery-public-data&d=google_analytics_sample&t=ga_sessions_20170801&page=table"
      + "&ws=!1m10!1m4!4m3!1sbigquery-public-data!2sgoogle_analytics_sample!3sga_sessions_20170801";

  /** Three talks framed by an intro and a closing section, using every kind of block. */
  static Event everyBlock(String imageSrc, String missingImageSrc) {
    RichText linked = new RichText(List.of(
        Span.plain("발표 자료는 "),
        new Span("Slide(slideshare)", Set.of(), "https://www.slideshare.net/mobile/x/data-engineering-142510599"),
        Span.plain(" 에서 볼 수 있고 "),
        new Span("https://festa.io/events/256", Set.of(), "https://festa.io/events/256"),
        Span.plain(" 도 참고.")));
    RichText styled = new RichText(List.of(
        new Span("굵게", Set.of(Span.Style.BOLD), null), Span.plain(", "),
        new Span("기울임", Set.of(Span.Style.ITALIC), null), Span.plain(", "),
        new Span("select 1", Set.of(Span.Style.CODE), null), Span.plain(", "),
        new Span("취소선", Set.of(Span.Style.STRIKE), null), Span.plain(" 그리고 <태그> & \"따옴표\"")));
    Block.ListBlock nested = bullets(
        item("첫째 수준", bullets(item("둘째 수준", bullets(item("셋째 수준",
            bullets(item("넷째 수준 항목입니다"))))))),
        new ListItem(text("완료한 일"), List.of(), true),
        new ListItem(text("남은 일"), List.of(), false));
    Block.Table table = new Block.Table(
        List.of(text("모델"), text("용도"), text("비용")),
        List.of(List.of(text("linear_reg"), text("수치 예측"), text("$")),
            List.of(text("logistic_reg"), text("분류"), text("$$"))),
        List.of(Block.Align.LEFT, Block.Align.DEFAULT, Block.Align.RIGHT));

    Talk talk1 = new Talk(1, "1", "machine learning on gcp", "스타트업의 머신러닝 준비기",
        List.of(new Speaker("백재연", "스푼라디오")),
        List.of(para("스타트업의 ML 세팅경험 공유")),
        List.of(
            section("당면한 과제", 3, List.of(bullets(item("speech recognition 음성 인식"),
                item("speech synthesis 음성 합성"), item("noise suppression 노이즈 제거")))),
            section("GCP에서 ML찾기", 3, List.of(
                para("많은 구글 서비스. 무엇을 쓸까?\n정말 다양한데.. 문제가 많다.\n클라우드보다 내 옆에서 쓸 수 있는 워크스테이션이 짱!"),
                new Block.Paragraph(styled), nested)),
            section("자료", 3, List.of(new Block.Paragraph(linked), para(LONG_URL), new Block.Rule(),
                new Block.Quote(List.of(para("데이터 넣으면 다 된다는 그것")))))),
        10);
    Talk talk2 = new Talk(2, "2", "좌충우돌 Data Engineering 학습기", null,
        List.of(new Speaker("이동민", "TmaxSoft 연구소")), List.of(),
        List.of(section("뭘 먼저 할까? 데이터 2종세트", 3, List.of(para("둘 중 하나를 고르자.")),
            section("Data Science - 님 수학 잘함?", 4, List.of(para("수학이 필요하다."))),
            section("Data Engineering - 이걸로!", 4, List.of(table,
                new Block.Image(imageSrc, "아키텍처 그림", "", 0),
                new Block.Image(missingImageSrc, "없는 그림", "", 42))))),
        118);
    String sql = """
        CREATE OR REPLACE MODEL `bqml_tutorial.sample_model`
        OPTIONS(model_type='logistic_reg') AS
        SELECT
          IF(totals.transactions IS NULL, 0, 1) AS label, -- 구매 여부
          IFNULL(device.operatingSystem, "") AS os
        FROM `bigquery-public-data.google_analytics_sample.ga_sessions_*`
        WHERE _TABLE_SUFFIX BETWEEN '20160801' AND '20170630'
        """;
    String javaCode = """
        public final class Hello {
          /* 인사 */
          public static void main(String[] args) {
            System.out.println("안녕하세요 " + 42); // 출력
          }
        }
        """;
    String yaml = """
        # 설정
        name: notedeck
        fonts: [NanumGothic]
        size: 10.5
        enabled: true
        """;
    Talk talk3 = new Talk(3, null, "BQ ML Castle", null, List.of(new Speaker("이용운", null)),
        List.of(), List.of(section("Big Query Syntax", 3, List.of(
            new Block.Code("sql", sql), new Block.Code("java", javaCode), new Block.Code("yaml", yaml),
            new Block.Code("", "plain text\n  indented\n\tafter a tab"), new Block.Code("python", longPython(70))))),
        420);
    Section intro = section("소개", 2, List.of(para("행사 소개 글입니다.")));
    Section closing = section("마무리", 2, List.of(para("다음에 또 만나요.")));
    List<Part> parts = List.of(intro, talk1, talk2, talk3, closing);
    return new Event("Google Cloud Next Extended Seoul 2019",
        new Metadata(java.nio.file.Path.of("notes.md"), Map.of()),
        List.of(new InfoEntry("일시", text("2019.04.27.(토) 11:00 ~ 18:00")),
            new InfoEntry("장소", text("양재at센터")),
            new InfoEntry("신청", new RichText(List.of(new Span("https://festa.io/events/256",
                Set.of(), "https://festa.io/events/256"))))),
        List.of(para("구글 클라우드 행사 정리 노트")), parts);
  }

  static final String TABLE_HEADER = "측정 항목 이름";

  /** A table long enough to span pages; its header must repeat on each. */
  static Block.Table longTable(int rows) {
    List<List<RichText>> body = new ArrayList<>();
    for (int r = 1; r <= rows; r++) {
      body.add(List.of(text("행 " + r), text("값 " + r * 7), text("비고 " + r)));
    }
    return new Block.Table(List.of(text(TABLE_HEADER), text("값"), text("비고")), body,
        List.of(Block.Align.LEFT, Block.Align.RIGHT, Block.Align.DEFAULT));
  }

  /** A code block longer than a page: it must continue cleanly on the next. */
  static String longPython(int lines) {
    StringBuilder sb = new StringBuilder("def train(rows):\n    \"\"\"모델 학습\"\"\"\n");
    for (int i = 1; i <= lines; i++) {
      sb.append("    step_").append(i).append(" = rows[").append(i).append("] * 2  # 단계 ")
          .append(i).append('\n');
    }
    return sb.append("    return True\n").toString();
  }

  /** {@code count} generated talks of varying length, for pagination checks on long inputs. */
  static Event manyTalks(int count) {
    List<Part> parts = new ArrayList<>();
    for (int i = 1; i <= count; i++) {
      List<Section> sections = new ArrayList<>();
      int sectionCount = 1 + i % 4;
      for (int s = 1; s <= sectionCount; s++) {
        List<Block> blocks = new ArrayList<>();
        int paragraphs = 1 + (i * 7 + s * 3) % 9;
        for (int p = 0; p < paragraphs; p++) {
          blocks.add(para("발표 " + i + "의 " + s + "번째 절, 문단 " + (p + 1)
              + ": 클라우드 데이터 파이프라인을 설계하면서 배운 점을 정리했습니다. "
              + "머신러닝 모델을 서비스에 올리는 과정은 생각보다 길고 복잡했습니다."));
        }
        if (i == 30 && s == 1) {
          blocks.add(longTable(70));
        }
        if ((i + s) % 5 == 0) {
          blocks.add(bullets(item("항목 하나"), item("항목 둘", bullets(item("하위 항목")))));
        }
        sections.add(section("절 " + i + "." + s + " 제목", 3, blocks));
      }
      parts.add(new Talk(i, String.valueOf(i), "생성된 발표 " + i + " 제목", null,
          List.of(new Speaker("발표자" + i, "회사" + (i % 7))), List.of(), sections, 0));
    }
    return new Event("예순 개 발표 모음", Metadata.empty(), List.of(
        new InfoEntry("일시", text("2026.11.27."))), List.of(), parts);
  }
}
