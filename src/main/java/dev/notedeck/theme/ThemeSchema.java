package dev.notedeck.theme;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The keys a {@code theme.yaml} may hold, section by section, and what each value must be. */
final class ThemeSchema {
  private ThemeSchema() {}

  enum Kind {
    /** free text */
    TEXT,
    /** {@code "#RRGGBB"} or {@code "#RGB"} */
    COLOR,
    /** a font size in points */
    POINTS,
    /** a line height as a multiple of the font size */
    RATIO,
    /** a length: a number of millimetres or a string with a unit (mm, cm, in, pt) */
    LENGTH,
    /** a file beside theme.yaml, relative to it */
    FILE,
    /** a font family name */
    FAMILY,
    /** a list of font family names */
    FAMILY_LIST,
    ASPECT,
    PAPER,
    /** true or false */
    BOOLEAN,
    /** a mapping of known keys */
    SECTION,
    /** a mapping of family name -> faces */
    FAMILIES,
    /** one length for all four margins, or a mapping top/right/bottom/left */
    MARGINS
  }

  static final String FAMILY_FACES = "fonts.families.*";

  /** Colour keys, shared by {@code colors} and {@code slideColors}. */
  static final List<String> COLOR_KEYS = List.of(
      "background", "text", "muted", "primary", "accent", "codeBackground", "codeText", "border");

  /** Paper name -> width, height in millimetres. */
  static final Map<String, double[]> PAPERS = papers();

  /** Slide aspect -> width, height in points (PowerPoint's 16:9 is 13.333 x 7.5 in). */
  static final Map<String, double[]> ASPECTS = aspects();

  private static Map<String, double[]> aspects() {
    Map<String, double[]> m = new LinkedHashMap<>();
    m.put("16:9", new double[] {960, 540});
    m.put("4:3", new double[] {720, 540});
    m.put("16:10", new double[] {864, 540});
    return m;
  }

  private static final Map<String, Map<String, Kind>> SECTIONS = sections();

  /** The keys allowed in a section ("" is the top level), or null for a leaf. */
  static Map<String, Kind> keysOf(String section) {
    return SECTIONS.get(section);
  }

  private static Map<String, Map<String, Kind>> sections() {
    Map<String, Map<String, Kind>> s = new LinkedHashMap<>();
    s.put("", ordered(
        "description", Kind.TEXT,
        "extends", Kind.TEXT,
        "colors", Kind.SECTION,
        "slideColors", Kind.SECTION,
        "fonts", Kind.SECTION,
        "sizes", Kind.SECTION,
        "page", Kind.SECTION,
        "slides", Kind.SECTION,
        "links", Kind.SECTION,
        "files", Kind.SECTION));
    Map<String, Kind> colors = new LinkedHashMap<>();
    COLOR_KEYS.forEach(k -> colors.put(k, Kind.COLOR));
    s.put("colors", colors);
    s.put("slideColors", colors);
    s.put("fonts", ordered(
        "body", Kind.FAMILY,
        "heading", Kind.FAMILY,
        "code", Kind.FAMILY,
        "fallbacks", Kind.FAMILY_LIST,
        "families", Kind.FAMILIES));
    s.put(FAMILY_FACES, ordered(
        "regular", Kind.FILE,
        "bold", Kind.FILE,
        "italic", Kind.FILE,
        "boldItalic", Kind.FILE));
    s.put("sizes", ordered(
        "body", Kind.POINTS,
        "code", Kind.POINTS,
        "h1", Kind.POINTS,
        "h2", Kind.POINTS,
        "h3", Kind.POINTS,
        "lineHeight", Kind.RATIO));
    s.put("page", ordered(
        "paper", Kind.PAPER,
        "margins", Kind.MARGINS));
    s.put("page.margins", ordered(
        "top", Kind.LENGTH,
        "right", Kind.LENGTH,
        "bottom", Kind.LENGTH,
        "left", Kind.LENGTH));
    s.put("slides", ordered(
        "aspect", Kind.ASPECT,
        "latinTypeface", Kind.TEXT,
        "eastAsianTypeface", Kind.TEXT,
        "codeTypeface", Kind.TEXT,
        "titleSize", Kind.POINTS,
        "bodySize", Kind.POINTS,
        "minBodySize", Kind.POINTS,
        "codeSize", Kind.POINTS,
        "minCodeSize", Kind.POINTS));
    s.put("links", ordered(
        "qr", Kind.BOOLEAN));
    s.put("files", ordered(
        "handoutCss", Kind.FILE,
        "template", Kind.FILE,
        "logo", Kind.FILE,
        "background", Kind.FILE));
    return s;
  }

  /** Optional files picked up by name when {@code files:} does not name them. */
  static final Map<String, List<String>> CONVENTIONAL_FILES = Map.of(
      "files.handoutCss", List.of("handout.css"),
      "files.template", List.of("template.pptx"),
      "files.logo", List.of("logo.png", "logo.jpg", "logo.jpeg"),
      "files.background", List.of("background.png", "background.jpg", "background.jpeg"));

  private static Map<String, Kind> ordered(Object... pairs) {
    Map<String, Kind> m = new LinkedHashMap<>();
    for (int i = 0; i < pairs.length; i += 2) {
      m.put((String) pairs[i], (Kind) pairs[i + 1]);
    }
    return m;
  }

  private static Map<String, double[]> papers() {
    Map<String, double[]> m = new LinkedHashMap<>();
    m.put("A4", new double[] {210, 297});
    m.put("A5", new double[] {148, 210});
    m.put("B5", new double[] {176, 250});
    m.put("Letter", new double[] {215.9, 279.4});
    m.put("Legal", new double[] {215.9, 355.6});
    return m;
  }
}
