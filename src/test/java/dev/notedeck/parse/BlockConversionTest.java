package dev.notedeck.parse;

import static org.assertj.core.api.Assertions.assertThat;

import dev.notedeck.model.Block;
import dev.notedeck.model.ListItem;
import dev.notedeck.model.RichText;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Markdown blocks -> model blocks, each kind once. */
class BlockConversionTest {

  /** The blocks of a single talk's intro. */
  private static List<Block> blocks(String body) {
    return new NotesParser().parse("## 발표\n" + body, Path.of("t.md")).talks().get(0).intro();
  }

  private static String text(RichText t) {
    return t.plainText();
  }

  @Test
  void paragraphKeepsSingleLineBreaksAndHardBreaks() {
    assertThat(blocks("첫 줄\n둘째 줄\n셋째 줄  \n넷째 줄\\\n다섯째\n\n다음 문단\n")).containsExactly(
        new Block.Paragraph(RichText.of("첫 줄\n둘째 줄\n셋째 줄\n넷째 줄\n다섯째")),
        new Block.Paragraph(RichText.of("다음 문단")));
  }

  @Test
  void textComesBackExactly() {
    String line = "A & B < C > D \"q\" 'a' \\*별\\* &amp; 100% 1 * 2 — 끝.";
    Block.Paragraph p = (Block.Paragraph) blocks(line + "\n").get(0);
    assertThat(text(p.text())).isEqualTo("A & B < C > D \"q\" 'a' *별* & 100% 1 * 2 — 끝.");
  }

  @Test
  void nestedListsOrderedStartAndTasks() {
    Block.ListBlock list = (Block.ListBlock) blocks("""
        3. 셋
           - 가
             - 깊이
           - 나
        4. 넷

           둘째 문단
        """).get(0);
    assertThat(list.ordered()).isTrue();
    assertThat(list.start()).isEqualTo(3);
    assertThat(list.items()).extracting(i -> text(i.text())).containsExactly("셋", "넷");
    Block.ListBlock inner = (Block.ListBlock) list.items().get(0).children().get(0);
    assertThat(inner.ordered()).isFalse();
    assertThat(inner.items()).extracting(i -> text(i.text())).containsExactly("가", "나");
    Block.ListBlock deepest = (Block.ListBlock) inner.items().get(0).children().get(0);
    assertThat(text(deepest.items().get(0).text())).isEqualTo("깊이");
    assertThat(list.items().get(1).children()).containsExactly(new Block.Paragraph(RichText.of("둘째 문단")));

    Block.ListBlock tasks = (Block.ListBlock) blocks("- [ ] 할 일\n- [x] 한 일\n- 그냥\n").get(0);
    assertThat(tasks.items()).extracting(ListItem::task, i -> text(i.text()))
        .containsExactly(org.assertj.core.groups.Tuple.tuple(false, "할 일"),
            org.assertj.core.groups.Tuple.tuple(true, "한 일"),
            org.assertj.core.groups.Tuple.tuple(null, "그냥"));
  }

  @Test
  void codeFencedAndIndented() {
    List<Block> b = blocks("```kotlin {.numbered}\nfun main() {\n    println(\"hi\")\n}\n```\n\n    indented\n      more\n\n```\nplain\n```\n");
    assertThat(b).containsExactly(
        new Block.Code("kotlin", "fun main() {\n    println(\"hi\")\n}"),
        new Block.Code("", "indented\n  more"),
        new Block.Code("", "plain"));
  }

  @Test
  void quotesHoldBlocksAndHeadingsInside() {
    Block.Quote q = (Block.Quote) blocks("> ### 인용 제목\n> 인용 문단\n> 다음 줄\n>\n> - 목록\n").get(0);
    assertThat(q.blocks()).hasSize(3);
    assertThat(q.blocks().get(0)).isEqualTo(new Block.Heading(3, RichText.of("인용 제목")));
    assertThat(q.blocks().get(1)).isEqualTo(new Block.Paragraph(RichText.of("인용 문단\n다음 줄")));
    assertThat(q.blocks().get(2)).isInstanceOf(Block.ListBlock.class);

    Block.ListBlock l = (Block.ListBlock) blocks("- #### 목록 속 제목\n").get(0);
    assertThat(l.items().get(0).children()).containsExactly(new Block.Heading(4, RichText.of("목록 속 제목")));
  }

  @Test
  void tablesWithAlignmentsAndRaggedRows() {
    Block.Table t = (Block.Table) blocks("""
        | 이름 | 점수 | 비고 |
        |:---|---:|:---:|
        | 가 | 1 |
        | 나 | 2 | 좋음 | 넘침 |
        """).get(0);
    assertThat(t.header()).extracting(RichText::plainText).containsExactly("이름", "점수", "비고");
    assertThat(t.aligns()).containsExactly(Block.Align.LEFT, Block.Align.RIGHT, Block.Align.CENTER);
    assertThat(t.columns()).isEqualTo(3);
    assertThat(t.rows()).hasSize(2).allSatisfy(r -> assertThat(r).hasSize(3));
    assertThat(t.rows().get(0)).extracting(RichText::plainText).containsExactly("가", "1", "");
    assertThat(t.rows().get(1)).extracting(RichText::plainText).containsExactly("나", "2", "좋음");
  }

  @Test
  void imagesAloneBecomeImageBlocksElseAltText() {
    List<Block> b = blocks("""
        ![구성도](img/arch.png "전체 구성")

        설명 ![아이콘](i.png) 사이

        [![배지](badge.svg)](https://example.com)
        """);
    assertThat(b.get(0)).isEqualTo(new Block.Image("img/arch.png", "구성도", "전체 구성", 2));
    assertThat(b.get(1)).isEqualTo(new Block.Paragraph(RichText.of("설명 아이콘 사이")));
    // issue 13: an image among text is kept too, right after its paragraph
    assertThat(b.get(2)).isEqualTo(new Block.Image("i.png", "아이콘", "", 4));
    assertThat(b.get(3)).isEqualTo(new Block.Image("badge.svg", "배지", "", 6));

    List<Block> ref = blocks("![그림][g]\n\n[g]: pics/g.png\n");
    assertThat(ref).containsExactly(new Block.Image("pics/g.png", "그림", "", 2));
  }

  @Test
  void thematicBreakIsARule() {
    assertThat(blocks("위\n\n---\n\n아래\n")).containsExactly(
        new Block.Paragraph(RichText.of("위")), new Block.Rule(), new Block.Paragraph(RichText.of("아래")));
  }

  @Test
  void rawHtmlKeepsOnlyItsText() {
    List<Block> b = blocks("""
        <div class="note">
        <p>안녕 <b>세상</b> &amp; 친구</p>
        <script>alert('x')</script>
        <iframe src="https://evil.example">프레임 글</iframe>
        </div>

        문장 <span style="color:red">빨강</span> 그리고<br>다음 <script>steal()</script>끝
        """);
    assertThat(b).hasSize(3);
    assertThat(text(((Block.Paragraph) b.get(0)).text())).isEqualTo("안녕 세상 & 친구");
    // issue 13: an embedded frame becomes a link to what it shows (its text is still dropped)
    assertThat(((Block.Paragraph) b.get(1)).text().spans()).singleElement()
        .satisfies(s -> assertThat(s.href()).isEqualTo("https://evil.example"));
    assertThat(text(((Block.Paragraph) b.get(2)).text())).isEqualTo("문장 빨강 그리고\n다음 끝");
    assertThat(blocks("<!-- 주석 -->\n\n본문\n")).containsExactly(new Block.Paragraph(RichText.of("본문")));
  }

  @Test
  void linksByReferenceAndMailAddresses() {
    Block.Paragraph p = (Block.Paragraph) blocks("[문서][d] 와 <me@example.com> 와 [없는 참조]\n\n[d]: https://docs.example\n").get(0);
    assertThat(p.text().plainText()).isEqualTo("문서 와 me@example.com 와 [없는 참조]");
    assertThat(p.text().spans()).filteredOn(s -> s.href() != null)
        .extracting(s -> s.href()).containsExactly("https://docs.example", "mailto:me@example.com");
  }
}
