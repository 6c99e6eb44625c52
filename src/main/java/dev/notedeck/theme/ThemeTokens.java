package dev.notedeck.theme;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** Writes a resolved theme's tokens as readable YAML, for {@code notedeck themes show}. */
public final class ThemeTokens {
  private ThemeTokens() {}

  public static String format(Theme t) {
    List<String> l = new ArrayList<>();
    l.add("name: " + t.name());
    l.add("description: " + quote(t.description()));
    for (ThemeSchema.Key key : ThemeSchema.KEYS) {
      if (key.kind() == ThemeSchema.Kind.SECTION && key.parent().isEmpty()) {
        l.add(key.note() == null ? key.path() + ":" : commented(key.path() + ":", key.note()));
      } else if (key.kind() == ThemeSchema.Kind.MARGINS
          || key.token() != null && isShown(key.parent())) {
        String line = line("  " + key.name() + ": ", key, key.token().apply(t));
        if (key.path().startsWith("slides.") && key.path().endsWith("Typeface")) {
          // which font measures the deck: the one installed here, or none (it then warns)
          FontFamily font = t.slides().typefaceFonts().get((String) key.token().apply(t));
          line = commented(line, font == null ? "not found on this machine"
              : "font: " + fileName(font.regular()));
        }
        if (t.slides().templateKeys().contains(key.path())) {
          // which won: the template's value replaced the theme's
          String from = "from " + t.assets().pptxTemplate().map(ThemeTokens::fileName)
              .orElse("the template");
          line = line.contains(" # ") ? line + ", " + from : commented(line, from);
        }
        l.add(line);
      }
    }
    return String.join("\n", l) + "\n";
  }

  /** Keys of a mapping written on one line (margins) are not listed again. */
  private static boolean isShown(String section) {
    ThemeSchema.Key parent = ThemeSchema.key(section);
    return parent != null && parent.kind() == ThemeSchema.Kind.SECTION;
  }

  private static String fileName(Resource r) {
    String name = r.name().replace('\\', '/');
    return name.substring(name.lastIndexOf('/') + 1);
  }

  @SuppressWarnings("unchecked")
  private static String line(String start, ThemeSchema.Key key, Object value) {
    return switch (key.kind()) {
      case COLOR -> start + "\"" + ((RgbColor) value).hex() + "\"";
      case FAMILY -> family(start, (FontFamily) value);
      case FAMILY_LIST -> start + "[" + String.join(", ",
          ((List<?>) value).stream().map(f -> ((FontFamily) f).name()).toList()) + "]";
      case POINTS, RATIO -> start + num((Double) value);
      case LENGTH -> start + num((Double) value) + "mm";
      case PAPER -> {
        PageSetup p = (PageSetup) value;
        yield commented(start + p.paper(), num(p.widthMm()) + " x " + num(p.heightMm())
            + " mm");
      }
      case MARGINS -> {
        PageSetup p = (PageSetup) value;
        yield start + "{top: " + num(p.marginTopMm()) + "mm, right: " + num(p.marginRightMm())
            + "mm, bottom: " + num(p.marginBottomMm()) + "mm, left: " + num(p.marginLeftMm())
            + "mm}";
      }
      case ASPECT -> {
        SlideSetup s = (SlideSetup) value;
        yield commented(start + "\"" + aspect(s) + "\"", num(s.widthPt()) + " x "
            + num(s.heightPt()) + " pt");
      }
      case TEMPLATE_PARTS -> start + "[" + String.join(", ", (List<String>) value) + "]";
      case FILE -> start + ((Optional<?>) value).map(r -> ((Resource) r).name()).orElse("(none)");
      default -> key.note() == null ? start + value : commented(start + value, key.note());
    };
  }

  /** A token's value alone, as written in a theme.yaml (no comment). */
  static String value(ThemeSchema.Key key, Theme t) {
    Object v = key.token().apply(t);
    return switch (key.kind()) {
      case FAMILY -> ((FontFamily) v).name();
      case PAPER -> ((PageSetup) v).paper();
      case ASPECT -> "\"" + aspect((SlideSetup) v) + "\"";
      case LENGTH -> num((Double) v) + "mm";
      case TEXT, BOOLEAN, CORNER, DECK_MODE -> String.valueOf(v);
      default -> line("", key, v);
    };
  }

  private static String family(String start, FontFamily f) {
    StringBuilder b = new StringBuilder(commented(start + f.name(), "regular "
        + f.regular().name()));
    if (f.bold() != null) {
      b.append(", bold ").append(f.bold().name());
    }
    if (f.italic() != null) {
      b.append(", italic ").append(f.italic().name());
    }
    if (f.boldItalic() != null) {
      b.append(", bold italic ").append(f.boldItalic().name());
    }
    return b.toString();
  }

  /** The line with a comment starting at a common column, like a hand-written theme.yaml. */
  private static String commented(String line, String comment) {
    return line + " ".repeat(Math.max(1, 28 - line.length())) + "# " + comment;
  }

  private static String aspect(SlideSetup s) {
    for (var e : ThemeSchema.ASPECTS.entrySet()) {
      if (e.getValue()[0] == s.widthPt() && e.getValue()[1] == s.heightPt()) {
        return e.getKey();
      }
    }
    return num(s.widthPt()) + "x" + num(s.heightPt());
  }

  private static String num(double v) {
    return v == Math.rint(v) ? String.valueOf((long) v) : String.format(Locale.ROOT, "%.2f", v)
        .replaceAll("0+$", "");
  }

  private static String quote(String s) {
    return "\"" + s.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
  }
}
