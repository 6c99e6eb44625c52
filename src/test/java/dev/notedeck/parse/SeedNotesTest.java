package dev.notedeck.parse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.notedeck.model.Block;
import dev.notedeck.model.Event;
import dev.notedeck.model.InfoEntry;
import dev.notedeck.model.Section;
import dev.notedeck.model.Speaker;
import dev.notedeck.model.Talk;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The seed notes this project started from must come out exactly right. */
class SeedNotesTest {

  private static final Path SEED = Path.of("seeds/gcp-next-extended-seoul-2019.md");
  private static Event event;
  private static List<String> lines;

  @BeforeAll
  static void parseOnce() throws IOException {
    event = new NotesParser().parse(SEED);
    lines = Files.readAllLines(SEED);
  }

  @Test
  void titleAndInfoTable() {
    assertThat(event.title()).isEqualTo("Google Cloud Next Extended Seoul 2019");
    assertThat(event.info()).extracting(InfoEntry::key, e -> e.value().plainText()).containsExactly(
        tuple("일시", "2019.04.27.(토) 11:00 ~ 18:00"),
        tuple("장소", "양재at센터"),
        tuple("신청", "https://festa.io/events/256"));
    assertThat(event.infoValue("일시")).contains("2019.04.27.(토) 11:00 ~ 18:00");
    // the bare URL is a link
    assertThat(event.info().get(2).value().spans()).singleElement()
        .satisfies(s -> assertThat(s.href()).isEqualTo("https://festa.io/events/256"));
    assertThat(event.intro()).isEmpty();
    assertThat(event.meta().source()).isEqualTo(SEED);
  }

  @Test
  void everyTalkHeadingComesApart() {
    long talkHeadings = lines.stream().filter(l -> l.startsWith("## ")).count();
    assertThat(event.talks()).hasSize((int) talkHeadings).hasSize(6);
    assertThat(event.parts()).hasSize(6);
    assertThat(event.talks()).extracting(Talk::index, Talk::number, Talk::title, Talk::subtitle)
        .containsExactly(
            tuple(1, "1", "machine learning on gcp", "스타트업의 머신러닝 준비기"),
            tuple(2, "2", "좌충우돌 Data Engineering 학습기", null),
            tuple(3, "3", "효율적으로 ML model을 서비스화 해보자", null),
            tuple(4, "4", "Gsuite MDM 및 회사 전용 Play Store 구축", null),
            tuple(5, "5", "Google Next 다녀왔어요!!", null),
            tuple(6, null, "BQ ML Castle", null));
    assertThat(event.talks()).extracting(Talk::speakers).containsExactly(
        List.of(new Speaker("백재연", "스푼라디오")),
        List.of(new Speaker("이동민", "TmaxSoft 연구소")),
        List.of(new Speaker("오지연", "넷마블")),
        List.of(new Speaker("박원근", "메가존")),
        List.of(new Speaker("박정운", "닐슨 코리아")),
        List.of(new Speaker("이용운", null)));
    assertThat(event.talks().get(0).speakerLine()).isEqualTo("백재연 (스푼라디오)");
  }

  @Test
  void talkLinesPointAtTheirHeadings() {
    for (Talk t : event.talks()) {
      assertThat(lines.get(t.line() - 1)).startsWith("## ").contains(t.title());
    }
  }

  @Test
  void sectionsAndNestedSubsections() {
    Talk first = event.talks().get(0);
    assertThat(first.sections()).hasSize(20).allSatisfy(s -> assertThat(s.level()).isEqualTo(3));
    assertThat(first.sections().get(0).title()).isEqualTo("당면한 과제");
    // " ### 장점" has a leading space: still a heading for CommonMark
    assertThat(first.sections()).extracting(Section::title).contains("장점", "한계", "결론 : ML 공식");
    for (Talk t : event.talks()) {
      for (Section s : t.sections()) {
        assertThat(lines.get(s.line() - 1).strip()).startsWith("### ").endsWith(s.title());
      }
    }

    Talk second = event.talks().get(1);
    Section twoKinds = second.sections().get(1);
    assertThat(twoKinds.title()).isEqualTo("뭘 뭔저 할까? 데이터 2종세트");
    assertThat(twoKinds.subsections()).extracting(Section::title, Section::level)
        .containsExactly(tuple("Data Science - 님 수학 잘함?", 4), tuple("Data Engineering  - 이걸로!", 4));

    Talk fifth = event.talks().get(4);
    Section bigQuery = fifth.sections().stream().filter(s -> s.title().equals("BigQuery net things"))
        .findFirst().orElseThrow();
    assertThat(bigQuery.subsections()).hasSize(19).allSatisfy(s -> assertThat(s.level()).isEqualTo(4));
    assertThat(fifth.sections().get(fifth.sections().size() - 1).title()).isEqualTo("자세한 내용들은 여기서");

    int headingCount = (int) lines.stream().filter(l -> l.strip().startsWith("###")).count();
    assertThat(event.talks().stream().mapToInt(t -> countSections(t.sections())).sum())
        .isEqualTo(headingCount);
  }

  private static int countSections(List<Section> sections) {
    return sections.stream().mapToInt(s -> 1 + countSections(s.subsections())).sum();
  }

  @Test
  void talkIntroHoldsContentBeforeTheFirstSection() {
    Talk first = event.talks().get(0);
    assertThat(first.intro()).hasSize(6);
    assertThat(first.intro().get(0)).isEqualTo(new Block.Paragraph(
        dev.notedeck.model.RichText.of("스타트업의 ML 세팅경험 공유")));
    assertThat(first.intro().get(2)).isInstanceOfSatisfying(Block.ListBlock.class, l -> {
      assertThat(l.ordered()).isFalse();
      assertThat(l.items()).hasSize(3);
      assertThat(l.items().get(0).text().plainText()).isEqualTo("약을 빨지 않는 강의! 약 팔지 않고 이야기하겠음");
    });
  }

  @Test
  void lineBreaksInsideParagraphsAreKept() {
    Talk first = event.talks().get(0);
    Section sota = first.sections().stream().filter(s -> s.title().equals("구글님이 오셔서 SOTA 갈아치움"))
        .findFirst().orElseThrow();
    assertThat(sota.blocks().get(0)).isInstanceOfSatisfying(Block.Paragraph.class, p ->
        assertThat(p.text().plainText()).isEqualTo(lines.get(109) + "\n" + lines.get(110)));
  }

  @Test
  void codeBlocksKeepTheirLanguage() {
    Talk last = event.talks().get(5);
    Section syntax = last.sections().get(2);
    Section basics = syntax.subsections().get(0);
    assertThat(basics.title()).isEqualTo("기본문법");
    assertThat(basics.blocks()).singleElement().isInstanceOfSatisfying(Block.Code.class, c -> {
      assertThat(c.language()).isEqualTo("sql");
      assertThat(c.code()).startsWith("(create model |").endsWith("[as query_statement]").hasLineCount(4);
    });
  }

  @Test
  void quotesHoldOrderedListsWithInlineCode() {
    Section formula = event.talks().get(0).sections().get(19);
    assertThat(formula.title()).isEqualTo("결론 : ML 공식");
    Block.Quote quote = (Block.Quote) formula.blocks().get(0);
    Block.ListBlock list = (Block.ListBlock) quote.blocks().get(0);
    assertThat(list.ordered()).isTrue();
    assertThat(list.start()).isEqualTo(1);
    assertThat(list.items().get(0).text().plainText()).isEqualTo("Time is money Buy time with money");
    assertThat(list.items().get(0).text().spans().get(0).has(dev.notedeck.model.Span.Style.CODE)).isTrue();
  }

  @Test
  void noFindingsOnTheSeed() throws Exception {
    assertThat(NotesReader.parseOnly(Files.readString(SEED), SEED).findings()).isEmpty();
  }
}
