package dev.notedeck.theme;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;

/**
 * Every key a {@code theme.yaml} may hold: its kind, allowed range, what a theme gets when no
 * theme of its chain sets it, a description, and where its resolved value lives in a
 * {@link Theme}. The file parser checks values against it, the resolver fills and reports keys
 * by it, {@code themes show} prints by it, and the key table of {@code themes/README.md} is
 * generated from it ({@link ThemeKeysDoc}).
 */
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
    /** a corner of the slide: top-left, top-right, bottom-left, bottom-right or none */
    CORNER,
    /** what the deck holds: recap or full */
    DECK_MODE,
    /** a list of what a PowerPoint template decides: size, colors, fonts */
    TEMPLATE_PARTS,
    /** a mapping of known keys */
    SECTION,
    /** a mapping of family name -> faces */
    FAMILIES,
    /** one length for all four margins, or a mapping top/right/bottom/left */
    MARGINS
  }

  /** Inclusive bounds of a number; lengths are in millimetres. */
  record Range(double min, double max) {}

  /** What a theme gets for a key none of its chain sets. */
  sealed interface Fallback {}

  /** The base theme ({@code default}) sets it, so every theme has it; missing is an error. */
  record Required() implements Fallback {}

  /** Optional: absent unless set. */
  record Absent() implements Fallback {}

  /** The value of another key, e.g. {@code slideColors.text} from {@code colors.text}. */
  record SameAs(String path) implements Fallback {}

  /** A fixed value. */
  record Fixed(Object value) implements Fallback {}

  /** What a theme's {@code template.pptx} may decide, in the order of {@code themes show}. */
  static final List<String> TEMPLATE_PARTS = List.of("size", "colors", "fonts");

  /**
   * One key. {@code token} reads its resolved value from a theme (null for keys that are not
   * tokens: sections shown by their keys, {@code extends}, declared families); {@code note} is
   * the comment {@code themes show} writes beside a section or a plain value.
   */
  record Key(String path, Kind kind, Range range, Fallback fallback, String description,
      Function<Theme, Object> token, String note) {
    String name() {
      return path.substring(path.lastIndexOf('.') + 1);
    }

    String parent() {
      int dot = path.lastIndexOf('.');
      return dot < 0 ? "" : path.substring(0, dot);
    }

    boolean isLeaf() {
      return kind != Kind.SECTION && kind != Kind.FAMILIES && kind != Kind.MARGINS;
    }
  }

  static final String FAMILY_FACES = "fonts.families.*";

  /** Colour keys, shared by {@code colors} and {@code slideColors}, in the order of Palette. */
  static final List<String> COLOR_KEYS = List.of(
      "background", "text", "muted", "primary", "accent", "codeBackground", "codeText", "border");

  /** Paper name -> width, height in millimetres. */
  static final Map<String, double[]> PAPERS = papers();

  /** Slide aspect -> width, height in points (PowerPoint's 16:9 is 13.333 x 7.5 in). */
  static final Map<String, double[]> ASPECTS = aspects();

  private static final Range SIZE = new Range(5, 120);
  private static final Range LINE_HEIGHT = new Range(1.0, 3.0);
  private static final Range MARGIN = new Range(0, 80);
  private static final Range LOGO = new Range(2, 80);

  /** Label keys, before KEYS which lists them (those of {@code lang.Labels}) and what each names. */
  static final String[][] LABELS = {
      {"contents", "title of the handout's table of contents"},
      {"agenda", "title of the deck's agenda slide"},
      {"takeaways", "title of a talk's key takeaways slide"},
      {"thanks", "the closing slide"},
      {"speaker-notes", "label of a speaker-notes aside in the handout"},
      {"links", "title of the link notes under a handout part"},
      {"image-missing", "stands for an image that could not be read"},
      {"remote-image", "stands for a remote image that was not fetched"},
      {"talk-notes", "the PDF subject: {title}, {talks} and {details} are filled in"},
      {"link-to", "a PDF link's description, before its address"},
      {"go-to-page", "a PDF link's description within the handout: {page} is filled in"},
      {"go-to-place", "a PDF link's description to a place without a page"},
      {"continued", "after the title of a slide or handout page that goes on from the one before"},
      {"note", "label of a ::: note callout"},
      {"tip", "label of a ::: tip callout"},
      {"info", "label of a ::: info callout"},
      {"important", "label of a ::: important callout"},
      {"warning", "label of a ::: warning callout"},
      {"caution", "label of a ::: caution callout"},
      {"danger", "label of a ::: danger callout"},
      {"details", "label of a ::: details box"}};

  /** Every key, in the order of theme files, {@code themes show} and the docs. */
  static final List<Key> KEYS = keys();

  private static final Map<String, Key> BY_PATH = byPath();
  private static final Map<String, Map<String, Kind>> SECTIONS = sections();

  /** The key at a dotted path ({@code fonts.families.Inter.bold} finds the face key), or null. */
  static Key key(String path) {
    Key k = BY_PATH.get(path);
    if (k == null && path.startsWith("fonts.families.")) {
      String rest = path.substring("fonts.families.".length());
      int dot = rest.lastIndexOf('.');
      k = dot < 0 ? null : BY_PATH.get(FAMILY_FACES + rest.substring(dot));
    }
    return k;
  }

  /** The keys allowed in a section ("" is the top level), or null for a leaf. */
  static Map<String, Kind> keysOf(String section) {
    return SECTIONS.get(section.startsWith("fonts.families.") ? FAMILY_FACES : section);
  }

  /** The keys a resolved theme has a value for, in order. */
  static List<Key> tokens() {
    return KEYS.stream().filter(k -> k.isLeaf() && k.token() != null).toList();
  }

  /** What a value of this key must be, for messages and docs. */
  static String describe(Key key) {
    Range r = key.range();
    return switch (key.kind()) {
      case POINTS -> "a size in points, " + num(r.min()) + " to " + num(r.max());
      case RATIO -> "a multiple of the font size, " + decimal(r.min()) + " to "
          + decimal(r.max());
      default -> describe(key.kind());
    };
  }

  static String describe(Kind kind) {
    return switch (kind) {
      case COLOR -> "a colour is \"#RRGGBB\" or \"#RGB\", in quotes";
      case POINTS -> "a size in points, " + num(SIZE.min()) + " to " + num(SIZE.max());
      case RATIO -> "a multiple of the font size, " + decimal(LINE_HEIGHT.min()) + " to "
          + decimal(LINE_HEIGHT.max());
      case LENGTH -> "a length such as 20, 20mm, 2cm, 0.75in or 54pt; plain numbers are mm";
      case ASPECT -> "allowed: " + String.join(", ", ASPECTS.keySet()) + ", in quotes or not";
      case PAPER -> "allowed: " + String.join(", ", PAPERS.keySet());
      case FILE -> "a file name relative to this theme.yaml";
      case FAMILY -> "a font family name";
      case BOOLEAN -> "true or false";
      case CORNER -> "allowed: " + String.join(", ", LogoSetup.CORNERS);
      case DECK_MODE -> "allowed: " + String.join(", ", DeckSetup.MODES);
      case TEMPLATE_PARTS -> "a list of " + String.join(", ", TEMPLATE_PARTS) + ", e.g. [size]"
          + "; [] lets the theme's keys win";
      case FAMILY_LIST -> "a list of font family names, e.g. [NanumGothic]";
      case FAMILIES -> "family name: its files";
      case MARGINS -> "one length, or a mapping of the four";
      case SECTION -> "a mapping of the keys below";
      default -> "text";
    };
  }

  static String num(double v) {
    return v == Math.rint(v) ? String.valueOf((long) v) : String.valueOf(v);
  }

  private static String decimal(double v) {
    return String.format(Locale.ROOT, "%.1f", v);
  }

  private static List<Key> keys() {
    List<Key> k = new ArrayList<>();
    k.add(leaf("description", Kind.TEXT, new Absent(), "one line for `notedeck themes`", null));
    k.add(leaf("extends", Kind.TEXT, new Absent(), "the theme this one builds on: a built-in "
        + "name, or a folder relative to this file (./base, ../shared); default: `default`", null));

    k.add(section("colors", "the handout's colours", "the handout"));
    String[] colorWhat = {"page background", "body text", "secondary text (captions, speakers)",
        "headings and links", "highlights and rules", "code block background", "code text",
        "lines of tables and boxes"};
    List<Function<Palette, RgbColor>> colorOf = List.of(Palette::background, Palette::text,
        Palette::muted, Palette::primary, Palette::accent, Palette::codeBackground,
        Palette::codeText, Palette::border);
    for (int i = 0; i < COLOR_KEYS.size(); i++) {
      Function<Palette, RgbColor> of = colorOf.get(i);
      k.add(leaf("colors." + COLOR_KEYS.get(i), Kind.COLOR, new Required(), colorWhat[i],
          t -> of.apply(t.colors())));
    }
    k.add(section("slideColors", "the deck's colours, same keys; a colour not set here comes "
        + "from `colors` (so `dark` has dark slides but a printable handout)", "the deck"));
    for (int i = 0; i < COLOR_KEYS.size(); i++) {
      Function<Palette, RgbColor> of = colorOf.get(i);
      String name = COLOR_KEYS.get(i);
      k.add(leaf("slideColors." + name, Kind.COLOR, new SameAs("colors." + name),
          colorWhat[i] + " on slides", t -> of.apply(t.slideColors())));
    }

    k.add(section("fonts", "the handout's font families", null));
    k.add(leaf("fonts.body", Kind.FAMILY, new Required(), "body text",
        t -> t.fonts().body()));
    k.add(leaf("fonts.heading", Kind.FAMILY, new Required(), "headings",
        t -> t.fonts().heading()));
    k.add(leaf("fonts.code", Kind.FAMILY, new Required(), "code", t -> t.fonts().code()));
    k.add(leaf("fonts.fallbacks", Kind.FAMILY_LIST, new Absent(), "families tried, in order, "
        + "for glyphs the chosen one lacks (NanumGothic is always added last for Korean)",
        t -> t.fonts().fallbacks()));
    k.add(new Key("fonts.families", Kind.FAMILIES, null, new Absent(), "your own font files, "
        + "by family: `Inter: {regular: fonts/Inter.ttf, bold: fonts/Inter-Bold.ttf}`", null,
        null));
    k.add(leaf(FAMILY_FACES + ".regular", Kind.FILE, new Absent(), "the family's regular face "
        + "(required when a family is declared): a .ttf or .otf, or a .ttc or .otc collection, "
        + "from which the font of this family is taken", null));
    k.add(leaf(FAMILY_FACES + ".bold", Kind.FILE, new Absent(), "bold face (else synthesized)",
        null));
    k.add(leaf(FAMILY_FACES + ".italic", Kind.FILE, new Absent(), "italic face", null));
    k.add(leaf(FAMILY_FACES + ".boldItalic", Kind.FILE, new Absent(), "bold italic face",
        null));

    k.add(section("sizes", "the handout's type sizes", "the handout, in points"));
    k.add(sized("sizes.body", Kind.POINTS, SIZE, "body text", t -> t.fonts().bodySize()));
    k.add(sized("sizes.code", Kind.POINTS, SIZE, "code", t -> t.fonts().codeSize()));
    k.add(sized("sizes.h1", Kind.POINTS, SIZE, "the event's title", t -> t.fonts().h1Size()));
    k.add(sized("sizes.h2", Kind.POINTS, SIZE, "a talk's title", t -> t.fonts().h2Size()));
    k.add(sized("sizes.h3", Kind.POINTS, SIZE, "a section's title", t -> t.fonts().h3Size()));
    k.add(sized("sizes.lineHeight", Kind.RATIO, LINE_HEIGHT, "line height",
        t -> t.fonts().lineHeight()));

    k.add(section("page", "the handout's paper", null));
    k.add(leaf("page.paper", Kind.PAPER, new Required(), "paper size", t -> t.page()));
    k.add(new Key("page.margins", Kind.MARGINS, MARGIN, new Required(), "one length for all "
        + "four sides, or `{top, right, bottom, left}`", t -> t.page(), null));
    k.add(sized("page.margins.top", Kind.LENGTH, MARGIN, "top margin",
        t -> t.page().marginTopMm()));
    k.add(sized("page.margins.right", Kind.LENGTH, MARGIN, "right margin",
        t -> t.page().marginRightMm()));
    k.add(sized("page.margins.bottom", Kind.LENGTH, MARGIN, "bottom margin",
        t -> t.page().marginBottomMm()));
    k.add(sized("page.margins.left", Kind.LENGTH, MARGIN, "left margin",
        t -> t.page().marginLeftMm()));

    k.add(section("slides", "the deck's size and type", null));
    k.add(leaf("slides.aspect", Kind.ASPECT, new Required(), "slide size: 16:9 is 960 x 540 pt, "
        + "4:3 is 720 x 540, 16:10 is 864 x 540", t -> t.slides()));
    k.add(leaf("slides.latinTypeface", Kind.TEXT, new Required(), "typeface name written into "
        + "the deck for Latin text (PowerPoint uses the fonts installed where it is opened); the "
        + "deck is measured with the installed, declared or bundled font of that name, and a name "
        + "this machine lacks warns",
        t -> t.slides().latinTypeface()));
    k.add(leaf("slides.eastAsianTypeface", Kind.TEXT, new Required(), "typeface name for Korean "
        + "text", t -> t.slides().eastAsianTypeface()));
    k.add(leaf("slides.codeTypeface", Kind.TEXT, new Required(), "typeface name for code",
        t -> t.slides().codeTypeface()));
    k.add(sized("slides.titleSize", Kind.POINTS, SIZE, "slide titles",
        t -> t.slides().titleSize()));
    k.add(sized("slides.bodySize", Kind.POINTS, SIZE, "body text",
        t -> t.slides().bodySize()));
    k.add(sized("slides.minBodySize", Kind.POINTS, SIZE, "body text never shrinks below this "
        + "(at least 10); it continues on the next slide", t -> t.slides().minBodySize()));
    k.add(sized("slides.codeSize", Kind.POINTS, SIZE, "code", t -> t.slides().codeSize()));
    k.add(sized("slides.minCodeSize", Kind.POINTS, SIZE, "code never shrinks below this",
        t -> t.slides().minCodeSize()));

    k.add(section("template", "what the theme's `template.pptx` decides", null));
    k.add(new Key("template.decides", Kind.TEMPLATE_PARTS, null,
        new Fixed(TEMPLATE_PARTS), "what a `template.pptx` decides over the theme's keys: its "
        + "slide `size`, its `colors` (slideColors) and its `fonts` (typefaces); `themes show` "
        + "marks what came from the template", t -> t.slides().fromTemplate(), null));

    k.add(section("logo", "where `files.logo` goes", null));
    k.add(new Key("logo.corner", Kind.CORNER, null, new Fixed("top-right"), "the corner of every "
        + "slide it sits in (none: only on the title slide and in the handout)",
        t -> t.logo().corner(), null));
    k.add(new Key("logo.height", Kind.LENGTH, LOGO, new Fixed(6.0), "its height in the corner "
        + "of slides and before the event's title in the handout's running header", t -> t.logo().heightMm(), null));
    k.add(new Key("logo.titleHeight", Kind.LENGTH, LOGO, new Fixed(18.0), "its height on the "
        + "title slide and the handout's cover", t -> t.logo().titleHeightMm(), null));

    k.add(section("deck", "what the deck holds; a notes file's front matter (`deck: full`, "
        + "`deck-agenda: off`, ...) and the command line (`--deck`, `--no-agenda`, ...) win", null));
    k.add(new Key("deck.mode", Kind.DECK_MODE, null, new Fixed("recap"), "`recap`: short sections "
        + "share slides as titled cards, code, tables and pictures get their own; `full`: one slide "
        + "run per section", t -> t.deck().mode(), null));
    k.add(new Key("deck.agenda", Kind.BOOLEAN, null, new Fixed(true), "an agenda slide listing the "
        + "talks (grouped by day or track when the notes have groups)", t -> t.deck().agenda(), null));
    k.add(new Key("deck.takeaways", Kind.BOOLEAN, null, new Fixed(true), "a key takeaways slide for "
        + "each talk with conclusion lines or sections (정리, 결론, Takeaways, ...)",
        t -> t.deck().takeaways(), null));
    k.add(new Key("deck.closing", Kind.BOOLEAN, null, new Fixed(true), "the closing slide (thanks, "
        + "in the notes' language)", t -> t.deck().closing(), null));

    k.add(section("links", "how links are printed", null));
    k.add(new Key("links.qr", Kind.BOOLEAN, null, new Required(), "a small QR code beside each "
        + "link's footnote in the PDF handouts, so a phone can open it from paper",
        t -> t.links().qr(), "a QR code beside each printed link"));

    k.add(section("notes", "speaker notes written as ::: notes", null));
    k.add(new Key("notes.inHandout", Kind.BOOLEAN, null, new Required(), "show speaker notes in "
        + "the handout as a marked aside (false: only in the deck's notes)",
        t -> t.text().notesInHandout(), null));

    k.add(section("labels", "words notedeck adds, for notes in a language other than Korean or "
        + "English (the notes' front matter lang: picks the language)", null));
    for (String[] label : LABELS) {
      k.add(leaf("labels." + label[0], Kind.TEXT, new Absent(), label[1], null));
    }

    k.add(section("files", "other names for the optional files beside theme.yaml", null));
    k.add(leaf("files.handoutCss", Kind.FILE, new Absent(), "extra handout CSS, added after the "
        + "generated style sheet", t -> t.assets().handoutCss()));
    k.add(leaf("files.template", Kind.FILE, new Absent(), "a PowerPoint deck whose master and "
        + "layouts the deck is built on",
        t -> t.assets().pptxTemplate()));
    k.add(leaf("files.logo", Kind.FILE, new Absent(), "the logo: PNG, JPEG or SVG",
        t -> t.assets().logo()));
    k.add(leaf("files.background", Kind.FILE, new Absent(), "a picture behind slide content",
        t -> t.assets().slideBackground()));
    return Collections.unmodifiableList(k);
  }

  /** Optional files picked up by name when {@code files:} does not name them. */
  static final Map<String, List<String>> CONVENTIONAL_FILES = Map.of(
      "files.handoutCss", List.of("handout.css"),
      "files.template", List.of("template.pptx"),
      "files.logo", List.of("logo.png", "logo.jpg", "logo.jpeg", "logo.svg"),
      "files.background", List.of("background.png", "background.jpg", "background.jpeg"));

  private static Key leaf(String path, Kind kind, Fallback fallback, String description,
      Function<Theme, Object> token) {
    return new Key(path, kind, null, fallback, description, token, null);
  }

  private static Key sized(String path, Kind kind, Range range, String description,
      Function<Theme, Object> token) {
    return new Key(path, kind, range, new Required(), description, token, null);
  }

  private static Key section(String path, String description, String note) {
    return new Key(path, Kind.SECTION, null, new Absent(), description, null, note);
  }

  private static Map<String, Key> byPath() {
    Map<String, Key> m = new LinkedHashMap<>();
    KEYS.forEach(key -> m.put(key.path(), key));
    return Collections.unmodifiableMap(m);
  }

  private static Map<String, Map<String, Kind>> sections() {
    Map<String, Map<String, Kind>> s = new LinkedHashMap<>();
    s.put("", new LinkedHashMap<>());
    for (Key key : KEYS) {
      if (key.kind() == Kind.SECTION || key.kind() == Kind.MARGINS) {
        s.put(key.path(), new LinkedHashMap<>());
      }
      if (key.kind() == Kind.FAMILIES) {
        s.put(FAMILY_FACES, new LinkedHashMap<>());
      }
      Map<String, Kind> parent = s.get(key.parent());
      if (parent != null) {
        parent.put(key.name(), key.kind());
      }
    }
    return Collections.unmodifiableMap(s);
  }

  private static Map<String, double[]> aspects() {
    Map<String, double[]> m = new LinkedHashMap<>();
    m.put("16:9", new double[] {960, 540});
    m.put("4:3", new double[] {720, 540});
    m.put("16:10", new double[] {864, 540});
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
