package dev.notedeck.render.deck;

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
import java.util.Set;

/** Events built by hand from the model records, for planner and writer tests. */
public final class TestEvents {

  private TestEvents() {}

  public static RichText text(String s) {
    return RichText.of(s);
  }

  public static Block.Paragraph p(String s) {
    return new Block.Paragraph(text(s));
  }

  public static ListItem item(String s, Block... children) {
    return new ListItem(text(s), List.of(children));
  }

  public static Block.ListBlock ul(ListItem... items) {
    return new Block.ListBlock(false, 1, List.of(items));
  }

  public static Block.Quote quote(String s) {
    return new Block.Quote(List.of(p(s)));
  }

  public static Section section(String title, Block... blocks) {
    return new Section(title, 3, List.of(blocks), List.of(), 0);
  }

  public static Section section(String title, List<Block> blocks, List<Section> subs) {
    return new Section(title, 3, blocks, subs, 0);
  }

  public static Section sub(String title, Block... blocks) {
    return new Section(title, 4, List.of(blocks), List.of(), 0);
  }

  public static Talk talk(int index, String title, String subtitle, List<Speaker> speakers, List<Block> intro,
      Section... sections) {
    return new Talk(index, String.valueOf(index), title, subtitle, speakers, intro, List.of(sections), 0);
  }

  public static Event event(String title, List<Part> parts) {
    return new Event(title, Metadata.empty(),
        List.of(new InfoEntry("일시", text("2019.04.27.(토) 11:00 ~ 18:00")),
            new InfoEntry("장소", text("양재at센터")),
            new InfoEntry("신청", new RichText(List.of(new Span("https://festa.io/events/256", Set.of(),
                "https://festa.io/events/256"))))),
        List.of(), parts);
  }

  /** The hard cases of issue 8: a 40-item list, 120 lines of code, 30 rows, ten subsections, 300 characters. */
  public static Event stress() {
    List<ListItem> forty = new ArrayList<>();
    for (int i = 1; i <= 40; i++) {
      if (i % 7 == 0) {
        forty.add(item("항목 " + i + ": 하위 항목이 있는 긴 목록의 한 줄",
            ul(item("하위 " + i + ".a 설명"), item("하위 " + i + ".b 설명"))));
      } else {
        forty.add(item("항목 " + i + ": 목록이 길어도 모든 줄이 슬라이드에 남아야 합니다"));
      }
    }
    StringBuilder code = new StringBuilder();
    for (int i = 1; i <= 120; i++) {
      code.append("SELECT col_").append(i).append(", COUNT(*) AS n FROM dataset.table_").append(i)
          .append(" GROUP BY col_").append(i).append("; -- 줄 ").append(i).append('\n');
    }
    List<List<RichText>> rows = new ArrayList<>();
    for (int r = 1; r <= 30; r++) {
      rows.add(List.of(text("행 " + r), text("서비스 " + r + " 설명 텍스트"), text(String.valueOf(r * 37))));
    }
    Block.Table table = new Block.Table(List.of(text("이름"), text("설명"), text("값")), rows,
        List.of(Block.Align.LEFT, Block.Align.DEFAULT, Block.Align.RIGHT));
    List<Section> ten = new ArrayList<>();
    for (int i = 1; i <= 10; i++) {
      ten.add(sub("소주제 " + i, p("소주제 " + i + "의 내용입니다.\n두 번째 줄도 있습니다."),
          ul(item("요점 " + i + "-1"), item("요점 " + i + "-2"))));
    }
    String longBullet = ("아주 긴 글머리표 하나가 여러 줄로 넘어가도 잘리지 않아야 합니다. "
        + "Long bullets wrap across lines and must never be cut. ").repeat(4);
    longBullet = longBullet.substring(0, 300);
    Talk t = talk(1, "스트레스 테스트 발표", "긴 내용 모음", List.of(new Speaker("홍길동", "테스트 회사")), List.of(),
        section("마흔 개 목록", ul(forty.toArray(ListItem[]::new))),
        section("긴 코드", new Block.Code("sql", code.toString())),
        section("서른 줄 표", table),
        section("열 개의 소주제", List.of(p("소주제 모음 소개")), ten),
        section("긴 글머리표", ul(item(longBullet), item("짧은 항목"),
            new ListItem(new RichText(List.of(Span.plain("링크: "),
                new Span("발표 자료", Set.of(Span.Style.BOLD), "https://example.org/slides"))), List.of()))),
        section("결론", quote("측정해서 나누면 아무것도 잃지 않는다")));
    return event("스트레스 테스트 행사", List.of(t));
  }
}
