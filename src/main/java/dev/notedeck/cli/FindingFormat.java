package dev.notedeck.cli;

import dev.notedeck.diagnostics.Finding;
import dev.notedeck.json.JsonString;
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
      JsonString.append(sb, f.file().toString());
    }
    sb.append(",\"line\":").append(f.line());
    sb.append(",\"severity\":");
    JsonString.append(sb, f.severity().name().toLowerCase(Locale.ROOT));
    sb.append(",\"code\":");
    JsonString.append(sb, f.code());
    sb.append(",\"message\":");
    JsonString.append(sb, f.message());
    return sb.append('}').toString();
  }
}
