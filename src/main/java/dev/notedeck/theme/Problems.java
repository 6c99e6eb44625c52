package dev.notedeck.theme;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;

/** Collects theme problems so loading can report all of them at once instead of the first. */
final class Problems {
  private final LinkedHashSet<String> lines = new LinkedHashSet<>();

  /** Adds {@code file:line: message} ({@code file: message} when line &lt;= 0). */
  void add(String file, int line, String message) {
    lines.add(line > 0 ? file + ":" + line + ": " + message : file + ": " + message);
  }

  boolean isEmpty() {
    return lines.isEmpty();
  }

  void throwIfAny() {
    if (!lines.isEmpty()) {
      throw new ThemeException(new ArrayList<>(lines));
    }
  }

  List<String> lines() {
    return List.copyOf(lines);
  }
}
