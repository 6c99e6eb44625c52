package dev.notedeck.parse;

import com.vladsch.flexmark.ast.AutoLink;
import com.vladsch.flexmark.ast.Code;
import com.vladsch.flexmark.ast.Emphasis;
import com.vladsch.flexmark.ast.HardLineBreak;
import com.vladsch.flexmark.ast.HtmlEntity;
import com.vladsch.flexmark.ast.HtmlInline;
import com.vladsch.flexmark.ast.HtmlInlineComment;
import com.vladsch.flexmark.ast.Image;
import com.vladsch.flexmark.ast.ImageRef;
import com.vladsch.flexmark.ast.Link;
import com.vladsch.flexmark.ast.LinkRef;
import com.vladsch.flexmark.ast.MailLink;
import com.vladsch.flexmark.ast.Reference;
import com.vladsch.flexmark.ast.SoftLineBreak;
import com.vladsch.flexmark.ast.StrongEmphasis;
import com.vladsch.flexmark.ast.Text;
import com.vladsch.flexmark.ext.gfm.strikethrough.Strikethrough;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;
import dev.notedeck.limits.LinkLines;
import dev.notedeck.model.RichText;
import dev.notedeck.model.Span;
import dev.notedeck.model.Span.Style;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * flexmark inline nodes -> a flat list of styled spans. Text comes out exactly as the reader sees
 * it (markup removed, escapes and entities resolved, line breaks as {@code \n}). Walks the tree
 * with an explicit stack, so deeply nested emphasis or links cannot overflow the call stack.
 */
final class InlineConverter {

  private final Document document;
  private final LinkLines links;
  private HtmlText.ClosingTags closingTags; // of the whole document, found once

  InlineConverter(Document document, LinkLines links) {
    this.document = document;
    this.links = links;
  }

  /** The context inside a link to {@code target} that starts at {@code node}: its line is kept. */
  private Ctx link(Ctx ctx, String target, Node node) {
    links.add(target, document.getLineNumber(node.getStartOffset()) + 1);
    return ctx.link(target);
  }

  private HtmlText.ClosingTags closingTags() {
    if (closingTags == null) {
      closingTags = new HtmlText.ClosingTags(document.getChars().getBaseSequence());
    }
    return closingTags;
  }

  /** Inline content of a block node (paragraph, heading, table cell). */
  RichText convert(Node parent) {
    return new Run().children(parent).toRichText();
  }

  /** Context inherited from enclosing inline nodes. */
  private record Ctx(Set<Style> styles, String href) {
    Ctx with(Style s) {
      EnumSet<Style> set = styles.isEmpty() ? EnumSet.noneOf(Style.class) : EnumSet.copyOf(styles);
      set.add(s);
      return new Ctx(set, href);
    }

    Ctx link(String target) {
      return new Ctx(styles, href == null ? target : href);
    }
  }

  private record Work(Node node, Ctx ctx) {}

  /** One conversion: the span list under construction plus raw-HTML state. */
  private final class Run {
    private final List<Span> spans = new ArrayList<>();
    private final Deque<Work> stack = new ArrayDeque<>();
    private final StringBuilder pending = new StringBuilder();
    private Ctx pendingCtx;
    private String droppingHtml; // inside <script>...</script> and the like

    Run children(Node parent) {
      pushChildren(parent, new Ctx(Set.of(), null));
      while (!stack.isEmpty()) {
        Work w = stack.pop();
        visit(w.node(), w.ctx());
      }
      return this;
    }

    private void pushChildren(Node parent, Ctx ctx) {
      // push in reverse so they pop in document order
      for (Node c = parent.getLastChild(); c != null; c = c.getPrevious()) {
        stack.push(new Work(c, ctx));
      }
    }

    private void visit(Node node, Ctx ctx) {
      if (node instanceof HtmlInline) {
        html(node, ctx);
        return;
      }
      if (droppingHtml != null || node instanceof HtmlInlineComment) {
        return;
      }
      if (node instanceof Text || node instanceof HtmlEntity) {
        append(node.getChars().unescape(), ctx);
      } else if (node instanceof SoftLineBreak || node instanceof HardLineBreak) {
        append("\n", ctx);
      } else if (node instanceof StrongEmphasis) {
        pushChildren(node, ctx.with(Style.BOLD));
      } else if (node instanceof Emphasis) {
        pushChildren(node, ctx.with(Style.ITALIC));
      } else if (node instanceof Strikethrough) {
        pushChildren(node, ctx.with(Style.STRIKE));
      } else if (node instanceof Code code) {
        append(codeSpanText(code.getText().toString()), ctx.with(Style.CODE));
      } else if (node instanceof Link link) {
        String url = link.getUrl().unescape();
        if (node.hasChildren()) {
          pushChildren(node, link(ctx, url, node));
        } else {
          append(url, link(ctx, url, node));
        }
      } else if (node instanceof AutoLink link) {
        String url = link.getUrl().unescape();
        String text = link.getText().isEmpty() ? url : link.getText().unescape();
        append(text, link(ctx, url.startsWith("www.") ? "http://" + url : url, node));
      } else if (node instanceof MailLink mail) {
        String address = mail.getText().unescape();
        append(address, link(ctx, "mailto:" + address, node));
      } else if (node instanceof Image image) {
        append(image.getText().unescape(), ctx); // an image inside text: its alt text stands in
      } else if (node instanceof ImageRef image) {
        append(image.getText().unescape(), ctx);
      } else if (node instanceof LinkRef ref) {
        Reference target = ref.isDefined() ? ref.getReferenceNode(document) : null;
        if (target == null) {
          append(node.getChars().unescape(), ctx); // "[like this]" with no definition is just text
        } else if (node.hasChildren()) {
          pushChildren(node, link(ctx, target.getUrl().unescape(), node));
        } else {
          append(ref.getText().unescape(), link(ctx, target.getUrl().unescape(), node));
        }
      } else if (node.hasChildren()) {
        pushChildren(node, ctx); // TextBase and anything an extension adds
      } else {
        append(node.getChars().unescape(), ctx);
      }
    }

    private void html(Node node, Ctx ctx) {
      String tag = node.getChars().toString();
      int end = node.getEndOffset();
      String name = HtmlText.tagName(tag);
      if (name == null) {
        return;
      }
      boolean closing = HtmlText.isClosing(tag);
      if (droppingHtml != null) {
        if (closing && name.equals(droppingHtml)) {
          droppingHtml = null;
        }
      } else if (!closing && closingTags().dropsContent(tag, name, end)) {
        droppingHtml = name;
        // <video src=…> inside text: a link to what it would play, instead of its fallback text
        for (RichText link : Embeds.links(tag)) {
          Span s = link.spans().get(0);
          append(s.text(), link(ctx, s.href(), node));
        }
      } else if (name.equals("br")) {
        append("\n", ctx);
      }
    }

    private void append(String text, Ctx ctx) {
      if (text.isEmpty()) {
        return;
      }
      if (pendingCtx != null && !pendingCtx.equals(ctx)) {
        flush();
      }
      pendingCtx = ctx;
      pending.append(text);
    }

    /** Adjacent text with the same style and link becomes one span. */
    private void flush() {
      if (pendingCtx != null && pending.length() > 0) {
        spans.add(new Span(wholeCodePoints(pending), pendingCtx.styles(), pendingCtx.href()));
      }
      pending.setLength(0);
      pendingCtx = null;
    }

    RichText toRichText() {
      flush();
      return new RichText(spans);
    }
  }

  /**
   * The text with lone surrogates replaced by U+FFFD: entities such as {@code &#xD800;} decode to
   * them, and neither XML (the handout) nor OOXML (the deck) can hold one.
   */
  static String wholeCodePoints(CharSequence text) {
    StringBuilder out = null;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      boolean pair = Character.isHighSurrogate(c) && i + 1 < text.length()
          && Character.isLowSurrogate(text.charAt(i + 1));
      if (pair) {
        if (out != null) {
          out.append(c).append(text.charAt(i + 1));
        }
        i++;
      } else if (Character.isSurrogate(c)) {
        if (out == null) {
          out = new StringBuilder(text.length()).append(text, 0, i);
        }
        out.append('\uFFFD');
      } else if (out != null) {
        out.append(c);
      }
    }
    return out == null ? text.toString() : out.toString();
  }

  /** CommonMark code spans: line endings become spaces, one surrounding space is stripped. */
  static String codeSpanText(String raw) {
    String s = raw.replace('\n', ' ');
    if (s.length() >= 2 && s.startsWith(" ") && s.endsWith(" ") && !s.isBlank()) {
      s = s.substring(1, s.length() - 1);
    }
    return s;
  }
}
