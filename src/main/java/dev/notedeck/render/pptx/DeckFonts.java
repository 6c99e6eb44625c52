package dev.notedeck.render.pptx;

import dev.notedeck.NotedeckException;
import dev.notedeck.theme.FontFamily;
import dev.notedeck.theme.Resource;
import dev.notedeck.theme.SlideSetup;
import dev.notedeck.theme.Theme;
import java.awt.Font;
import java.awt.FontFormatException;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The real fonts behind the deck's typefaces, for measuring text as PowerPoint will set it.
 * Each font file is read once per JVM (creating an AWT font parses the whole file).
 */
public final class DeckFonts {

  private static final Map<String, Font> LOADED = new ConcurrentHashMap<>();

  private final Font latin;
  private final Font latinBold;
  private final Font eastAsian;
  private final Font eastAsianBold;
  private final Font code;
  private final Font codeBold;
  private final boolean codeCoversHangul;

  private DeckFonts(FontFamily latinFamily, FontFamily eaFamily, FontFamily codeFamily) {
    latin = load(latinFamily.regular());
    latinBold = bold(latinFamily);
    eastAsian = load(eaFamily.regular());
    eastAsianBold = bold(eaFamily);
    code = load(codeFamily.regular());
    codeBold = bold(codeFamily);
    codeCoversHangul = code.canDisplay('가');
  }

  /** Finds the font files for the theme's slide typefaces among the theme's font catalog. */
  public static DeckFonts of(Theme theme) {
    List<FontFamily> catalog = new ArrayList<>();
    catalog.add(theme.fonts().body());
    catalog.add(theme.fonts().heading());
    catalog.add(theme.fonts().code());
    catalog.addAll(theme.fonts().fallbacks());
    SlideSetup s = theme.slides();
    FontFamily latin = find(catalog, s.latinTypeface(), theme.fonts().body());
    FontFamily ea = find(catalog, s.eastAsianTypeface(), firstKorean(catalog, latin));
    FontFamily code = find(catalog, s.codeTypeface(), theme.fonts().code());
    return new DeckFonts(latin, ea, code);
  }

  private static FontFamily find(List<FontFamily> catalog, String typeface, FontFamily otherwise) {
    String want = squash(typeface);
    for (FontFamily f : catalog) {
      if (squash(f.name()).equals(want)) {
        return f;
      }
    }
    // the typeface may be the font's own family name rather than the catalog's name
    for (FontFamily f : catalog) {
      Font awt = load(f.regular());
      if (squash(awt.getFamily(java.util.Locale.ROOT)).equals(want) || squash(awt.getFontName()).equals(want)) {
        return f;
      }
    }
    return otherwise;
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

  private static Font bold(FontFamily f) {
    return f.bold() != null ? load(f.bold()) : load(f.regular()).deriveFont(Font.BOLD);
  }

  static Font load(Resource resource) {
    return LOADED.computeIfAbsent(resource.name(), k -> {
      try (InputStream in = resource.open()) {
        return Font.createFont(Font.TRUETYPE_FONT, in);
      } catch (IOException | FontFormatException e) {
        throw new NotedeckException(resource.name() + ": cannot read this font file (" + e.getMessage()
            + "); point the theme at a TrueType (.ttf) file.", e);
      }
    });
  }

  /** The font that sets {@code c} in a run of the given kind (code or text, bold or not). */
  Font fontFor(int c, boolean isCode, boolean bold) {
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
    Font f = bold ? latinBold : latin;
    // a Latin face without the glyph: PowerPoint falls back, so measure with the ea face
    return f.canDisplay(c) ? f : (bold ? eastAsianBold : eastAsian);
  }

  /** Whether code runs may name the code typeface for Korean too (it has Hangul glyphs). */
  boolean codeCoversHangul() {
    return codeCoversHangul;
  }

  Font eastAsian() {
    return eastAsian;
  }

  /** Hangul, CJK ideographs, kana and full-width forms: set with the {@code ea} typeface. */
  static boolean isEastAsian(int c) {
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
  static boolean hasHangul(String text) {
    return text.codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HANGUL);
  }
}
