package dev.notedeck.render.pdf;

import dev.notedeck.render.code.CodeHighlighter;
import dev.notedeck.lang.Labels;
import dev.notedeck.model.Block;
import dev.notedeck.model.ListItem;
import dev.notedeck.model.RichText;
import dev.notedeck.model.Span;
import dev.notedeck.resource.ResourceLoader;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Writes the model's blocks and inline text as XHTML. Links whose text differs from their target
 * get a numbered note; {@link #flushLinkNotes} prints the targets at the end of the part, so a
 * printed handout still tells where each link goes.
 */
final class BlockWriter {
  private final XhtmlWriter x;
  private final ImageResolver images;
  private final CodeHighlighter highlighter = new CodeHighlighter();
  private final List<String> linkNotes = new ArrayList<>();
  private final Labels labels;
  private final boolean qrCodes;
  /**
   * QR codes one handout still prints. Each is hundreds of drawn modules: twenty thousand links
   * filled a 768 MB heap; past this many, link notes list the address alone.
   */
  private int qrCodesLeft = MAX_QR_CODES;
  static final int MAX_QR_CODES = 300;

  /** {@code qrCodes}: print a QR code beside each link note (theme key {@code links.qr}). */
  BlockWriter(XhtmlWriter x, ImageResolver images, Labels labels, boolean qrCodes) {
    this.x = x;
    this.images = images;
    this.labels = labels;
    this.qrCodes = qrCodes;
  }

  /** Heading level for Heading blocks: one below the enclosing section, at most 6. */
  void blocks(List<Block> blocks, int headingLevel) {
    for (Block b : blocks) {
      block(b, headingLevel);
    }
  }

  private void block(Block block, int headingLevel) {
    if (block instanceof Block.Paragraph p) {
      x.start("p");
      inline(p.text());
      x.end("p");
    } else if (block instanceof Block.Heading h) {
      String tag = "h" + Math.min(6, Math.max(2, headingLevel));
      x.start(tag, "class", "inline-heading");
      inline(h.text());
      x.end(tag);
    } else if (block instanceof Block.ListBlock l) {
      list(l, headingLevel);
    } else if (block instanceof Block.Code c) {
      code(c);
    } else if (block instanceof Block.Quote q) {
      x.start("blockquote");
      blocks(q.blocks(), headingLevel);
      x.end("blockquote");
    } else if (block instanceof Block.Table t) {
      table(t);
    } else if (block instanceof Block.Image i) {
      image(i);
    } else if (block instanceof Block.Rule) {
      x.empty("hr");
    } else if (block instanceof Block.Notes n) {
      // Marked as the speaker's, apart from the text; a theme hides them with handout.css.
      x.start("div", "class", "speaker-notes");
      x.element("div", labels.speakerNotes(), "class", "speaker-notes-label");
      blocks(n.blocks(), headingLevel);
      x.end("div");
    } else if (block instanceof Block.Columns c) {
      x.start("div", "class", "columns columns-" + c.columns().size());
      for (List<Block> column : c.columns()) {
        x.start("div", "class", "column");
        blocks(column, headingLevel);
        x.end("div");
      }
      x.end("div");
    } else if (block instanceof Block.Only o) {
      blocks(o.blocks(), headingLevel); // AudienceView has kept only the handout's
    } else if (block instanceof Block.Container c) {
      blocks(c.blocks(), headingLevel);
    } else if (block instanceof Block.Callout c) {
      // a box in the kind's colour, labelled with its title or else the kind's word
      x.start("div", "class", "callout callout-" + c.kind());
      x.element("div", c.title().isEmpty() ? labels.callout(c.kind()) : c.title(), "class", "callout-label");
      blocks(c.blocks(), headingLevel);
      x.end("div");
    } else {
      throw new IllegalArgumentException("unknown block " + block);
    }
  }

  private void list(Block.ListBlock list, int headingLevel) {
    String tag = list.ordered() ? "ol" : "ul";
    x.start(tag, "start", list.ordered() && list.start() != 1 ? String.valueOf(list.start()) : null);
    for (ListItem item : list.items()) {
      x.start("li", "class", item.task() == null ? null : "task");
      if (item.task() != null) {
        x.element("span", item.task() ? "\u25A3 " : "\u25A1 ", "class", "task-box");
      }
      inline(item.text());
      blocks(item.children(), headingLevel);
      x.end("li");
    }
    x.end(tag);
  }

  private void code(Block.Code code) {
    String text = expandTabs(code.code().endsWith("\n")
        ? code.code().substring(0, code.code().length() - 1) : code.code());
    x.start("pre", "class", "code");
    x.start("code", "class", code.language().isBlank() ? null
        : "language-" + code.language().strip().toLowerCase(Locale.ROOT));
    for (CodeHighlighter.Token t : highlighter.tokenize(code.language(), text)) {
      if (t.kind() == CodeHighlighter.Kind.PLAIN) {
        x.text(t.text());
      } else {
        x.element("span", t.text(), "class", "tok-" + t.kind().name().toLowerCase(Locale.ROOT));
      }
    }
    x.end("code");
    x.end("pre");
  }

  /**
   * Tabs become spaces up to the next multiple of 4 columns. A drawn tab would use the font's
   * space glyph, which the Nanum fonts share between U+0009 and U+0020; the PDF's ToUnicode map
   * can name only one of them, so every space of the font would extract as a tab.
   */
  static String expandTabs(String code) {
    if (code.indexOf('\t') < 0) {
      return code;
    }
    StringBuilder sb = new StringBuilder(code.length() + 16);
    int column = 0;
    for (int i = 0; i < code.length(); i++) {
      char c = code.charAt(i);
      if (c == '\t') {
        int spaces = 4 - column % 4;
        sb.append(" ".repeat(spaces));
        column += spaces;
      } else {
        sb.append(c);
        column = c == '\n' ? 0 : column + 1;
      }
    }
    return sb.toString();
  }

  private void table(Block.Table table) {
    x.start("table", "class", "data");
    if (!table.header().isEmpty()) {
      x.start("thead").start("tr");
      for (int c = 0; c < table.header().size(); c++) {
        x.start("th", "class", align(table, c), "scope", "col");
        inline(table.header().get(c));
        x.end("th");
      }
      x.end("tr").end("thead");
    }
    x.start("tbody");
    for (List<RichText> row : table.rows()) {
      x.start("tr");
      for (int c = 0; c < row.size(); c++) {
        x.start("td", "class", align(table, c));
        inline(row.get(c));
        x.end("td");
      }
      x.end("tr");
    }
    x.end("tbody").end("table");
  }

  private static String align(Block.Table table, int column) {
    if (column >= table.aligns().size()) {
      return null;
    }
    return switch (table.aligns().get(column)) {
      case DEFAULT -> null;
      case LEFT -> "align-left";
      case CENTER -> "align-center";
      case RIGHT -> "align-right";
    };
  }

  private void image(Block.Image image) {
    String alt = image.alt().isBlank() ? ResourceLoader.shown(fileName(image.src())) : image.alt();
    x.start("div", "class", "figure");
    java.util.Optional<ImageResolver.Placed> placed = images.resolve(image);
    if (placed.isPresent()) {
      ImageResolver.Placed f = placed.get();
      x.empty("img", "src", f.dataUri(), "alt", alt, "style", String.format(Locale.ROOT,
          "width: %.2fmm; height: %.2fmm;", f.widthMm(), f.heightMm()));
    } else {
      x.element("div", labels.imageMissing() + ": " + ResourceLoader.shown(image.src()), "class", "image-missing");
    }
    String caption = image.title() != null && !image.title().isBlank() ? image.title()
        : image.alt();
    if (caption != null && !caption.isBlank()) {
      x.element("div", caption, "class", "caption");
    }
    x.end("div");
  }

  private static String fileName(String src) {
    String s = src.replace('\\', '/');
    return s.substring(s.lastIndexOf('/') + 1);
  }

  /** Inline text: styled spans, links (one {@code <a>} per run of spans with the same target). */
  void inline(RichText text) {
    List<Span> spans = text.spans();
    int i = 0;
    while (i < spans.size()) {
      String href = spans.get(i).href();
      if (href == null) {
        span(spans.get(i));
        i++;
        continue;
      }
      int j = i;
      StringBuilder label = new StringBuilder();
      while (j < spans.size() && href.equals(spans.get(j).href())) {
        label.append(spans.get(j).text());
        j++;
      }
      x.start("a", "href", href, "title", href);
      for (int k = i; k < j; k++) {
        span(spans.get(k));
      }
      x.end("a");
      if (!sameTarget(label.toString(), href)) {
        linkNotes.add(href);
        x.element("span", "[" + linkNotes.size() + "]", "class", "link-ref");
      }
      i = j;
    }
  }

  private void span(Span span) {
    List<String> tags = new ArrayList<>();
    if (span.has(Span.Style.CODE)) {
      tags.add("code");
    }
    if (span.has(Span.Style.BOLD)) {
      tags.add("strong");
    }
    if (span.has(Span.Style.ITALIC)) {
      tags.add("em");
    }
    if (span.has(Span.Style.STRIKE)) {
      tags.add("del");
    }
    tags.forEach(x::start);
    String[] lines = span.text().split("\n", -1);
    for (int l = 0; l < lines.length; l++) {
      if (l > 0) {
        x.empty("br");
      }
      x.text(lines[l]);
    }
    for (int t = tags.size() - 1; t >= 0; t--) {
      x.end(tags.get(t));
    }
  }

  /** True when the visible text already shows the target (autolinks, bare e-mail addresses). */
  private static boolean sameTarget(String label, String href) {
    String l = label.strip();
    String h = href.strip();
    return l.equals(h) || h.equals("mailto:" + l) || h.equals("http://" + l)
        || h.equals("https://" + l) || (h.endsWith("/") && l.equals(h.substring(0, h.length() - 1)))
        || h.startsWith("#");
  }

  /** Prints the numbered link targets collected since the last call, then forgets them. */
  void flushLinkNotes() {
    if (linkNotes.isEmpty()) {
      return;
    }
    x.start("div", "class", qrCodes ? "link-notes with-qr" : "link-notes");
    x.element("div", labels.links(), "class", "link-notes-title");
    x.start("ol", "class", "link-notes-list");
    for (String href : linkNotes) {
      if (qrCodes && qrCodesLeft > 0 && QrDrawing.printable(href)) {
        qrCodesLeft--;
        // the code floats left of the address; the item is at least as tall as the code
        x.start("li", "class", "with-qr", "style", String.format(Locale.ROOT,
            "min-height: %.2fmm;", QrDrawing.sideMm(href) + 1.5));
        QrDrawing.write(x, href, "qr");
      } else {
        x.start("li");
      }
      x.element("a", href, "href", href);
      x.end("li");
    }
    x.end("ol").end("div");
    linkNotes.clear();
  }
}
