package dev.notedeck.theme;

import java.util.List;

/**
 * The key table of {@code themes/README.md}, written from {@link ThemeSchema} (a test keeps the
 * README in step), so the docs name every key the loader accepts and nothing else.
 */
public final class ThemeKeysDoc {
  public static final String START = "<!-- theme keys: generated from ThemeSchema; "
      + "ThemeKeysDocTest checks it -->";
  public static final String END = "<!-- end of theme keys -->";

  private ThemeKeysDoc() {}

  /** The table between {@link #START} and {@link #END}, those lines included. */
  public static String table(Theme base) {
    StringBuilder b = new StringBuilder(START).append("\n\n");
    b.append("| Key | What | Values | If not set |\n|---|---|---|---|\n");
    for (ThemeSchema.Key key : ThemeSchema.KEYS) {
      b.append("| `").append(key.path().replace("*", "NAME")).append("` | ")
          .append(cell(key.description())).append(" | ")
          .append(cell(ThemeSchema.describe(key))).append(" | ")
          .append(cell(fallback(key, base))).append(" |\n");
    }
    return b.append('\n').append(END).toString();
  }

  private static String fallback(ThemeSchema.Key key, Theme base) {
    if (key.fallback() instanceof ThemeSchema.SameAs same) {
      return "`" + same.path() + "`";
    }
    if (key.fallback() instanceof ThemeSchema.Required && key.token() != null
        && key.kind() != ThemeSchema.Kind.MARGINS) {
      return "`" + ThemeTokens.value(key, base) + "` (from `default`)";
    }
    if (key.fallback() instanceof ThemeSchema.Fixed) {
      return "`" + ThemeTokens.value(key, base) + "`";
    }
    if (key.path().equals("fonts.fallbacks")) {
      return "`[" + String.join(", ", base.fonts().fallbacks().stream().map(FontFamily::name)
          .toList()) + "]`";
    }
    List<String> conventional = ThemeSchema.CONVENTIONAL_FILES.get(key.path());
    return conventional != null ? "a file named " + String.join(" or ", conventional)
        : key.kind() == ThemeSchema.Kind.SECTION || key.kind() == ThemeSchema.Kind.MARGINS ? ""
        : "none";
  }

  private static String cell(String text) {
    return text.replace("|", "\\|").replace("\n", " ");
  }
}
