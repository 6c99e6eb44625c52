package dev.notedeck.render.pptx;

/**
 * A small XML writer for the parts the deck writes as text (slides, notes, relationships):
 * elements and attributes appended in the order the caller gives them (the schema's order is the
 * caller's job), text and attribute values escaped. Characters XML 1.0 cannot hold (control
 * characters, a lone surrogate) become {@code ?}, as XmlBeans wrote them.
 */
final class XmlText {

  /** The declaration of a package part (relationships), as POI writes it. */
  static final String DECLARATION = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>";
  /** The declaration of a slide or notes part, as XmlBeans wrote it. */
  static final String PART_DECLARATION = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n";

  private final StringBuilder out;

  XmlText() {
    this(new StringBuilder(4096));
  }

  XmlText(StringBuilder out) {
    this.out = out;
  }

  /** {@code <name}: attributes may follow, then {@link #close} or {@link #end()}. */
  XmlText open(String name) {
    out.append('<').append(name);
    return this;
  }

  XmlText attr(String name, String value) {
    out.append(' ').append(name).append("=\"");
    escape(value, true);
    out.append('"');
    return this;
  }

  XmlText attr(String name, long value) {
    out.append(' ').append(name).append("=\"").append(value).append('"');
    return this;
  }

  /** Ends a start tag that has content. */
  XmlText close() {
    out.append('>');
    return this;
  }

  /** Ends a start tag as an empty element. */
  XmlText end() {
    out.append("/>");
    return this;
  }

  /** {@code </name>}. */
  XmlText end(String name) {
    out.append("</").append(name).append('>');
    return this;
  }

  XmlText text(String text) {
    escape(text, false);
    return this;
  }

  /** Markup that is already well-formed XML (a fragment serialised once, a fixed prefix). */
  XmlText raw(CharSequence xml) {
    out.append(xml);
    return this;
  }

  /** {@code <name>text</name>}. */
  XmlText element(String name, String text) {
    return open(name).close().text(text).end(name);
  }

  @Override
  public String toString() {
    return out.toString();
  }

  private void escape(String s, boolean attribute) {
    int n = s.length();
    for (int i = 0; i < n; i++) {
      char c = s.charAt(i);
      switch (c) {
        case '&' -> out.append("&amp;");
        case '<' -> out.append("&lt;");
        // in text only "]]>" needs it
        case '>' -> out.append(attribute || i >= 2 && s.charAt(i - 1) == ']' && s.charAt(i - 2) == ']' ? "&gt;" : ">");
        case '"' -> out.append(attribute ? "&quot;" : "\"");
        case '\t', '\n', '\r' -> {
          // an attribute value's line ends and tabs would be normalised to spaces when read
          if (attribute) {
            out.append("&#").append((int) c).append(';');
          } else {
            out.append(c);
          }
        }
        default -> {
          if (c < 0x20 || c == 0xFFFE || c == 0xFFFF) {
            out.append('?');
          } else if (Character.isHighSurrogate(c)) {
            if (i + 1 < n && Character.isLowSurrogate(s.charAt(i + 1))) {
              out.append(c).append(s.charAt(++i));
            } else {
              out.append('?');
            }
          } else if (Character.isLowSurrogate(c)) {
            out.append('?');
          } else {
            out.append(c);
          }
        }
      }
    }
  }
}
