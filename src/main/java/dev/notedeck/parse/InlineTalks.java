package dev.notedeck.parse;

import com.vladsch.flexmark.ast.ListBlock;
import com.vladsch.flexmark.ast.ListItem;
import com.vladsch.flexmark.ast.Paragraph;
import com.vladsch.flexmark.ast.SoftLineBreak;
import com.vladsch.flexmark.ast.StrongEmphasis;
import com.vladsch.flexmark.ast.Text;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;
import java.util.function.Function;

/**
 * Talks written without headings: a paragraph that is all bold ({@code **1. 제목 : 김하늘**}), or
 * the items of a list ({@code 1. 제목 - 김하늘} with nested notes), each naming a speaker.
 */
final class InlineTalks {

  private InlineTalks() {}

  /** How many bold paragraphs and list items at the top of the document name a speaker. */
  static int count(Document document, Function<Node, String> text) {
    int n = 0;
    for (Node node = document.getFirstChild(); node != null; node = node.getNext()) {
      if (isTalk(node, text)) {
        n++;
      } else if (isTalkList(node, text)) {
        for (Node item = node.getFirstChild(); item != null; item = item.getNext()) {
          n++;
        }
      }
    }
    return n;
  }

  /** A paragraph in bold from end to end that reads as a talk heading with a speaker. */
  static boolean isTalk(Node node, Function<Node, String> text) {
    if (!(node instanceof Paragraph p) || !allBold(p)) {
      return false;
    }
    return namesSpeaker(text.apply(p));
  }

  /** A list whose every item starts with a line that reads as a talk heading with a speaker. */
  static boolean isTalkList(Node node, Function<Node, String> text) {
    if (!(node instanceof ListBlock list) || list.getFirstChild() == null) {
      return false;
    }
    int items = 0;
    for (Node item = list.getFirstChild(); item != null; item = item.getNext()) {
      if (!(item instanceof ListItem) || !(item.getFirstChild() instanceof Paragraph first)
          || !namesSpeaker(text.apply(first))) {
        return false;
      }
      items++;
    }
    return items >= TalkLevel.MIN_EVIDENCE;
  }

  /** The heading-like text of a talk paragraph or list item. */
  static String title(Node node, Function<Node, String> text) {
    Node p = node instanceof ListItem ? node.getFirstChild() : node;
    return p == null ? "" : text.apply(p);
  }

  private static boolean namesSpeaker(String line) {
    return line.indexOf('\n') < 0 && !TalkHeadingParser.parse(line).speakers().isEmpty();
  }

  private static boolean allBold(Paragraph p) {
    boolean bold = false;
    for (Node child = p.getFirstChild(); child != null; child = child.getNext()) {
      if (child instanceof StrongEmphasis) {
        bold = true;
      } else if (!(child instanceof SoftLineBreak) && !(child instanceof Text t && t.getChars().isBlank())) {
        return false;
      }
    }
    return bold;
  }
}
