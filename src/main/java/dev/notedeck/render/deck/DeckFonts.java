package dev.notedeck.render.deck;

import dev.notedeck.NotedeckException;
import dev.notedeck.diagnostics.Finding;
import dev.notedeck.fonts.FontMetrics;
import dev.notedeck.theme.FontFamily;
import dev.notedeck.theme.Resource;
import dev.notedeck.theme.SlideSetup;
import dev.notedeck.theme.Theme;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The real fonts behind the deck's typefaces, for measuring text as PowerPoint will set it.
 * Each font file is parsed once per JVM and shared with the handout ({@link FontMetrics}).
 */
public final class DeckFonts {

  /** A face text is measured with: its metrics, emboldened when the family has no bold file. */
  record Face(FontMetrics metrics, boolean syntheticBold) {}

  private final Face latin;
  private final Face latinBold;
  private final Face eastAsian;
  private final Face eastAsianBold;
  private final Face code;
  private final Face codeBold;
  private final boolean codeCoversHangul;
  private final List<Finding> missing = new ArrayList<>();
  private final List<FontFamily> families;

  private DeckFonts(FontFamily latinFamily, FontFamily eaFamily, FontFamily codeFamily) {
    families = List.of(latinFamily, eaFamily, codeFamily);
    latin = regular(latinFamily);
    latinBold = bold(latinFamily);
    eastAsian = regular(eaFamily);
    eastAsianBold = bold(eaFamily);
    code = regular(codeFamily);
    codeBold = bold(codeFamily);
    codeCoversHangul = code.metrics().canDisplay('가');
  }

  /** Finds the font files for the theme's slide typefaces among the theme's font catalog. */
  public static DeckFonts of(Theme theme) {
    List<FontFamily> catalog = new ArrayList<>();
    catalog.add(theme.fonts().body());
    catalog.add(theme.fonts().heading());
    catalog.add(theme.fonts().code());
    catalog.addAll(theme.fonts().fallbacks());
    SlideSetup s = theme.slides();
    List<Finding> missing = new ArrayList<>();
    FontFamily latin = find(catalog, s, "slides.latinTypeface", s.latinTypeface(),
        theme.fonts().body(), missing);
    FontFamily ea = find(catalog, s, "slides.eastAsianTypeface", s.eastAsianTypeface(),
        firstKorean(catalog, latin), missing);
    FontFamily code = find(catalog, s, "slides.codeTypeface", s.codeTypeface(),
        theme.fonts().code(), missing);
    DeckFonts fonts = new DeckFonts(latin, ea, code);
    fonts.missing.addAll(missing);
    return fonts;
  }

  /**
   * One warning per slide typeface this machine has no font for (named at its theme.yaml line
   * or by the template): the deck is then measured with a stand-in, and its line breaks can
   * differ where the real font is installed.
   */
  public List<Finding> missingTypefaces() {
    return List.copyOf(missing);
  }

  private static FontFamily find(List<FontFamily> catalog, SlideSetup s, String key,
      String typeface, FontFamily otherwise, List<Finding> missing) {
    FontFamily installed = s.typefaceFonts().get(typeface);
    if (installed != null) {
      return installed;
    }
    FontFamily found = find(catalog, typeface);
    if (found != null) {
      return found;
    }
    SlideSetup.Origin at = s.typefaceOrigins().get(key);
    String named = at != null && at.fromTemplate() ? "the template's typeface '" + typeface
        + "' (" + key + ")" : key + " '" + typeface + "'";
    missing.add(Finding.warning(at == null || at.file() == null ? null : Path.of(at.file()),
        at == null ? 0 : at.line(), "theme.typeface-missing", named + " is not installed here: "
        + "the deck is laid out with " + otherwise.name() + " instead, so its lines may break "
        + "differently where " + typeface + " is installed (install it, or name an installed font)"));
    return otherwise;
  }

  private static FontFamily find(List<FontFamily> catalog, String typeface) {
    String want = squash(typeface);
    for (FontFamily f : catalog) {
      if (squash(f.name()).equals(want)) {
        return f;
      }
    }
    // the typeface may be the font's own family name rather than the catalog's name
    for (FontFamily f : catalog) {
      FontMetrics m = load(f.regular());
      if (squash(m.familyName()).equals(want) || squash(m.fullName()).equals(want)) {
        return f;
      }
    }
    return null;
  }

  private static FontFamily firstKorean(List<FontFamily> catalog, FontFamily otherwise) {
    if (load(otherwise.regular()).canDisplay('가')) {
      return otherwise;
    }
    for (FontFamily f : catalog) {
      if (load(f.regular()).canDisplay('가')) {
        return f;
      }
    }
    return otherwise;
  }

  private static String squash(String name) {
    return name == null ? "" : name.replaceAll("[\\s_-]", "").toLowerCase(java.util.Locale.ROOT);
  }

  private static Face regular(FontFamily f) {
    return new Face(load(f.regular()), false);
  }

  private static Face bold(FontFamily f) {
    return f.bold() != null ? new Face(load(f.bold()), false) : new Face(load(f.regular()), true);
  }

  static FontMetrics load(Resource resource) {
    try {
      return FontMetrics.of(resource);
    } catch (UncheckedIOException e) {
      Throwable cause = e.getCause() != null ? e.getCause() : e;
      throw new NotedeckException(resource.name() + ": cannot read this font file (" + cause.getMessage()
          + "); point the theme at a TrueType or OpenType file (.ttf, .otf, .ttc, .otc).", e);
    }
  }

  /** The font that sets {@code c} in a run of the given kind (code or text, bold or not). */
  Face fontFor(int c, boolean isCode, boolean bold) {
    boolean eastAsianChar = isEastAsian(c);
    if (isCode) {
      if (!eastAsianChar || codeCoversHangul) {
        return bold ? codeBold : code;
      }
      return bold ? eastAsianBold : eastAsian;
    }
    if (eastAsianChar) {
      return bold ? eastAsianBold : eastAsian;
    }
    Face f = bold ? latinBold : latin;
    // a Latin face without the glyph: PowerPoint falls back, so measure with the ea face
    return f.metrics().canDisplay(c) ? f : (bold ? eastAsianBold : eastAsian);
  }

  /**
   * The families behind the latin, east Asian and code typefaces, in that order: a renderer
   * that draws the slides itself (the slides handout) sets text with exactly these files.
   */
  public List<FontFamily> families() {
    return families;
  }

  /** Whether code runs may name the code typeface for Korean too (it has Hangul glyphs). */
  public boolean codeCoversHangul() {
    return codeCoversHangul;
  }

  Face eastAsian() {
    return eastAsian;
  }

  /** Hangul, CJK ideographs, kana and full-width forms: set with the {@code ea} typeface. */
  public static boolean isEastAsian(int c) {
    // measuring asks this of every character of every candidate size: answer the common
    // cases (Latin and the like, Hangul syllables) without the Unicode tables' binary searches
    if (c < 0x1100) {
      return false;
    }
    if (c >= 0xAC00 && c <= 0xD7A3) {
      return true;
    }
    Character.UnicodeScript script = Character.UnicodeScript.of(c);
    if (script == Character.UnicodeScript.HANGUL || script == Character.UnicodeScript.HAN
        || script == Character.UnicodeScript.HIRAGANA || script == Character.UnicodeScript.KATAKANA) {
      return true;
    }
    Character.UnicodeBlock block = Character.UnicodeBlock.of(c);
    return block == Character.UnicodeBlock.CJK_SYMBOLS_AND_PUNCTUATION
        || block == Character.UnicodeBlock.HALFWIDTH_AND_FULLWIDTH_FORMS;
  }

  /** Whether the text has Hangul (such runs get {@code lang="ko-KR"}). */
  public static boolean hasHangul(String text) {
    return text.codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HANGUL);
  }
}
