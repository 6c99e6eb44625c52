package dev.notedeck.render.pdf;

import java.util.ArrayDeque;
import java.util.Deque;

/**
 * Writes well-formed XHTML: every element closed in order, every text and attribute value
 * escaped. Characters XML 1.0 forbids (control characters from pasted notes) are dropped so the
 * parser never rejects a document built from user text.
 */
public final class XhtmlWriter {
  private final StringBuilder out = new StringBuilder(64 * 1024);
  private final Deque<String> open = new ArrayDeque<>();

  /** Opens {@code tag} with attributes given as name, value pairs; null values are skipped. */
  public XhtmlWriter start(String tag, String... attributes) {
    out.append('<').append(tag);
    attributes(attributes);
    out.append('>');
    open.push(tag);
    return this;
  }

  /** An element with no content, e.g. {@code <br/>}. */
  public XhtmlWriter empty(String tag, String... attributes) {
    out.append('<').append(tag);
    attributes(attributes);
    out.append("/>");
    return this;
  }

  public XhtmlWriter end(String tag) {
    String top = open.pop();
    if (!top.equals(tag)) {
      throw new IllegalStateException("closing <" + tag + "> but <" + top + "> is open");
    }
    out.append("</").append(tag).append('>');
    return this;
  }

  /** An element holding only text. */
  public XhtmlWriter element(String tag, String text, String... attributes) {
    return start(tag, attributes).text(text).end(tag);
  }

  public XhtmlWriter text(String text) {
    escape(text, false);
    return this;
  }

  /** Raw markup for trusted, already well-formed content such as the generated style sheet. */
  public XhtmlWriter raw(String markup) {
    out.append(markup);
    return this;
  }

  /** Characters written so far: a position to split the finished document at. */
  int length() {
    return out.length();
  }

  public String finish() {
    if (!open.isEmpty()) {
      throw new IllegalStateException("unclosed elements: " + open);
    }
    return out.toString();
  }

  private void attributes(String[] attributes) {
    if (attributes.length % 2 != 0) {
      throw new IllegalArgumentException("attributes come in name, value pairs");
    }
    for (int i = 0; i < attributes.length; i += 2) {
      if (attributes[i + 1] == null) {
        continue;
      }
      out.append(' ').append(attributes[i]).append("=\"");
      escape(attributes[i + 1], true);
      out.append('"');
    }
  }

  private void escape(String text, boolean attribute) {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      switch (c) {
        case '<' -> out.append("&lt;");
        case '>' -> out.append("&gt;");
        case '&' -> out.append("&amp;");
        case '"' -> out.append(attribute ? "&quot;" : "\"");
        case '\n' -> out.append(attribute ? "&#10;" : "\n");
        case '\t' -> out.append(attribute ? "&#9;" : "\t");
        case '\r' -> { }
        default -> {
          if (Character.isHighSurrogate(c) && i + 1 < text.length()
              && Character.isLowSurrogate(text.charAt(i + 1))) {
            out.append(c).append(text.charAt(++i));
          } else if (Character.isSurrogate(c)) {
            out.append('\uFFFD'); // a lone half (e.g. from "&#xD800;") is no character at all
          } else if (allowedInXml(c)) {
            out.append(c);
          }
        }
      }
    }
  }

  private static boolean allowedInXml(char c) {
    return c >= 0x20 && c != 0xFFFE && c != 0xFFFF;
  }
}
