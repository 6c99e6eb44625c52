package dev.notedeck.model;

import java.util.List;
import java.util.function.Consumer;
import java.util.function.Predicate;

/**
 * Walks blocks and the blocks they hold (list items' children, quotes, speaker notes, columns,
 * keep-outs, containers, callouts): the one place that knows which blocks nest others, for every reader
 * of the model that needs all of its text or all of its images.
 */
public final class BlockTree {

  private BlockTree() {}

  /** Every block of {@code blocks} and, depth first, every block nested in it; a block before its content. */
  public static void forEach(List<Block> blocks, Consumer<Block> visitor) {
    for (Block block : blocks) {
      visitor.accept(block);
      children(block).forEach(inner -> forEach(inner, visitor));
    }
  }

  /** Whether any block of {@code blocks}, or nested in one, matches {@code test}. */
  public static boolean anyMatch(List<Block> blocks, Predicate<Block> test) {
    for (Block block : blocks) {
      if (test.test(block) || children(block).stream().anyMatch(inner -> anyMatch(inner, test))) {
        return true;
      }
    }
    return false;
  }

  /** The lists of blocks directly inside {@code block}, in reading order; none for leaf blocks. */
  public static List<List<Block>> children(Block block) {
    if (block instanceof Block.ListBlock l) {
      return l.items().stream().map(ListItem::children).toList();
    } else if (block instanceof Block.Quote q) {
      return List.of(q.blocks());
    } else if (block instanceof Block.Notes n) {
      return List.of(n.blocks());
    } else if (block instanceof Block.Columns c) {
      return c.columns();
    } else if (block instanceof Block.Only o) {
      return List.of(o.blocks());
    } else if (block instanceof Block.Container c) {
      return List.of(c.blocks());
    } else if (block instanceof Block.Callout c) {
      return List.of(c.blocks());
    }
    return List.of();
  }

  /**
   * The inline text {@code block} holds itself, not that of blocks nested in it: a paragraph's,
   * a heading's, each list item's, each table cell (header first). Code is no inline text.
   */
  public static void texts(Block block, Consumer<RichText> visitor) {
    if (block instanceof Block.Paragraph p) {
      visitor.accept(p.text());
    } else if (block instanceof Block.Heading h) {
      visitor.accept(h.text());
    } else if (block instanceof Block.ListBlock l) {
      l.items().forEach(item -> visitor.accept(item.text()));
    } else if (block instanceof Block.Table t) {
      t.header().forEach(visitor);
      t.rows().forEach(row -> row.forEach(visitor));
    }
  }
}
