package dev.notedeck.parse;

import static org.assertj.core.api.Assertions.assertThat;

import dev.notedeck.diagnostics.Finding;
import dev.notedeck.model.Block;
import dev.notedeck.model.Event;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import org.junit.jupiter.api.Test;

/** Hostile nesting: no StackOverflowError, no hang, the text kept, a finding reported. */
class DeepNestingTest {

  private static ParseResult parse(String md) {
    return NotesReader.parseOnly(md, Path.of("deep.md"));
  }

  /** Deepest quote/list nesting in the model, walked without recursion. */
  private static int depth(Block root) {
    record At(Block b, int d) {}
    Deque<At> todo = new ArrayDeque<>();
    todo.push(new At(root, 1));
    int max = 0;
    while (!todo.isEmpty()) {
      At at = todo.pop();
      max = Math.max(max, at.d());
      if (at.b() instanceof Block.Quote q) {
        q.blocks().forEach(c -> todo.push(new At(c, at.d() + 1)));
      } else if (at.b() instanceof Block.Container c) {
        c.blocks().forEach(x -> todo.push(new At(x, at.d() + 1)));
      } else if (at.b() instanceof Block.Notes n) {
        n.blocks().forEach(x -> todo.push(new At(x, at.d() + 1)));
      } else if (at.b() instanceof Block.Columns c) {
        c.columns().forEach(col -> col.forEach(x -> todo.push(new At(x, at.d() + 1))));
      } else if (at.b() instanceof Block.ListBlock l) {
        l.items().forEach(i -> i.children().forEach(c -> todo.push(new At(c, at.d() + 1))));
      }
    }
    return max;
  }

  /** Fenced divs and columns thousands deep: a bounded model, the text kept, the line named. */
  @Test
  void fencedDivsAndColumnsThousandsDeep() {
    for (String open : new String[] {"::: {.box}\n", ":::: columns\n::: column\n", "::: notes\n"}) {
      String close = open.startsWith("::::") ? ":::\n::::\n" : ":::\n";
      String md = "# 행사\n\n## 발표 - 김하늘\n\n" + open.repeat(5000) + "맨 안쪽 글\n" + close.repeat(5000)
          + "\n밖의 글\n";
      ParseResult r = parse(md);
      Block all = new Block.Quote(r.event().talks().get(0).intro());
      assertThat(depth(all)).as(open).isLessThanOrEqualTo(NestingLimiter.MAX_DIVS + 2);
      assertThat(containsText(all, "맨 안쪽 글")).as(open).isTrue();
      assertThat(r.findings()).as(open).anySatisfy(f -> assertThat(f.message()).contains("fenced divs"));
    }
  }

  private static boolean containsText(Block root, String text) {
    Deque<Block> todo = new ArrayDeque<>();
    todo.push(root);
    while (!todo.isEmpty()) {
      Block b = todo.pop();
      if (b instanceof Block.Paragraph p && p.text().plainText().contains(text)) {
        return true;
      } else if (b instanceof Block.Quote q) {
        q.blocks().forEach(todo::push);
      } else if (b instanceof Block.Container c) {
        c.blocks().forEach(todo::push);
      } else if (b instanceof Block.Notes n) {
        n.blocks().forEach(todo::push);
      } else if (b instanceof Block.Columns c) {
        c.columns().forEach(col -> col.forEach(todo::push));
      } else if (b instanceof Block.ListBlock l) {
        for (var i : l.items()) {
          if (i.text().plainText().contains(text)) {
            return true;
          }
          i.children().forEach(todo::push);
        }
      }
    }
    return false;
  }

  @Test
  void quotesTenThousandDeep() {
    ParseResult r = parse("## 발표\n" + "> ".repeat(10_000) + "바닥의 글\n");
    Block top = r.event().talks().get(0).intro().get(0);
    assertThat(depth(top)).isLessThanOrEqualTo(BlockConverter.MAX_DEPTH + 2);
    assertThat(containsText(top, "바닥의 글")).isTrue();
    assertThat(r.findings()).isNotEmpty().allSatisfy(f -> assertThat(f.line()).isEqualTo(2));
  }

  @Test
  void listsTenThousandDeepOnOneLine() {
    ParseResult r = parse("## 발표\n" + "- ".repeat(10_000) + "바닥\n");
    Block top = r.event().talks().get(0).intro().get(0);
    assertThat(depth(top)).isLessThanOrEqualTo(BlockConverter.MAX_DEPTH + 2);
    assertThat(containsText(top, "바닥")).isTrue();
  }

  @Test
  void indentedListsSixHundredDeep() {
    StringBuilder sb = new StringBuilder("## 발표\n");
    for (int i = 0; i < 600; i++) {
      sb.append("  ".repeat(i)).append("- 단계 ").append(i).append('\n');
    }
    ParseResult r = parse(sb.toString());
    Block top = r.event().talks().get(0).intro().get(0);
    assertThat(depth(top)).isLessThanOrEqualTo(BlockConverter.MAX_DEPTH + 2);
    assertThat(containsText(top, "단계 0")).isTrue();
    assertThat(containsText(top, "단계 599")).isTrue();
    assertThat(r.findings()).extracting(Finding::message).anyMatch(m -> m.contains("nested deeper"));
    // lines indented beyond the limit are pulled back: the first is line 2 + 256 / 2
    assertThat(r.findings()).anySatisfy(f -> {
      assertThat(f.line()).isEqualTo(2 + NestingLimiter.MAX_INDENT / 2 + 1);
      assertThat(f.message()).contains("lines from here are nested absurdly deep");
    });
  }

  @Test
  void emphasisAndLinksTenThousandDeep() {
    Event e = parse("## 발표\n" + "*".repeat(10_000) + "글" + "*".repeat(10_000) + "\n\n"
        + "[".repeat(10_000) + "링크" + "](u)".repeat(10_000) + "\n").event();
    assertThat(e.talks().get(0).intro()).hasSize(2);
    assertThat(((Block.Paragraph) e.talks().get(0).intro().get(0)).text().plainText()).contains("글");
    assertThat(((Block.Paragraph) e.talks().get(0).intro().get(1)).text().plainText()).contains("링크");
  }
}
