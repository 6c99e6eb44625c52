package dev.notedeck.parse;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Raw HTML in notes is never kept as markup: only its text survives. Elements whose content is
 * code or an embedded object (script, style, iframe ...) are dropped entirely.
 */
final class HtmlText {

  /** Elements whose content is not text for a reader. */
  static final Set<String> DROPPED_CONTENT = Set.of(
      "script", "style", "iframe", "object", "embed", "noscript", "template", "textarea", "select",
      "svg", "math", "head", "title", "applet", "frameset", "frame", "canvas", "audio", "video");

  /** Elements that end a line of text. */
  private static final Set<String> LINE_BREAKING = Set.of(
      "br", "p", "div", "li", "tr", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote", "pre", "hr",
      "ul", "ol", "table", "section", "article", "header", "footer", "dt", "dd", "details", "summary",
      "figure", "figcaption");

  private static final Pattern TAG_NAME = Pattern.compile("^</?\\s*([A-Za-z][A-Za-z0-9-]*)");
  private static final Pattern ENTITY = Pattern.compile("&(#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});");

  private HtmlText() {}

  /** Lower-case tag name of {@code <tag ...>} or {@code </tag>}, or null for comments and the like. */
  static String tagName(CharSequence tag) {
    Matcher m = TAG_NAME.matcher(tag);
    return m.find() ? m.group(1).toLowerCase(Locale.ROOT) : null;
  }

  static boolean isClosing(CharSequence tag) {
    return tag.length() > 1 && tag.charAt(0) == '<' && tag.toString().stripLeading().startsWith("</");
  }

  /**
   * Where the closing tags of dropped elements are in a text, found in one pass: an opening tag
   * drops content only up to its own closing tag, so a void {@code <embed>} or an unclosed
   * {@code <video>} never swallows the text after it.
   */
  static final class ClosingTags {
    private static final Pattern CLOSING = Pattern.compile("</\\s*([A-Za-z][A-Za-z0-9-]*)");
    private final java.util.Map<String, Integer> last = new java.util.HashMap<>();

    ClosingTags(CharSequence text) {
      Matcher m = CLOSING.matcher(text);
      while (m.find()) {
        String name = m.group(1).toLowerCase(Locale.ROOT);
        if (DROPPED_CONTENT.contains(name)) {
          last.put(name, m.start());
        }
      }
    }

    /** Whether the opening {@code tag} named {@code name}, ending at {@code end}, drops content. */
    boolean dropsContent(String tag, String name, int end) {
      return DROPPED_CONTENT.contains(name) && !tag.endsWith("/>")
          && last.getOrDefault(name, -1) >= end;
    }
  }

  static boolean breaksLine(String tagName) {
    return tagName != null && LINE_BREAKING.contains(tagName);
  }

  /** The readable text of an HTML block: lines kept, tags and dropped elements removed. */
  static String textOf(String html) {
    StringBuilder out = new StringBuilder();
    String dropping = null;
    ClosingTags closingTags = new ClosingTags(html);
    int i = 0;
    int n = html.length();
    while (i < n) {
      char c = html.charAt(i);
      if (c == '<') {
        if (html.startsWith("<!--", i)) {
          int end = html.indexOf("-->", i + 4);
          i = end < 0 ? n : end + 3;
          continue;
        }
        int end = html.indexOf('>', i + 1);
        if (end < 0) {
          if (dropping == null) {
            out.append(html, i, n);
          }
          break;
        }
        String tag = html.substring(i, end + 1);
        String name = tagName(tag);
        if (name != null) {
          boolean closing = isClosing(tag);
          if (dropping != null) {
            if (closing && name.equals(dropping)) {
              dropping = null;
            }
          } else if (!closing && closingTags.dropsContent(tag, name, end + 1)) {
            dropping = name;
          } else if (breaksLine(name)) {
            out.append('\n');
          }
          i = end + 1;
          continue;
        }
        if (tag.startsWith("<!") || tag.startsWith("<?")) {
          i = end + 1;
          continue;
        }
      }
      if (dropping == null) {
        out.append(c);
      }
      i++;
    }
    return tidyLines(decodeEntities(out.toString()));
  }

  /** Strips each line and drops empty ones: indentation in HTML source is not content. */
  private static String tidyLines(String text) {
    StringBuilder sb = new StringBuilder();
    for (String line : text.split("\n")) {
      String l = line.strip();
      if (!l.isEmpty()) {
        if (sb.length() > 0) {
          sb.append('\n');
        }
        sb.append(l);
      }
    }
    return sb.toString();
  }

  static String decodeEntities(String s) {
    if (s.indexOf('&') < 0) {
      return s;
    }
    Matcher m = ENTITY.matcher(s);
    StringBuilder sb = new StringBuilder();
    while (m.find()) {
      m.appendReplacement(sb, Matcher.quoteReplacement(entity(m.group(1), m.group())));
    }
    m.appendTail(sb);
    return sb.toString();
  }

  private static String entity(String name, String whole) {
    if (name.startsWith("#")) {
      try {
        int cp = name.length() > 1 && (name.charAt(1) == 'x' || name.charAt(1) == 'X')
            ? Integer.parseInt(name.substring(2), 16)
            : Integer.parseInt(name.substring(1));
        if (cp == 0 || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF)) {
          return "\uFFFD";
        }
        return new String(Character.toChars(cp));
      } catch (NumberFormatException e) {
        return whole;
      }
    }
    // flexmark knows every HTML5 entity name
    String decoded = com.vladsch.flexmark.util.sequence.Escaping.unescapeHtml(whole);
    return decoded == null ? whole : decoded;
  }
}
