package dev.notedeck.parse;

import com.vladsch.flexmark.ast.HtmlBlock;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.regex.Pattern;

/**
 * Raw HTML {@code <div class="notes">} (reveal.js's speaker notes) means what {@code ::: notes}
 * means. CommonMark ends an HTML block at a blank line, so the div's content is often a run of
 * sibling blocks up to a {@code </div>} block: that run moves into a notes div.
 */
final class RawNotesDivs {

  private static final Pattern OPEN = Pattern.compile(
      "^\\s*<div\\s+class\\s*=\\s*(\"[^\"]*\\bnotes\\b[^\"]*\"|'[^']*\\bnotes\\b[^']*'|notes)[^>]*>",
      Pattern.CASE_INSENSITIVE);
  private static final Pattern DIV_OPEN = Pattern.compile("<div\\b", Pattern.CASE_INSENSITIVE);
  private static final Pattern DIV_CLOSE = Pattern.compile("</div\\s*>", Pattern.CASE_INSENSITIVE);

  private RawNotesDivs() {}

  static void wrap(Document document) {
    Deque<Node> containers = new ArrayDeque<>();
    containers.push(document);
    while (!containers.isEmpty()) {
      Node parent = containers.pop();
      for (Node n = parent.getFirstChild(); n != null; n = n.getNext()) {
        if (n instanceof HtmlBlock html && OPEN.matcher(html.getChars()).find()) {
          n = wrapFrom(html);
        } else if (n instanceof FencedDivs.FencedDiv || n instanceof com.vladsch.flexmark.ast.ListBlock
            || n instanceof com.vladsch.flexmark.ast.ListItem || n instanceof com.vladsch.flexmark.ast.BlockQuote) {
          containers.push(n);
        }
      }
    }
  }

  /** Moves {@code open} and, while its div is unclosed, the siblings after it into a notes div. */
  private static Node wrapFrom(HtmlBlock open) {
    FencedDivs.FencedDiv div = FencedDivs.FencedDiv.notes();
    open.insertBefore(div);
    int depth = balance(open.getChars());
    Node next = open.getNext();
    div.appendChild(open);
    while (depth > 0 && next != null) {
      Node moving = next;
      next = next.getNext();
      if (moving instanceof HtmlBlock html) {
        depth += balance(html.getChars());
      }
      div.appendChild(moving);
    }
    div.markClosed(depth <= 0);
    div.setCharsFromContent();
    return div;
  }

  private static int balance(CharSequence html) {
    return (int) (DIV_OPEN.matcher(html).results().count() - DIV_CLOSE.matcher(html).results().count());
  }
}
