package dev.notedeck.cli;

import dev.notedeck.diagnostics.Finding;
import java.util.Locale;

/** How the command line prints a finding: as a line for people, or as JSON for editors and CI. */
enum FindingFormat {
  /** {@code file:line: message}. */
  TEXT,
  /** One JSON object per line: {@code {"file":…,"line":…,"severity":…,"code":…,"message":…}}. */
  JSON;

  String format(Finding f) {
    return this == TEXT ? f.toString() : json(f);
  }

  static String json(Finding f) {
    StringBuilder sb = new StringBuilder(96 + f.message().length());
    sb.append("{\"file\":");
    if (f.file() == null) {
      sb.append("null");
    } else {
      string(sb, f.file().toString());
    }
    sb.append(",\"line\":").append(f.line());
    sb.append(",\"severity\":");
    string(sb, f.severity().name().toLowerCase(Locale.ROOT));
    sb.append(",\"code\":");
    string(sb, f.code());
    sb.append(",\"message\":");
    string(sb, f.message());
    return sb.append('}').toString();
  }

  /** A JSON string (RFC 8259): quotes, backslashes and control characters escaped. */
  static void string(StringBuilder sb, String s) {
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
          // U+2028/2029 are valid JSON but break JavaScript readers of the stream
          if (c < 0x20 || c == '\u2028' || c == '\u2029') {
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
