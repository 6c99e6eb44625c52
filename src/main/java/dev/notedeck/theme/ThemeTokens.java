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
    palette(l, "colors", "the handout", t.colors());
    palette(l, "slideColors", "the deck", t.slideColors());
    Typography f = t.fonts();
    l.add("fonts:");
    family(l, "body", f.body());
    family(l, "heading", f.heading());
    family(l, "code", f.code());
    l.add("  fallbacks: [" + String.join(", ",
        f.fallbacks().stream().map(FontFamily::name).toList()) + "]");
    l.add(commented("sizes:", "the handout, in points"));
    l.add("  body: " + num(f.bodySize()));
    l.add("  code: " + num(f.codeSize()));
    l.add("  h1: " + num(f.h1Size()));
    l.add("  h2: " + num(f.h2Size()));
    l.add("  h3: " + num(f.h3Size()));
    l.add("  lineHeight: " + num(f.lineHeight()));
    PageSetup p = t.page();
    l.add("page:");
    l.add(commented("  paper: " + p.paper(), num(p.widthMm()) + " x " + num(p.heightMm())
        + " mm"));
    l.add("  margins: {top: " + num(p.marginTopMm()) + "mm, right: " + num(p.marginRightMm())
        + "mm, bottom: " + num(p.marginBottomMm()) + "mm, left: " + num(p.marginLeftMm())
        + "mm}");
    SlideSetup s = t.slides();
    l.add("slides:");
    l.add(commented("  aspect: \"" + aspect(s) + "\"", num(s.widthPt()) + " x "
        + num(s.heightPt()) + " pt"));
    l.add("  latinTypeface: " + s.latinTypeface());
    l.add("  eastAsianTypeface: " + s.eastAsianTypeface());
    l.add("  codeTypeface: " + s.codeTypeface());
    l.add("  titleSize: " + num(s.titleSize()));
    l.add("  bodySize: " + num(s.bodySize()));
    l.add("  minBodySize: " + num(s.minBodySize()));
    l.add("  codeSize: " + num(s.codeSize()));
    l.add("  minCodeSize: " + num(s.minCodeSize()));
    l.add("links:");
    l.add(commented("  qr: " + t.links().qr(), "a QR code beside each printed link"));
    ThemeAssets a = t.assets();
    l.add("files:");
    file(l, "handoutCss", a.handoutCss());
    file(l, "template", a.pptxTemplate());
    file(l, "logo", a.logo());
    file(l, "background", a.slideBackground());
    return String.join("\n", l) + "\n";
  }

  private static void palette(List<String> l, String key, String what, Palette p) {
    l.add(commented(key + ":", what));
    l.add("  background: \"" + p.background().hex() + "\"");
    l.add("  text: \"" + p.text().hex() + "\"");
    l.add("  muted: \"" + p.muted().hex() + "\"");
    l.add("  primary: \"" + p.primary().hex() + "\"");
    l.add("  accent: \"" + p.accent().hex() + "\"");
    l.add("  codeBackground: \"" + p.codeBackground().hex() + "\"");
    l.add("  codeText: \"" + p.codeText().hex() + "\"");
    l.add("  border: \"" + p.border().hex() + "\"");
  }

  private static void family(List<String> l, String key, FontFamily f) {
    StringBuilder b = new StringBuilder(commented("  " + key + ": " + f.name(), "regular "
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
    l.add(b.toString());
  }

  /** The line with a comment starting at a common column, like a hand-written theme.yaml. */
  private static String commented(String line, String comment) {
    return line + " ".repeat(Math.max(1, 28 - line.length())) + "# " + comment;
  }

  private static void file(List<String> l, String key, Optional<Resource> r) {
    l.add("  " + key + ": " + r.map(Resource::name).orElse("(none)"));
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
