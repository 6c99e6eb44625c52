package dev.notedeck.parse;

import static org.assertj.core.api.Assertions.assertThat;

import dev.notedeck.diagnostics.Finding;
import dev.notedeck.model.Audience;
import dev.notedeck.model.AudienceView;
import dev.notedeck.model.Block;
import dev.notedeck.model.Event;
import dev.notedeck.model.Section;
import dev.notedeck.model.Talk;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Fenced divs, heading attributes and raw-HTML notes, read into the model. */
class AuthoringSyntaxParseTest {

  private static final Path FILE = Path.of("talk.md");

  private static ParseResult parse(String notes) {
    return new NotesReader().read(notes, FILE);
  }

  private static Section firstSection(ParseResult r) {
    return ((Talk) r.event().parts().get(0)).sections().get(0);
  }

  @Test
  void notesDivBecomesNotesAndIsNeverPlainText() {
    ParseResult r = parse("""
        # 행사
        ## 1. 발표 - 김하늘
        ### 본문
        슬라이드에 보이는 글
        ::: notes
        여기서 청중에게 질문하기
        :::
        다음 글
        """);
    List<Block> blocks = firstSection(r).blocks();
    assertThat(blocks).hasSize(3);
    assertThat(blocks.get(1)).isInstanceOfSatisfying(Block.Notes.class, n -> {
      assertThat(n.line()).isEqualTo(5);
      assertThat(((Block.Paragraph) n.blocks().get(0)).text().plainText()).isEqualTo("여기서 청중에게 질문하기");
    });
    assertThat(((Block.Paragraph) blocks.get(2)).text().plainText()).isEqualTo("다음 글");
    assertThat(r.findings()).isEmpty();
  }

  @Test
  void columnsNestAndCloseInnermostFirst() {
    ParseResult r = parse("""
        ## 1. 발표 - 김하늘
        ### 비교
        :::: columns
        ::: column
        * 왼쪽
        :::
        ::: column
        ```
        :::
        ```
        오른쪽
        :::
        ::::
        뒤
        """);
    List<Block> blocks = firstSection(r).blocks();
    assertThat(blocks.get(0)).isInstanceOfSatisfying(Block.Columns.class, c -> {
      assertThat(c.columns()).hasSize(2);
      assertThat(c.columns().get(0).get(0)).isInstanceOf(Block.ListBlock.class);
      assertThat(c.columns().get(1).get(0)).isEqualTo(new Block.Code("", ":::"));
      assertThat(((Block.Paragraph) c.columns().get(1).get(1)).text().plainText()).isEqualTo("오른쪽");
    });
    assertThat(((Block.Paragraph) blocks.get(1)).text().plainText()).isEqualTo("뒤");
    assertThat(r.findings()).isEmpty();
  }

  @Test
  void keepOutsFollowTheAudience() {
    ParseResult r = parse("""
        ## 1. 발표 - 김하늘
        ### 공통
        ::: {.deck-only}
        덱에만
        :::
        ::: handout-only
        유인물에만
        :::
        ### 덱 전용 {.deck-only}
        가
        ### 유인물 전용 {.handout-only}
        나
        ### 건너뛰기 {.skip}
        다
        ### 배치 {layout="Two Content" .big}
        라
        """);
    Talk talk = (Talk) r.event().parts().get(0);
    assertThat(talk.sections()).extracting(Section::title)
        .containsExactly("공통", "덱 전용", "유인물 전용", "건너뛰기", "배치");
    assertThat(talk.sections().get(4).attributes().values()).containsEntry("layout", "Two Content");
    assertThat(talk.sections().get(4).attributes().has("big")).isTrue();

    Talk deck = (Talk) AudienceView.of(r.event(), Audience.DECK).parts().get(0);
    assertThat(deck.sections()).extracting(Section::title).containsExactly("공통", "덱 전용", "배치");
    assertThat(deck.sections().get(0).blocks()).extracting(b -> ((Block.Paragraph) b).text().plainText())
        .containsExactly("덱에만");
    Talk handout = (Talk) AudienceView.of(r.event(), Audience.HANDOUT).parts().get(0);
    assertThat(handout.sections()).extracting(Section::title).containsExactly("공통", "유인물 전용", "배치");
    assertThat(handout.sections().get(0).blocks()).extracting(b -> ((Block.Paragraph) b).text().plainText())
        .containsExactly("유인물에만");
    assertThat(AudienceView.of(AudienceView.of(r.event(), Audience.DECK), Audience.DECK))
        .isEqualTo(AudienceView.of(r.event(), Audience.DECK));
  }

  @Test
  void unknownDivIsAPlainContainerWithAFinding() {
    ParseResult r = parse("""
        ## 1. 발표 - 김하늘
        ### 본문
        ::: {.sparkle}
        반짝이는 글
        :::
        ::: columns
        혼자
        """);
    List<Block> blocks = firstSection(r).blocks();
    assertThat(blocks.get(0)).isInstanceOf(Block.Container.class);
    Event handout = AudienceView.of(r.event(), Audience.HANDOUT);
    Section s = ((Talk) handout.parts().get(0)).sections().get(0);
    assertThat(s.blocks().get(0)).isEqualTo(new Block.Paragraph(dev.notedeck.model.RichText.of("반짝이는 글")));
    assertThat(r.findings()).extracting(Finding::line, f -> f.message().contains(".sparkle"))
        .contains(org.assertj.core.groups.Tuple.tuple(3, true));
    assertThat(r.findings()).anySatisfy(f -> {
      assertThat(f.line()).isEqualTo(6);
      assertThat(f.message()).contains("never closed");
    });
    assertThat(r.event().toString()).doesNotContain(":::");
  }

  @Test
  void rawHtmlNotesDivIsNotes() {
    ParseResult r = parse("""
        ## 1. 발표 - 김하늘
        ### 본문
        보이는 글

        <div class="notes">

        말로만 할 이야기

        </div>

        <div class="notes">한 줄 노트</div>
        """);
    List<Block> blocks = firstSection(r).blocks();
    assertThat(blocks).hasSize(3);
    assertThat(blocks.get(1)).isInstanceOfSatisfying(Block.Notes.class,
        n -> assertThat(n.blocks()).extracting(b -> ((Block.Paragraph) b).text().plainText())
            .containsExactly("말로만 할 이야기"));
    assertThat(blocks.get(2)).isInstanceOfSatisfying(Block.Notes.class,
        n -> assertThat(n.blocks()).extracting(b -> ((Block.Paragraph) b).text().plainText())
            .containsExactly("한 줄 노트"));
  }

  @Test
  void attributeLookalikesStayInTheTitle() {
    ParseResult r = parse("""
        ## 1. 발표 - 김하늘
        ### Kotlin {scope}
        가
        """);
    assertThat(firstSection(r).title()).isEqualTo("Kotlin {scope}");
    assertThat(firstSection(r).attributes().isEmpty()).isTrue();
  }
}
