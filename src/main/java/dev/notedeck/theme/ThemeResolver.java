package dev.notedeck.theme;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * Turns the merged settings of a theme's {@code extends} chain into a {@link Theme}: fills
 * {@code slideColors} from {@code colors}, finds every font family (declared, bundled or
 * installed), checks values against each other, and reports what is missing.
 */
final class ThemeResolver {
  private final Map<String, Setting> settings;
  private final String leafFile;
  private final SystemFonts systemFonts;
  private final Problems problems;

  ThemeResolver(Map<String, Setting> settings, String leafFile, SystemFonts systemFonts,
      Problems problems) {
    this.settings = settings;
    this.leafFile = leafFile;
    this.systemFonts = systemFonts;
    this.problems = problems;
  }

  /** The theme, or null when problems were reported. */
  Theme resolve(String name, String description) {
    checkFamilies();
    Palette colors = palette("colors", null);
    Palette slideColors = palette("slideColors", colors);
    Typography fonts = typography();
    PageSetup page = page();
    SlideSetup slides = slides();
    Setting qr = required("links.qr", ThemeSchema.Kind.BOOLEAN);
    ThemeAssets assets = new ThemeAssets(
        resource("files.handoutCss"), resource("files.template"),
        resource("files.logo"), resource("files.background"));
    if (!problems.isEmpty()) {
      return null;
    }
    return new Theme(name, description, colors, slideColors, fonts, page, slides, assets,
        new LinkSetup((Boolean) qr.value()));
  }

  private Palette palette(String section, Palette fallback) {
    List<RgbColor> c = new ArrayList<>();
    for (String key : ThemeSchema.COLOR_KEYS) {
      Setting s = settings.get(section + "." + key);
      if (s == null && fallback == null) {
        missing(section + "." + key, ThemeSchema.Kind.COLOR);
      }
      c.add(s != null ? (RgbColor) s.value()
          : fallback != null ? fallbackColor(fallback, key) : null);
    }
    return c.contains(null) ? null
        : new Palette(c.get(0), c.get(1), c.get(2), c.get(3), c.get(4), c.get(5), c.get(6),
            c.get(7));
  }

  private static RgbColor fallbackColor(Palette p, String key) {
    return switch (key) {
      case "background" -> p.background();
      case "text" -> p.text();
      case "muted" -> p.muted();
      case "primary" -> p.primary();
      case "accent" -> p.accent();
      case "codeBackground" -> p.codeBackground();
      case "codeText" -> p.codeText();
      default -> p.border();
    };
  }

  private Typography typography() {
    FontFamily body = family("fonts.body");
    FontFamily heading = family("fonts.heading");
    FontFamily code = family("fonts.code");
    List<FontFamily> fallbacks = new ArrayList<>();
    Setting list = settings.get("fonts.fallbacks");
    if (list != null) {
      for (Object n : (List<?>) list.value()) {
        family((String) n, list).ifPresent(fallbacks::add);
      }
    }
    if (fallbacks.stream().noneMatch(f -> f.name().equals(BundledFonts.KOREAN_FALLBACK))) {
      fallbacks.add(BundledFonts.FAMILIES.get(BundledFonts.KOREAN_FALLBACK));
    }
    Double bodySize = number("sizes.body");
    Double codeSize = number("sizes.code");
    Double h1 = number("sizes.h1");
    Double h2 = number("sizes.h2");
    Double h3 = number("sizes.h3");
    Double lineHeight = number("sizes.lineHeight");
    if (body == null || heading == null || code == null || bodySize == null || codeSize == null
        || h1 == null || h2 == null || h3 == null || lineHeight == null) {
      return null;
    }
    return new Typography(body, heading, code, fallbacks, bodySize, codeSize, h1, h2, h3,
        lineHeight);
  }

  private PageSetup page() {
    Setting paperSetting = required("page.paper", ThemeSchema.Kind.PAPER);
    Double top = number("page.margins.top");
    Double right = number("page.margins.right");
    Double bottom = number("page.margins.bottom");
    Double left = number("page.margins.left");
    if (paperSetting == null || top == null || right == null || bottom == null || left == null) {
      return null;
    }
    String paper = (String) paperSetting.value();
    double[] size = ThemeSchema.PAPERS.get(paper);
    if (left + right > size[0] - 60) {
      Setting at = settings.get("page.margins.left");
      problems.add(at.file(), at.line(), "the left and right margins leave less than 60mm "
          + "for text on " + paper + " paper (make them smaller)");
    }
    if (top + bottom > size[1] - 80) {
      Setting at = settings.get("page.margins.top");
      problems.add(at.file(), at.line(), "the top and bottom margins leave less than 80mm "
          + "for text on " + paper + " paper (make them smaller)");
    }
    return new PageSetup(paper, size[0], size[1], top, right, bottom, left);
  }

  private SlideSetup slides() {
    Setting aspect = required("slides.aspect", ThemeSchema.Kind.ASPECT);
    String latin = text("slides.latinTypeface");
    String eastAsian = text("slides.eastAsianTypeface");
    String code = text("slides.codeTypeface");
    Double title = number("slides.titleSize");
    Double body = number("slides.bodySize");
    Double minBody = number("slides.minBodySize");
    Double codeSize = number("slides.codeSize");
    Double minCode = number("slides.minCodeSize");
    notAbove("slides.minBodySize", minBody, "slides.bodySize", body);
    notAbove("slides.minCodeSize", minCode, "slides.codeSize", codeSize);
    if (minBody != null && minBody < 10) {
      Setting at = settings.get("slides.minBodySize");
      problems.add(at.file(), at.line(), "'slides.minBodySize' is " + fmt(minBody)
          + "pt, too small to read on a projected slide (at least 10)");
    }
    if (aspect == null || latin == null || eastAsian == null || code == null || title == null
        || body == null || minBody == null || codeSize == null || minCode == null) {
      return null;
    }
    double[] size = ThemeSchema.ASPECTS.get((String) aspect.value());
    return new SlideSetup(size[0], size[1], latin, eastAsian, code, title, body, minBody,
        codeSize, minCode);
  }

  private void notAbove(String lowKey, Double low, String highKey, Double high) {
    if (low != null && high != null && low > high) {
      Setting at = settings.get(lowKey);
      problems.add(at.file(), at.line(), "'" + lowKey + "' (" + fmt(low) + ") is larger than '"
          + highKey + "' (" + fmt(high) + ") (a minimum must not exceed the size)");
    }
  }

  private static String fmt(double v) {
    return v == Math.rint(v) ? String.valueOf((long) v) : String.valueOf(v);
  }

  /** Declared families need a regular face, possibly from a parent theme. */
  private void checkFamilies() {
    for (Map.Entry<String, Setting> e : settings.entrySet()) {
      String key = e.getKey();
      if (key.startsWith("fonts.families.") && key.indexOf('.', "fonts.families.".length()) < 0
          && !settings.containsKey(key + ".regular")) {
        Setting at = e.getValue();
        problems.add(at.file(), at.line(), "font family '" + at.value() + "' has no regular face "
            + "(add regular: <file>.ttf; bold, italic and boldItalic are optional)");
      }
    }
  }

  private FontFamily family(String key) {
    Setting s = required(key, ThemeSchema.Kind.FAMILY);
    return s == null ? null : family((String) s.value(), s).orElse(null);
  }

  /** A declared family, else a bundled one, else an installed one; reports if none. */
  private Optional<FontFamily> family(String name, Setting namedAt) {
    String prefix = "fonts.families." + name;
    if (settings.containsKey(prefix + ".regular")) {
      return Optional.of(new FontFamily(name, face(prefix + ".regular"), face(prefix + ".bold"),
          face(prefix + ".italic"), face(prefix + ".boldItalic")));
    }
    for (FontFamily bundled : BundledFonts.FAMILIES.values()) {
      if (SystemFonts.key(bundled.name()).equals(SystemFonts.key(name))) {
        return Optional.of(bundled);
      }
    }
    Optional<FontFamily> installed = systemFonts.find(name);
    if (installed.isPresent()) {
      return installed;
    }
    Set<String> known = new TreeSet<>(BundledFonts.FAMILIES.keySet());
    declaredFamilies().forEach(known::add);
    known.addAll(systemFonts.names());
    problems.add(namedAt.file(), namedAt.line(), "font family '" + name + "' not found: it is "
        + "not declared under fonts.families, not bundled, and no installed .ttf file matches ("
        + Suggestions.didYouMean(name, known) + "bundled: "
        + String.join(", ", new TreeSet<>(BundledFonts.FAMILIES.keySet()))
        + "; or declare its .ttf files under fonts.families)");
    return Optional.empty();
  }

  private Set<String> declaredFamilies() {
    Set<String> names = new LinkedHashSet<>();
    for (String key : settings.keySet()) {
      if (key.startsWith("fonts.families.") && key.endsWith(".regular")) {
        names.add(key.substring("fonts.families.".length(), key.length() - ".regular".length()));
      }
    }
    return names;
  }

  private Resource face(String key) {
    Setting s = settings.get(key);
    return s == null ? null : (Resource) s.value();
  }

  private Optional<Resource> resource(String key) {
    return Optional.ofNullable(face(key));
  }

  private Double number(String key) {
    Setting s = required(key, key.startsWith("page.") ? ThemeSchema.Kind.LENGTH
        : key.endsWith("lineHeight") ? ThemeSchema.Kind.RATIO : ThemeSchema.Kind.POINTS);
    return s == null ? null : (Double) s.value();
  }

  private String text(String key) {
    Setting s = required(key, ThemeSchema.Kind.TEXT);
    return s == null ? null : (String) s.value();
  }

  private Setting required(String key, ThemeSchema.Kind kind) {
    Setting s = settings.get(key);
    if (s == null) {
      missing(key, kind);
    }
    return s;
  }

  private void missing(String key, ThemeSchema.Kind kind) {
    problems.add(leafFile, 0, "'" + key + "' is not set by this theme or any theme it extends ("
        + ThemeFileParser.describe(kind) + ")");
  }
}
