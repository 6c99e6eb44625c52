package dev.notedeck.render.deck;

import dev.notedeck.model.Block;
import dev.notedeck.model.ListItem;
import dev.notedeck.model.RichText;
import dev.notedeck.model.Span;
import dev.notedeck.render.code.CodeHighlighter;
import dev.notedeck.render.code.TokenStyle;
import dev.notedeck.resource.ResourceLoader;
import java.util.ArrayList;
import java.util.List;

/** Model blocks -> slide paragraphs (one per source line), before any sizing. */
final class BlockParas {

  static final String[] BULLETS = {"•", "–", "◦"};

  private BlockParas() {}

  static void toParas(Block block, int level, List<Para> out) {
    if (block instanceof Block.Paragraph p) {
      for (List<Span> line : splitLines(p.text().spans())) {
        out.add(new Para(line, level, null, 0, Para.Role.BODY, 0, 0));
      }
    } else if (block instanceof Block.Heading h) {
      out.add(new Para(h.text().spans(), level, null, 0, Para.Role.HEADING, 0, 0));
    } else if (block instanceof Block.ListBlock l) {
      int n = l.start();
      for (ListItem item : l.items()) {
        List<Span> text = new ArrayList<>(item.text().spans());
        if (item.task() != null) {
          text.add(0, Span.plain(item.task() ? "[x] " : "[ ] "));
        }
        List<List<Span>> lines = splitLines(text);
        String bullet = l.ordered() ? null : BULLETS[Math.min(level, BULLETS.length - 1)];
        Para first = new Para(lines.get(0), level, bullet, l.ordered() ? n : 0, Para.Role.BODY, 0, 0);
        out.add(first);
        for (List<Span> more : lines.subList(1, lines.size())) {
          out.add(first.continuation(more));
        }
        n++;
        for (Block child : item.children()) {
          toParas(child, level + 1, out);
        }
      }
    } else if (block instanceof Block.Quote q) {
      List<Para> inner = new ArrayList<>();
      for (Block b : q.blocks()) {
        toParas(b, level, inner);
      }
      for (Para p : inner) {
        out.add(new Para(p.spans(), p.level(), p.bullet(), p.number(), Para.Role.QUOTE, 0, 0));
      }
    } else if (block instanceof Block.Code c) {
      // code inside a list or quote: its lines where it stands, coloured as on a code slide
      for (Para line : highlightedLines(c)) {
        out.add(new Para(line.spans(), level, null, 0, Para.Role.CODE, 0, 0, line.tokens()));
      }
    } else if (block instanceof Block.Table t) {
      if (!t.header().isEmpty()) {
        out.add(new Para(joinCells(t.header()), level, null, 0, Para.Role.HEADING, 0, 0));
      }
      for (List<RichText> row : t.rows()) {
        out.add(new Para(joinCells(row), level, null, 0, Para.Role.BODY, 0, 0));
      }
    } else if (block instanceof Block.Image i) {
      String src = ResourceLoader.shown(i.src());
      out.add(new Para(List.of(Span.plain("[" + (i.alt().isBlank() ? src : i.alt()) + "] " + src)),
          level, null, 0, Para.Role.MUTED, 0, 0));
    } else if (block instanceof Block.Columns c) {
      c.columns().forEach(col -> col.forEach(b -> toParas(b, level, out)));
    } else if (block instanceof Block.Only o) {
      o.blocks().forEach(b -> toParas(b, level, out));
    } else if (block instanceof Block.Container c) {
      c.blocks().forEach(b -> toParas(b, level, out));
    } else if (block instanceof Block.Callout c) {
      // labelled by its title, or (DeckPlanner's view fills it in) its kind's word: "팁"
      String label = c.title().isEmpty() ? c.kind() : c.title();
      out.add(new Para(List.of(new Span(label, java.util.Set.of(Span.Style.BOLD), null)), level, null, 0,
          Para.Role.HEADING, 0, 0));
      c.blocks().forEach(b -> toParas(b, level + 1, out)); // the text indented under its label
    }
    // Block.Notes: never on a slide; SectionSlides puts them in the speaker notes
  }

  private static List<Span> joinCells(List<RichText> cells) {
    List<Span> spans = new ArrayList<>();
    for (int i = 0; i < cells.size(); i++) {
      if (i > 0) {
        spans.add(Span.plain(" | "));
      }
      spans.addAll(cells.get(i).spans());
    }
    return spans;
  }

  /** Splits spans at line breaks, dropping leading/trailing blank space of each line. */
  static List<List<Span>> splitLines(List<Span> spans) {
    List<List<Span>> lines = new ArrayList<>();
    List<Span> current = new ArrayList<>();
    for (Span s : spans) {
      String[] parts = s.text().split("\n", -1);
      for (int i = 0; i < parts.length; i++) {
        if (i > 0) {
          lines.add(current);
          current = new ArrayList<>();
        }
        if (!parts[i].isEmpty()) {
          current.add(new Span(parts[i], s.styles(), s.href()));
        }
      }
    }
    lines.add(current);
    List<List<Span>> out = new ArrayList<>();
    for (List<Span> line : lines) {
      List<Span> trimmed = trim(line);
      if (!trimmed.isEmpty()) {
        out.add(trimmed);
      }
    }
    if (out.isEmpty()) {
      out.add(List.of());
    }
    return out;
  }

  static List<Span> trim(List<Span> line) {
    List<Span> out = new ArrayList<>(line);
    while (!out.isEmpty() && out.get(0).text().isBlank()) {
      out.remove(0);
    }
    while (!out.isEmpty() && out.get(out.size() - 1).text().isBlank()) {
      out.remove(out.size() - 1);
    }
    if (out.isEmpty()) {
      return out;
    }
    Span first = out.get(0);
    out.set(0, new Span(first.text().stripLeading(), first.styles(), first.href()));
    Span last = out.get(out.size() - 1);
    out.set(out.size() - 1, new Span(last.text().stripTrailing(), last.styles(), last.href()));
    return out;
  }

  private static String codeText(Block.Code c) {
    String code = c.code().replace("\t", "    ");
    while (code.endsWith("\n")) {
      code = code.substring(0, code.length() - 1);
    }
    return code;
  }

  /**
   * The code's lines (tabs as four spaces, trailing line ends dropped), each a span per token with its kind, coloured as
   * the handout colours them; keywords bold and comments italic, so the measurer sees the faces.
   */
  static List<Para> highlightedLines(Block.Code c) {
    List<Para> out = new ArrayList<>();
    List<Span> spans = new ArrayList<>();
    List<CodeHighlighter.Kind> kinds = new ArrayList<>();
    for (CodeHighlighter.Token t : HIGHLIGHTER.tokenize(c.language(), codeText(c))) {
      String[] parts = t.text().split("\n", -1);
      for (int i = 0; i < parts.length; i++) {
        if (i > 0) {
          out.add(Para.code(spans, kinds));
          spans = new ArrayList<>();
          kinds = new ArrayList<>();
        }
        if (!parts[i].isEmpty()) {
          spans.add(new Span(parts[i], faces(t.kind()), null));
          kinds.add(t.kind());
        }
      }
    }
    out.add(Para.code(spans, kinds));
    return out;
  }

  private static final CodeHighlighter HIGHLIGHTER = new CodeHighlighter();

  private static java.util.Set<Span.Style> faces(CodeHighlighter.Kind kind) {
    return TokenStyle.bold(kind) ? java.util.Set.of(Span.Style.BOLD)
        : TokenStyle.italic(kind) ? java.util.Set.of(Span.Style.ITALIC) : java.util.Set.of();
  }
}
