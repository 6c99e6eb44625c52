package dev.notedeck.json;

import java.util.Locale;

/** JSON string literals (RFC 8259), for the findings {@code check} prints and the preview's state. */
public final class JsonString {

  private JsonString() {}

  /** {@code s} as a quoted JSON string. */
  public static String of(String s) {
    StringBuilder sb = new StringBuilder(s.length() + 2);
    append(sb, s);
    return sb.toString();
  }

  /**
   * Appends {@code s} quoted: quotes, backslashes and control characters escaped; also U+2028/2029
   * (valid JSON but line ends to JavaScript readers of a stream) and {@code <} (so the text can
   * never close a script element it is embedded in).
   */
  public static void append(StringBuilder sb, String s) {
    sb.append('"');
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '"' -> sb.append("\\\"");
        case '\\' -> sb.append("\\\\");
        case '\n' -> sb.append("\\n");
        case '\r' -> sb.append("\\r");
        case '\t' -> sb.append("\\t");
        case '\b' -> sb.append("\\b");
        case '\f' -> sb.append("\\f");
        default -> {
          if (c < 0x20 || c == '\u2028' || c == '\u2029' || c == '<') {
            sb.append(String.format(Locale.ROOT, "\\u%04x", (int) c));
          } else {
            sb.append(c);
          }
        }
      }
    }
    sb.append('"');
  }
}
