package dev.notedeck.render.deck;

import dev.notedeck.model.Block;
import dev.notedeck.model.ListItem;
import dev.notedeck.model.RichText;
import dev.notedeck.model.Span;
import dev.notedeck.resource.ResourceLoader;
import java.util.List;

/** The original text of blocks as plain, Markdown-like speaker notes (links keep their URLs). */
final class SpeakerNotesText {

  /**
   * Longest notes made from a slide's blocks: about a printed page. A list of thousands of items
   * continues over hundreds of slides, and each of them names the whole list as its source: the
   * notes of all of them together grew with the square of the list (a 5,000-item list filled a
   * 768 MB heap).
   */
  static final int MAX_CHARS = 4000;

  private SpeakerNotesText() {}

  static String of(List<Block> blocks) {
    StringBuilder sb = new StringBuilder();
    for (Block b : blocks) {
      if (sb.length() > MAX_CHARS) {
        break;
      }
      append(sb, b, "");
    }
    String text = sb.toString().strip();
    if (text.length() <= MAX_CHARS) {
      return text;
    }
    int cut = text.lastIndexOf('\n', MAX_CHARS);
    return text.substring(0, cut > 0 ? cut : MAX_CHARS) + "\n…";
  }

  static String of(Block block) {
    return of(List.of(block));
  }

  static String text(RichText text) {
    return text(text.spans());
  }

  /** Span text, with a link's address after it when the text does not already show it. */
  static String text(List<Span> spans) {
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < spans.size(); i++) {
      Span s = spans.get(i);
      sb.append(s.text());
      boolean lastOfLink = s.href() != null
          && (i + 1 == spans.size() || !s.href().equals(spans.get(i + 1).href()));
      if (lastOfLink && !shows(s.text(), s.href())) {
        sb.append(" <").append(s.href()).append('>');
      }
    }
    return sb.toString();
  }

  /** Whether the link text already shows its address ("a@b.kr" for mailto:a@b.kr too). */
  static boolean shows(String text, String href) {
    String address = href.regionMatches(true, 0, "mailto:", 0, 7) ? href.substring(7) : href;
    return text.contains(href) || text.contains(address);
  }

  private static void append(StringBuilder sb, Block block, String indent) {
    if (block instanceof Block.Paragraph p) {
      line(sb, indent, text(p.text()));
    } else if (block instanceof Block.Heading h) {
      line(sb, indent, "#".repeat(h.level()) + " " + text(h.text()));
    } else if (block instanceof Block.ListBlock l) {
      int n = l.start();
      for (ListItem item : l.items()) {
        String marker = l.ordered() ? (n++) + ". " : "- ";
        if (item.task() != null) {
          marker += item.task() ? "[x] " : "[ ] ";
        }
        line(sb, indent, marker + text(item.text()).replace("\n", "\n" + indent + "  "));
        for (Block child : item.children()) {
          append(sb, child, indent + "  ");
        }
      }
    } else if (block instanceof Block.Code c) {
      line(sb, indent, "```" + c.language());
      for (String l : c.code().split("\n", -1)) {
        line(sb, indent, l);
      }
      line(sb, indent, "```");
    } else if (block instanceof Block.Quote q) {
      StringBuilder inner = new StringBuilder();
      for (Block b : q.blocks()) {
        append(inner, b, "");
      }
      for (String l : inner.toString().strip().split("\n", -1)) {
        line(sb, indent, "> " + l);
      }
    } else if (block instanceof Block.Table t) {
      if (!t.header().isEmpty()) {
        line(sb, indent, row(t.header()));
      }
      for (List<RichText> r : t.rows()) {
        line(sb, indent, row(r));
      }
    } else if (block instanceof Block.Image i) {
      line(sb, indent, "![" + i.alt() + "](" + ResourceLoader.shown(i.src()) + ")");
    } else if (block instanceof Block.Rule) {
      line(sb, indent, "---");
    } else if (block instanceof Block.Notes n) {
      n.blocks().forEach(b -> append(sb, b, indent));
    } else if (block instanceof Block.Columns c) {
      c.columns().forEach(col -> col.forEach(b -> append(sb, b, indent)));
    } else if (block instanceof Block.Only o) {
      o.blocks().forEach(b -> append(sb, b, indent));
    } else if (block instanceof Block.Container c) {
      c.blocks().forEach(b -> append(sb, b, indent));
    } else if (block instanceof Block.Callout c) {
      line(sb, indent, c.title().isEmpty() ? c.kind() : c.title());
      c.blocks().forEach(b -> append(sb, b, indent));
    }
  }

  private static String row(List<RichText> cells) {
    StringBuilder sb = new StringBuilder("|");
    for (RichText c : cells) {
      sb.append(' ').append(text(c).replace("\n", " ")).append(" |");
    }
    return sb.toString();
  }

  private static void line(StringBuilder sb, String indent, String text) {
    sb.append(indent).append(text.replace("\n", "\n" + indent)).append('\n');
  }
}
