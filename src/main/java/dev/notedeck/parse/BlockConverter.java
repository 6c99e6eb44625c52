package dev.notedeck.parse;

import com.vladsch.flexmark.ast.BlockQuote;
import com.vladsch.flexmark.ast.BulletList;
import com.vladsch.flexmark.ast.FencedCodeBlock;
import com.vladsch.flexmark.ast.HardLineBreak;
import com.vladsch.flexmark.ast.Heading;
import com.vladsch.flexmark.ast.HtmlBlock;
import com.vladsch.flexmark.ast.HtmlCommentBlock;
import com.vladsch.flexmark.ast.Image;
import com.vladsch.flexmark.ast.ImageRef;
import com.vladsch.flexmark.ast.IndentedCodeBlock;
import com.vladsch.flexmark.ast.Link;
import com.vladsch.flexmark.ast.ListBlock;
import com.vladsch.flexmark.ast.OrderedList;
import com.vladsch.flexmark.ast.Paragraph;
import com.vladsch.flexmark.ast.Reference;
import com.vladsch.flexmark.ast.SoftLineBreak;
import com.vladsch.flexmark.ast.Text;
import com.vladsch.flexmark.ast.ThematicBreak;
import com.vladsch.flexmark.ext.tables.TableBlock;
import com.vladsch.flexmark.ext.tables.TableCell;
import com.vladsch.flexmark.ext.tables.TableRow;
import com.vladsch.flexmark.ext.tables.TableSeparator;
import com.vladsch.flexmark.ext.yaml.front.matter.YamlFrontMatterBlock;
import com.vladsch.flexmark.util.ast.BlankLine;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;
import dev.notedeck.limits.LinkLines;
import dev.notedeck.model.Attributes;
import dev.notedeck.model.Audience;
import dev.notedeck.model.Block;
import dev.notedeck.model.ListItem;
import dev.notedeck.model.RichText;
import dev.notedeck.model.Span;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;

/**
 * flexmark block nodes -> model blocks. Lists and quotes nest up to {@link #MAX_DEPTH} levels;
 * anything deeper is flattened into plain paragraphs (text kept) so neither this converter nor
 * the renderers walking the model can run out of stack on hostile input.
 */
final class BlockConverter {

  static final int MAX_DEPTH = 32;

  private final InlineConverter inlines;
  private final Document document;
  private int flattenedAtLine; // first line where nesting was flattened, 0 if never
  private final List<Notice> notices = new ArrayList<>();

  /** Something about a fenced div the author should hear of (an unknown class, an open fence). */
  record Notice(int line, String message) {}

  /** Fenced-div classes with a meaning here; any other is kept as a plain container. */
  static final List<String> KNOWN_DIV_CLASSES = List.of("notes", "columns", "column", "deck-only",
      "handout-only");

  BlockConverter(Document document, LinkLines links) {
    this.document = document;
    this.inlines = new InlineConverter(document, links);
  }

  RichText inline(Node node) {
    return inlines.convert(node);
  }

  List<Notice> notices() {
    return List.copyOf(notices);
  }

  /** 1-based line of the first place nesting had to be flattened, or 0. */
  int flattenedAtLine() {
    return flattenedAtLine;
  }

  /** Converts one top-level block (and what it contains), appending to {@code out}. */
  void convert(Node node, List<Block> out) {
    convert(node, 0, out);
  }

  private void convert(Node node, int depth, List<Block> out) {
    if (depth > MAX_DEPTH) {
      if (flattenedAtLine == 0) {
        flattenedAtLine = node.getStartLineNumber() + 1;
      }
      flatten(node, out);
      return;
    }
    if (node instanceof Paragraph p) {
      paragraph(p, out);
    } else if (node instanceof Heading h) {
      out.add(new Block.Heading(h.getLevel(), trim(inline(h))));
    } else if (node instanceof ListBlock list) {
      out.add(list(list, depth));
    } else if (node instanceof FencedCodeBlock code) {
      out.add(new Block.Code(language(code), withoutFinalNewline(code.getContentChars().toString())));
    } else if (node instanceof IndentedCodeBlock code) {
      out.add(new Block.Code("", withoutFinalNewline(code.getContentChars().toString())));
    } else if (node instanceof BlockQuote quote) {
      List<Block> inner = new ArrayList<>();
      for (Node c = quote.getFirstChild(); c != null; c = c.getNext()) {
        convert(c, depth + 1, inner);
      }
      out.add(githubAlert(inner, quote.getStartLineNumber() + 1));
    } else if (node instanceof TableBlock table) {
      out.add(table(table));
    } else if (node instanceof FencedDivs.FencedDiv div) {
      div(div, depth, out);
    } else if (node instanceof ThematicBreak) {
      out.add(new Block.Rule());
    } else if (node instanceof HtmlCommentBlock || node instanceof Reference
        || node instanceof YamlFrontMatterBlock || node instanceof BlankLine) {
      // nothing a reader sees
    } else if (node instanceof HtmlBlock html) {
      String text = HtmlText.textOf(html.getChars().toString());
      if (!text.isBlank()) {
        out.add(new Block.Paragraph(RichText.of(text)));
      }
      // a video or page embedded with <iframe>: neither output can play it, a link can open it
      Embeds.links(html.getChars().toString()).forEach(link -> out.add(new Block.Paragraph(link)));
    } else if (node.hasChildren() && !(node.getFirstChild() instanceof Text)) {
      for (Node c = node.getFirstChild(); c != null; c = c.getNext()) {
        convert(c, depth + 1, out); // a container some extension added: keep what it holds
      }
    } else {
      RichText text = inline(node);
      if (!text.isBlank()) {
        out.add(new Block.Paragraph(text));
      }
    }
  }

  private void div(FencedDivs.FencedDiv div, int depth, List<Block> out) {
    int line = div.getStartLineNumber() + 1;
    Attributes attributes = PandocAttributes.ofDivInfo(div.info()).orElse(null);
    if (attributes == null) {
      notices.add(new Notice(line, "'::: " + div.info() + "' is not pandoc's attribute syntax "
          + "({.class key=\"value\"}); its content is kept as plain text"));
      attributes = Attributes.NONE;
    }
    if (!div.isClosed()) {
      notices.add(new Notice(line, "'::: " + div.info() + "' is never closed, so it runs to the end "
          + "of the notes; close it with a line ':::'"));
    }
    if (attributes.has("columns")) {
      out.add(columns(div, depth, line));
      return;
    }
    List<Block> inner = children(div, depth);
    String kind = calloutKind(attributes);
    if (kind != null) {
      String title = div.title().isEmpty() ? attributes.values().getOrDefault("title", "").strip() : div.title();
      out.add(new Block.Callout(kind, title, inner, line));
      return;
    }
    if (!div.title().isEmpty()) {
      // "::: details 더 보기" of markdown-it: the title leads the content
      inner.add(0, new Block.Paragraph(new RichText(List.of(new Span(div.title(), java.util.Set.of(Span.Style.BOLD), null)))));
    }
    if (attributes.has("notes")) {
      out.add(new Block.Notes(inner, line));
    } else if (attributes.has("deck-only")) {
      out.add(new Block.Only(Audience.DECK, inner));
    } else if (attributes.has("handout-only")) {
      out.add(new Block.Only(Audience.HANDOUT, inner));
    } else {
      List<String> unknown = attributes.classes().stream()
          .filter(c -> !KNOWN_DIV_CLASSES.contains(c)).toList();
      if (attributes.has("column")) {
        notices.add(new Notice(line, "'::: column' outside ':::: columns'; its content is shown "
            + "as plain text (wrap the columns in ':::: columns' … '::::')"));
      } else if (!unknown.isEmpty() || attributes.classes().isEmpty()) {
        notices.add(new Notice(line, "fenced div " + (unknown.isEmpty() ? "without a class"
            : "class '." + String.join("', '.", unknown) + "'") + " is not one notedeck knows ("
            + String.join(", ", KNOWN_DIV_CLASSES) + "; callouts " + String.join(", ", Block.CALLOUT_KINDS)
            + "); its content is shown as plain text"));
      }
      out.add(new Block.Container(attributes, inner));
    }
  }

  /**
   * A quote opening with GitHub's alert marker ({@code > [!TIP]}) is a callout; any other stays
   * a quote.
   */
  private static Block githubAlert(List<Block> inner, int line) {
    if (!inner.isEmpty() && inner.get(0) instanceof Block.Paragraph p) {
      java.util.regex.Matcher m = GITHUB_ALERT.matcher(p.text().plainText());
      if (m.lookingAt()) {
        List<Block> rest = new ArrayList<>(inner.subList(1, inner.size()));
        RichText after = trim(dropPrefix(p.text(), m.end()));
        if (!after.isBlank()) {
          rest.add(0, new Block.Paragraph(after));
        }
        return new Block.Callout(m.group(1).toLowerCase(java.util.Locale.ROOT), "", rest, line);
      }
    }
    return new Block.Quote(inner);
  }

  private static final java.util.regex.Pattern GITHUB_ALERT = java.util.regex.Pattern.compile(
      "\\[!(NOTE|TIP|IMPORTANT|WARNING|CAUTION)\\][ \\t]*(?:\\n|$)", java.util.regex.Pattern.CASE_INSENSITIVE);

  /**
   * The callout kind a div's classes name: {@code tip} (VuePress, Docusaurus) or
   * {@code callout-tip} (Quarto); null for other divs.
   */
  static String calloutKind(Attributes attributes) {
    for (String c : attributes.classes()) {
      String name = c.toLowerCase(java.util.Locale.ROOT);
      name = name.startsWith("callout-") ? name.substring("callout-".length()) : name;
      if (Block.CALLOUT_KINDS.contains(name)) {
        return name;
      }
    }
    return null;
  }

  private List<Block> children(com.vladsch.flexmark.util.ast.Node parent, int depth) {
    List<Block> inner = new ArrayList<>();
    for (Node c = parent.getFirstChild(); c != null; c = c.getNext()) {
      convert(c, depth + 1, inner);
    }
    return inner;
  }

  /** Each {@code ::: column} inside is a column; anything between them joins the column before. */
  private Block.Columns columns(FencedDivs.FencedDiv div, int depth, int line) {
    List<List<Block>> columns = new ArrayList<>();
    for (Node c = div.getFirstChild(); c != null; c = c.getNext()) {
      if (c instanceof FencedDivs.FencedDiv col && PandocAttributes.ofDivInfo(col.info())
          .map(a -> a.has("column")).orElse(false)) {
        if (!col.isClosed()) {
          notices.add(new Notice(col.getStartLineNumber() + 1, "'::: column' is never closed; "
              + "close it with a line ':::'"));
        }
        columns.add(children(col, depth + 1));
      } else {
        if (columns.isEmpty()) {
          columns.add(new ArrayList<>());
        }
        convert(c, depth + 1, columns.get(columns.size() - 1));
      }
    }
    if (columns.size() < 2) {
      notices.add(new Notice(line, "':::: columns' holds " + columns.size() + " '::: column'; "
          + "side by side needs two or three"));
    }
    return new Block.Columns(columns, line);
  }

  private void paragraph(Paragraph p, List<Block> out) {
    List<Block> images = standaloneImages(p);
    if (images != null) {
      out.addAll(images);
      return;
    }
    RichText text = trim(inline(p));
    if (!text.isBlank()) {
      out.add(new Block.Paragraph(text));
    }
    out.addAll(imagesAmongText(p)); // the text keeps their alt text; the images follow it
  }

  /** Images standing among the text of a paragraph ("보세요 ![도표](a.png) 이렇게"), in order. */
  private List<Block> imagesAmongText(Paragraph p) {
    List<Block> images = new ArrayList<>();
    for (Node c = p.getFirstChild(); c != null; c = c.getNext()) {
      Node n = c instanceof Link link && link.getFirstChild() != null
          && (link.getFirstChild() instanceof Image || link.getFirstChild() instanceof ImageRef)
          ? link.getFirstChild() : c;
      Block.Image image = image(n);
      if (image != null) {
        images.add(image);
      }
    }
    return images;
  }

  private Block.Image image(Node n) {
    if (n instanceof Image img) {
      return new Block.Image(img.getUrl().unescape(), img.getText().unescape(), img.getTitle().unescape(),
          img.getStartLineNumber() + 1);
    }
    if (n instanceof ImageRef ref && ref.isDefined() && ref.getReferenceNode(document) != null) {
      Reference target = ref.getReferenceNode(document);
      return new Block.Image(target.getUrl().unescape(), ref.getText().unescape(), target.getTitle().unescape(),
          ref.getStartLineNumber() + 1);
    }
    return null;
  }

  /** The images of a paragraph holding nothing but images (and line breaks), else null. */
  private List<Block> standaloneImages(Paragraph p) {
    List<Block> images = new ArrayList<>();
    for (Node c = p.getFirstChild(); c != null; c = c.getNext()) {
      Node n = c;
      if (n instanceof Link link && link.getFirstChild() != null
          && link.getFirstChild() == link.getLastChild()
          && (link.getFirstChild() instanceof Image || link.getFirstChild() instanceof ImageRef)) {
        n = link.getFirstChild(); // [![alt](img)](link): still an image on its own
      }
      if (n instanceof Image img) {
        images.add(new Block.Image(img.getUrl().unescape(), img.getText().unescape(),
            img.getTitle().unescape(), img.getStartLineNumber() + 1));
      } else if (n instanceof ImageRef ref && ref.isDefined() && ref.getReferenceNode(document) != null) {
        Reference target = ref.getReferenceNode(document);
        images.add(new Block.Image(target.getUrl().unescape(), ref.getText().unescape(),
            target.getTitle().unescape(), ref.getStartLineNumber() + 1));
      } else if (!(n instanceof SoftLineBreak || n instanceof HardLineBreak
          || (n instanceof Text && n.getChars().isBlank()))) {
        return null;
      }
    }
    return images.isEmpty() ? null : images;
  }

  private Block.ListBlock list(ListBlock list, int depth) {
    List<ListItem> items = new ArrayList<>();
    for (Node item = list.getFirstChild(); item != null; item = item.getNext()) {
      if (!(item instanceof com.vladsch.flexmark.ast.ListItem)) {
        continue;
      }
      Node first = item.getFirstChild();
      RichText text = RichText.of("");
      List<Block> children = new ArrayList<>();
      Node rest = first;
      if (first instanceof Paragraph p && standaloneImages(p) == null) {
        text = trim(inline(p));
        rest = first.getNext();
        children.addAll(imagesAmongText(p)); // "* 구조 ![도표](a.png)": the image under its item
      }
      for (Node c = rest; c != null; c = c.getNext()) {
        convert(c, depth + 1, children);
      }
      Boolean task = null;
      String plain = text.plainText();
      if (plain.length() >= 3 && plain.charAt(0) == '[' && plain.charAt(2) == ']'
          && " xX".indexOf(plain.charAt(1)) >= 0
          && (plain.length() == 3 || plain.charAt(3) == ' ')) {
        task = plain.charAt(1) != ' ';
        text = dropPrefix(text, Math.min(plain.length(), 4));
      }
      items.add(new ListItem(text, children, task));
    }
    boolean ordered = list instanceof OrderedList;
    int start = list instanceof OrderedList o ? o.getStartNumber() : 1;
    return new Block.ListBlock(ordered, start, items);
  }

  private Block.Table table(TableBlock table) {
    List<List<RichText>> header = new ArrayList<>();
    List<List<RichText>> rows = new ArrayList<>();
    List<Block.Align> aligns = new ArrayList<>();
    // rows of head and body, in order; the separator row gives the alignments
    for (Node section = table.getFirstChild(); section != null; section = section.getNext()) {
      boolean head = section instanceof com.vladsch.flexmark.ext.tables.TableHead;
      for (Node row = section.getFirstChild(); row != null; row = row.getNext()) {
        if (!(row instanceof TableRow)) {
          continue;
        }
        List<RichText> cells = new ArrayList<>();
        List<Block.Align> rowAligns = new ArrayList<>();
        for (Node cell = row.getFirstChild(); cell != null; cell = cell.getNext()) {
          if (cell instanceof TableCell tc) {
            cells.add(trim(inline(tc)));
            rowAligns.add(align(tc.getAlignment()));
          }
        }
        if (section instanceof TableSeparator) {
          aligns = rowAligns;
        } else if (head && header.isEmpty()) {
          header.add(cells);
          if (aligns.isEmpty()) {
            aligns = rowAligns;
          }
        } else {
          rows.add(cells);
        }
      }
    }
    int columns = aligns.size();
    for (List<RichText> r : header) {
      columns = Math.max(columns, r.size());
    }
    for (List<RichText> r : rows) {
      columns = Math.max(columns, r.size());
    }
    List<Block.Align> fullAligns = new ArrayList<>(aligns);
    while (fullAligns.size() < columns) {
      fullAligns.add(Block.Align.DEFAULT);
    }
    List<RichText> head = header.isEmpty() ? List.of() : pad(header.get(0), columns);
    List<List<RichText>> body = new ArrayList<>();
    for (List<RichText> r : rows) {
      body.add(pad(r, columns));
    }
    return new Block.Table(head, body, fullAligns);
  }

  private static List<RichText> pad(List<RichText> cells, int columns) {
    List<RichText> out = new ArrayList<>(cells);
    while (out.size() < columns) {
      out.add(RichText.of(""));
    }
    return out;
  }

  private static Block.Align align(TableCell.Alignment a) {
    if (a == null) {
      return Block.Align.DEFAULT;
    }
    return switch (a) {
      case LEFT -> Block.Align.LEFT;
      case CENTER -> Block.Align.CENTER;
      case RIGHT -> Block.Align.RIGHT;
      default -> Block.Align.DEFAULT;
    };
  }

  /**
   * Beyond the depth limit: every paragraph-like block in the subtree becomes a plain block of
   * its own, in document order, walked with an explicit stack. Every kind of container is
   * opened here, fenced divs too: converting one again from depth 0 let a div nested thousands
   * deep build a model as deep (a stack overflow in every later step).
   */
  private void flatten(Node root, List<Block> out) {
    Deque<Node> stack = new ArrayDeque<>();
    stack.push(root);
    while (!stack.isEmpty()) {
      Node n = stack.pop();
      if (n instanceof BlockQuote || n instanceof ListBlock || n instanceof com.vladsch.flexmark.ast.ListItem
          || n instanceof FencedDivs.FencedDiv || (n.hasChildren() && n instanceof Document)) {
        for (Node c = n.getLastChild(); c != null; c = c.getPrevious()) {
          stack.push(c);
        }
      } else {
        convert(n, MAX_DEPTH, out);
      }
    }
  }

  private static String language(FencedCodeBlock code) {
    String info = code.getInfo().unescape().strip();
    int space = 0;
    while (space < info.length() && !Character.isWhitespace(info.charAt(space)) && info.charAt(space) != '{') {
      space++;
    }
    return info.substring(0, space);
  }

  private static String withoutFinalNewline(String s) {
    return s.endsWith("\n") ? s.substring(0, s.length() - 1) : s;
  }

  /** Leading and trailing whitespace of a block's text is markup, not content. */
  static RichText trim(RichText text) {
    List<Span> spans = new ArrayList<>(text.spans());
    while (!spans.isEmpty()) {
      Span first = spans.get(0);
      String t = first.text().stripLeading();
      if (t.isEmpty()) {
        spans.remove(0);
      } else {
        spans.set(0, new Span(t, first.styles(), first.href()));
        break;
      }
    }
    while (!spans.isEmpty()) {
      Span last = spans.get(spans.size() - 1);
      String t = last.text().stripTrailing();
      if (t.isEmpty()) {
        spans.remove(spans.size() - 1);
      } else {
        spans.set(spans.size() - 1, new Span(t, last.styles(), last.href()));
        break;
      }
    }
    return spans.size() == text.spans().size() && spans.equals(text.spans()) ? text : new RichText(spans);
  }

  private static RichText dropPrefix(RichText text, int chars) {
    List<Span> spans = new ArrayList<>(text.spans());
    int left = chars;
    while (left > 0 && !spans.isEmpty()) {
      Span first = spans.get(0);
      if (first.text().length() <= left) {
        left -= first.text().length();
        spans.remove(0);
      } else {
        spans.set(0, new Span(first.text().substring(left), first.styles(), first.href()));
        left = 0;
      }
    }
    return new RichText(spans);
  }
}
