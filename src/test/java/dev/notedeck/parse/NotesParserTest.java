package dev.notedeck.parse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.notedeck.diagnostics.Diagnostics;
import dev.notedeck.model.Block;
import dev.notedeck.model.Event;
import dev.notedeck.model.InfoEntry;
import dev.notedeck.model.Part;
import dev.notedeck.model.RichText;
import dev.notedeck.model.Section;
import dev.notedeck.model.Span;
import dev.notedeck.model.Span.Style;
import dev.notedeck.model.Talk;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Structure of an event: title, info, intro, parts and sections. */
class NotesParserTest {

  private final NotesParser parser = new NotesParser();

  private Event parse(String md) {
    return parser.parse(md, Path.of("notes/devday-2024.md"));
  }

  @Test
  void eventLevelSectionsStayInSourceOrderAndTalksCountAlone() {
    Event e = parse("""
        ## 소개
        행사를 듣고 적은 메모입니다.

        ## 1. 첫 발표 - 김하늘 (A사)
        * 요점

        ## 참고 자료
        * 링크 모음

        ## 2. 둘째 발표
        내용

        ## 마무리
        끝.
        """);
    assertThat(e.parts()).extracting(Part::title)
        .containsExactly("소개", "첫 발표", "참고 자료", "둘째 발표", "마무리");
    assertThat(e.parts()).extracting(p -> p instanceof Talk)
        .containsExactly(false, true, false, true, false);
    assertThat(e.talks()).extracting(Talk::index).containsExactly(1, 2);
    Section intro = (Section) e.parts().get(0);
    assertThat(intro.level()).isEqualTo(2);
    assertThat(intro.line()).isEqualTo(1);
    assertThat(intro.blocks()).containsExactly(new Block.Paragraph(RichText.of("행사를 듣고 적은 메모입니다.")));
  }

  @Test
  void titleFallsBackToFrontMatterThenFileName() {
    Event fm = parse("""
        ---
        title: "데브데이 2024"
        date: 2024-05-01
        theme: dark
        author: 홍길동
        ---
        ## 소개
        메모
        """);
    assertThat(fm.title()).isEqualTo("데브데이 2024");
    assertThat(fm.meta().frontMatter()).containsExactly(
        java.util.Map.entry("title", "데브데이 2024"), java.util.Map.entry("date", "2024-05-01"),
        java.util.Map.entry("theme", "dark"), java.util.Map.entry("author", "홍길동"));
    assertThat(fm.parts()).singleElement().satisfies(p -> assertThat(p.line()).isEqualTo(7));

    assertThat(parse("## 소개\n메모\n").title()).isEqualTo("devday-2024");
    assertThat(parser.parse("## 발표\n", null).title()).isEqualTo("Notes");
    // a # heading wins over front matter
    assertThat(parse("---\ntitle: 다른 이름\n---\n# 진짜 제목\n").title()).isEqualTo("진짜 제목");
  }

  @Test
  void infoTableRowsAndIntro() {
    Event e = parse("""
        # 행사

        | 일시 | 2024.05.01 |
        |---|---|
        | 장소 | **코엑스** |
        | 주최 | GDG | Seoul |

        오늘의 행사 소개 문단.

        | 다른 | 표 |
        |---|---|
        | a | b |

        ## 발표
        """);
    // the header row holds data here, so it is an entry too
    assertThat(e.info()).extracting(InfoEntry::key, i -> i.value().plainText()).containsExactly(
        tuple("일시", "2024.05.01"), tuple("장소", "코엑스"), tuple("주최", "GDG"));
    assertThat(e.info().get(1).value().spans().get(0).has(Style.BOLD)).isTrue();
    assertThat(e.intro()).hasSize(2);
    assertThat(e.intro().get(0)).isEqualTo(new Block.Paragraph(RichText.of("오늘의 행사 소개 문단.")));
    assertThat(e.intro().get(1)).isInstanceOf(Block.Table.class);

    Event labelled = parse("# 행사\n\n정보 | 내용\n--- | ---\n일시 | 내일\n");
    assertThat(labelled.info()).extracting(InfoEntry::key).containsExactly("일시");
  }

  @Test
  void deeperHeadingsNestAndEarlyDeepHeadingsAreNotLost() {
    Event e = parse("""
        # 행사
        ## 발표 - 이용운
        인트로 문단
        #### 먼저 온 소제목
        깊은 내용
        ### 첫 섹션
        가
        #### 하위
        나
        ##### 더 하위
        다
        ### 둘째 섹션
        라
        """);
    Talk t = e.talks().get(0);
    assertThat(t.intro()).containsExactly(new Block.Paragraph(RichText.of("인트로 문단")));
    assertThat(t.sections()).extracting(Section::title, Section::level, Section::line).containsExactly(
        tuple("먼저 온 소제목", 4, 4), tuple("첫 섹션", 3, 6), tuple("둘째 섹션", 3, 12));
    assertThat(t.sections().get(0).blocks()).containsExactly(new Block.Paragraph(RichText.of("깊은 내용")));
    Section sub = t.sections().get(1).subsections().get(0);
    assertThat(sub.title()).isEqualTo("하위");
    assertThat(sub.subsections()).extracting(Section::title, Section::level).containsExactly(tuple("더 하위", 5));
    assertThat(sub.subsections().get(0).blocks()).containsExactly(new Block.Paragraph(RichText.of("다")));
  }

  @Test
  void bulletsDirectlyUnderATalkAndListsWithoutBlankLineBefore() {
    Event e = parse("""
        ## RxJava 구독 이야기
        * 구독이란 연결하는 것
        * 해제도 중요
        요약 문장
        * 바로 붙은 목록
        """);
    Talk t = e.talks().get(0);
    assertThat(t.sections()).isEmpty();
    assertThat(t.speakers()).isEmpty();
    assertThat(t.intro()).hasSize(1);
    Block.ListBlock list = (Block.ListBlock) t.intro().get(0);
    // CommonMark: the unindented line continues the last item (lazy continuation)
    assertThat(list.items()).extracting(i -> i.text().plainText())
        .containsExactly("구독이란 연결하는 것", "해제도 중요\n요약 문장", "바로 붙은 목록");

    Event after = parse("## 발표\n문단 하나\n* 문단 바로 뒤 목록\n");
    assertThat(after.talks().get(0).intro()).hasSize(2).last().isInstanceOf(Block.ListBlock.class);
  }

  @Test
  void notesWithoutAnyTwoLevelHeadingUseTheirShallowestLevel() {
    Event e = parse("# 행사\n### 발표 하나\n내용\n### 발표 둘\n내용\n");
    assertThat(e.talks()).extracting(Talk::title).containsExactly("발표 하나", "발표 둘");
  }

  @Test
  void emptyAndWhitespaceOnlyNotes() {
    Event empty = parse("");
    assertThat(empty.title()).isEqualTo("devday-2024");
    assertThat(empty.parts()).isEmpty();
    assertThat(empty.intro()).isEmpty();
    assertThat(parse("   \n\n\t\n").parts()).isEmpty();
  }

  @Test
  void findingsGoToDiagnosticsWithFileAndLine() {
    Diagnostics.Collecting d = new Diagnostics.Collecting();
    parser.parse("# 행사\n\n## 코틀린 - 더 나은 코드를 위한 여정\n", Path.of("a.md"), d);
    assertThat(d.warnings()).singleElement().asString()
        .startsWith("a.md:3: ").contains("could not recognise a speaker");
  }

  @Test
  void headingMarkupIsNotPartOfTitles() {
    Event e = parse("# **굵은** 행사\n## `코드` 발표 - 김하늘\n### *기울인* 섹션\n");
    assertThat(e.title()).isEqualTo("굵은 행사");
    assertThat(e.talks().get(0).title()).isEqualTo("코드 발표");
    assertThat(e.talks().get(0).sections().get(0).title()).isEqualTo("기울인 섹션");
  }

  @Test
  void spansCarryStylesAndLinks() {
    Event e = parse("## 발표\n**굵게** *기울임* `코드` ~~취소~~ [링크](https://a.example/x) https://b.example 끝\n");
    Block.Paragraph p = (Block.Paragraph) e.talks().get(0).intro().get(0);
    assertThat(p.text().plainText())
        .isEqualTo("굵게 기울임 코드 취소 링크 https://b.example 끝");
    List<Span> spans = p.text().spans();
    assertThat(spans).filteredOn(s -> s.has(Style.BOLD)).extracting(Span::text).containsExactly("굵게");
    assertThat(spans).filteredOn(s -> s.has(Style.ITALIC)).extracting(Span::text).containsExactly("기울임");
    assertThat(spans).filteredOn(s -> s.has(Style.CODE)).extracting(Span::text).containsExactly("코드");
    assertThat(spans).filteredOn(s -> s.has(Style.STRIKE)).extracting(Span::text).containsExactly("취소");
    assertThat(spans).filteredOn(s -> s.href() != null).extracting(Span::text, Span::href).containsExactly(
        tuple("링크", "https://a.example/x"), tuple("https://b.example", "https://b.example"));
  }

  @Test
  void setextAndAtxHeadingsBothWork() {
    Event e = parse("""
        데브데이
        ===

        첫 발표 - 김하늘
        ---
        문단 한 줄
        ## 둘째 발표 ##
        본문

        ---

        끝 문단
        """);
    assertThat(e.title()).isEqualTo("데브데이");
    assertThat(e.talks()).extracting(Talk::title, Talk::line)
        .containsExactly(tuple("첫 발표", 4), tuple("둘째 발표", 7));
    assertThat(e.talks().get(0).intro()).containsExactly(new Block.Paragraph(RichText.of("문단 한 줄")));
    assertThat(e.talks().get(1).intro()).containsExactly(new Block.Paragraph(RichText.of("본문")),
        new Block.Rule(), new Block.Paragraph(RichText.of("끝 문단")));
  }

  @Test
  void longTablesKeepEveryRow() {
    StringBuilder md = new StringBuilder("## 발표\n| 번호 | 값 |\n|---|---|\n");
    for (int i = 1; i <= 5000; i++) {
      md.append("| ").append(i).append(" | 값").append(i).append(" |\n");
    }
    Block.Table t = (Block.Table) NotesReader.parseOnly(md.toString(), Path.of("t.md")).event().talks().get(0).intro().get(0);
    assertThat(t.rows()).hasSize(5000);
    assertThat(t.rows().get(4999)).extracting(RichText::plainText).containsExactly("5000", "값5000");
  }

  @Test
  void aLaterTopHeadingGroupsTheTalksAfterIt() {
    // issue 13: a heading above the talks is their group, shown with them, not a part of its own
    Event e = parse("# 컨퍼런스\n## 첫날 발표 - 김하늘\n내용\n# 둘째 날\n## 둘째 날 발표 - 박서준\n내용\n");
    assertThat(e.title()).isEqualTo("컨퍼런스");
    assertThat(e.parts()).extracting(Part::title).containsExactly("첫날 발표", "둘째 날 발표");
    assertThat(e.talks()).extracting(Talk::index, Talk::group).containsExactly(tuple(1, null), tuple(2, "둘째 날"));
    // with notes of its own it stays an event section too, so nothing is lost
    Event withNotes = parse("# 컨퍼런스\n## 첫 발표 - 김하늘\n내용\n# 둘째 날\n안내 문구\n## 둘째 발표 - 박서준\n내용\n");
    assertThat(withNotes.parts().get(1)).isInstanceOfSatisfying(Section.class, s -> assertThat(s.level()).isEqualTo(1));
  }
}
