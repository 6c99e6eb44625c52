package dev.notedeck.parse;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads the front matter blogs and static sites write (Jekyll, Hugo, VuePress): top-level keys
 * with plain, quoted (also over several lines) or block ({@code |}, {@code >}) values, and lists
 * ({@code [a, b]} or {@code - a} lines). Nested maps are kept as {@code parent.child}; anything
 * else is skipped without error: notedeck uses only a few keys (title, date, lang, description,
 * subtitle, theme, talks). Hugo's TOML front matter ({@code +++}) is read by
 * {@link #tomlAsYaml(String)}.
 */
final class FrontMatter {

  private FrontMatter() {}

  /** Each key's values in order (one for a scalar); {@code yaml} is the text between the fences. */
  static Map<String, List<String>> read(String yaml) {
    Map<String, List<String>> out = new LinkedHashMap<>();
    String[] lines = yaml.split("\n", -1);
    int i = 0;
    while (i < lines.length) {
      String line = lines[i];
      int colon = keyEnd(line);
      if (indent(line) > 0 || colon < 0) {
        i++;
        continue;
      }
      String key = unquote(line.substring(0, colon).strip());
      String rest = line.substring(colon + 1).strip();
      i++;
      List<String> values = new ArrayList<>();
      if (rest.isEmpty() || rest.startsWith("#")) {
        // a block list, a nested map, or nothing
        while (i < lines.length && (lines[i].isBlank() || indent(lines[i]) > 0 || lines[i].startsWith("- "))) {
          String inner = lines[i].strip();
          if (inner.startsWith("- ")) {
            values.add(scalar(inner.substring(2).strip()));
          } else if (keyEnd(inner) > 0 && indent(lines[i]) > 0) {
            String child = unquote(inner.substring(0, keyEnd(inner)).strip());
            String value = scalar(inner.substring(keyEnd(inner) + 1).strip());
            if (!value.isEmpty()) {
              out.putIfAbsent(key + "." + child, List.of(value));
            }
          }
          i++;
        }
      } else if (rest.startsWith("|") || rest.startsWith(">")) {
        boolean folded = rest.startsWith(">");
        StringBuilder sb = new StringBuilder();
        while (i < lines.length && (lines[i].isBlank() || indent(lines[i]) > 0)) {
          sb.append(sb.length() == 0 ? "" : folded ? " " : "\n").append(lines[i].strip());
          i++;
        }
        values.add(sb.toString().strip());
      } else if (rest.startsWith("[") && rest.endsWith("]")) {
        for (String v : rest.substring(1, rest.length() - 1).split(",")) {
          if (!v.isBlank()) {
            values.add(scalar(v.strip()));
          }
        }
      } else if ((rest.startsWith("\"") || rest.startsWith("'")) && !closes(rest)) {
        // a quoted value over several lines: folded into one
        StringBuilder sb = new StringBuilder(rest);
        while (i < lines.length && !closes(sb.toString())) {
          sb.append(' ').append(lines[i].strip());
          i++;
        }
        values.add(scalar(sb.toString()));
      } else {
        StringBuilder sb = new StringBuilder(rest);
        while (i < lines.length && !lines[i].isBlank() && indent(lines[i]) > 0 && keyEnd(lines[i].strip()) < 0) {
          sb.append(' ').append(lines[i].strip()); // a plain value continued on indented lines
          i++;
        }
        values.add(scalar(sb.toString()));
      }
      out.putIfAbsent(key, values);
    }
    return out;
  }

  /**
   * Hugo's TOML front matter as the YAML above reads it, line for line (so line numbers stay):
   * {@code +++} fences become {@code ---}, {@code key = value} becomes {@code key: value}, and a
   * {@code [table]} a nested map. Text without TOML front matter is returned as it is.
   */
  static String tomlAsYaml(String text) {
    if (!text.startsWith("+++\n")) {
      return text;
    }
    int end = text.indexOf("\n+++", 3);
    if (end < 0 || (end + 4 < text.length() && text.charAt(end + 4) != '\n')) {
      return text;
    }
    StringBuilder sb = new StringBuilder("---\n");
    boolean inTable = false;
    for (String line : text.substring(4, end).split("\n", -1)) {
      String t = line.strip();
      if (t.startsWith("[") && t.endsWith("]") && !t.contains("=")) {
        sb.append(t, 1, t.length() - 1).append(":\n");
        inTable = true;
        continue;
      }
      int eq = t.indexOf('=');
      if (eq > 0 && !t.startsWith("#")) {
        sb.append(inTable ? "  " : "").append(t.substring(0, eq).strip()).append(": ")
            .append(t.substring(eq + 1).strip()).append('\n');
      } else {
        sb.append(line).append('\n');
      }
    }
    sb.setLength(sb.length() - 1);
    return sb + "\n---" + text.substring(end + 4);
  }

  /** Where a {@code key:} ends (the colon), or -1. */
  private static int keyEnd(String line) {
    if (line.isBlank() || line.startsWith("#") || line.startsWith("- ")) {
      return -1;
    }
    int colon = line.indexOf(':');
    while (colon > 0 && colon + 1 < line.length() && !Character.isWhitespace(line.charAt(colon + 1))) {
      colon = line.indexOf(':', colon + 1); // "url: https://x" has its key before the first ": "
    }
    return colon > 0 && !line.substring(0, colon).contains(" #") ? colon : -1;
  }

  private static int indent(String line) {
    int n = 0;
    while (n < line.length() && (line.charAt(n) == ' ' || line.charAt(n) == '\t')) {
      n++;
    }
    return n == line.length() ? 0 : n;
  }

  private static boolean closes(String quoted) {
    char q = quoted.charAt(0);
    for (int i = 1; i < quoted.length(); i++) {
      char c = quoted.charAt(i);
      if (q == '"' && c == '\\') {
        i++;
      } else if (c == q) {
        if (q == '\'' && i + 1 < quoted.length() && quoted.charAt(i + 1) == '\'') {
          i++; // '' inside single quotes
          continue;
        }
        return true;
      }
    }
    return false;
  }

  /** A scalar without quotes or a trailing comment. */
  private static String scalar(String s) {
    if (s.startsWith("\"") && closes(s)) {
      String inner = s.substring(1, s.lastIndexOf('"'));
      return inner.replace("\\\"", "\"").replace("\\n", "\n").replace("\\\\", "\\");
    }
    if (s.startsWith("'") && closes(s)) {
      return s.substring(1, s.lastIndexOf('\'')).replace("''", "'");
    }
    int comment = s.indexOf(" #");
    return (comment >= 0 ? s.substring(0, comment) : s).strip();
  }

  private static String unquote(String s) {
    return s.length() >= 2 && (s.startsWith("\"") && s.endsWith("\"") || s.startsWith("'") && s.endsWith("'"))
        ? s.substring(1, s.length() - 1) : s;
  }
}
