package dev.notedeck.fonts;

import dev.notedeck.theme.Resource;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.BitSet;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.fontbox.ttf.CmapLookup;
import org.apache.fontbox.ttf.HorizontalHeaderTable;
import org.apache.fontbox.ttf.HorizontalMetricsTable;
import org.apache.fontbox.ttf.IndexToLocationTable;
import org.apache.fontbox.ttf.NameRecord;
import org.apache.fontbox.ttf.NamingTable;
import org.apache.fontbox.ttf.OS2WindowsMetricsTable;
import org.apache.fontbox.ttf.TrueTypeFont;

/**
 * What measuring text needs from a TrueType font: advance widths by character (cmap, hmtx),
 * units per em, line metrics and the font's names. Read once per parsed font
 * ({@link ParsedFonts}) into plain arrays, so measuring takes no FontBox locks and any thread may
 * measure at once.
 */
public final class FontMetrics {

  // keyed by identity (TrueTypeFont keeps Object.equals): a re-parsed user font gets new metrics
  private static final Map<TrueTypeFont, FontMetrics> READ = new ConcurrentHashMap<>();

  private final CmapLookup cmap;
  private final int[] advances;
  /** Glyph ids of BMP characters looked up so far, -1 where not yet; racy but idempotent. */
  private final int[] bmpGlyphs = new int[0x10000];
  private final BitSet blank;
  private final float unitsPerEm;
  private final int ascent;
  private final int descent;
  private final int lineGap;
  private final String familyName;
  private final String fullName;

  private FontMetrics(TrueTypeFont font) throws IOException {
    cmap = font.getUnicodeCmapLookup(false);
    java.util.Arrays.fill(bmpGlyphs, -1);
    unitsPerEm = font.getUnitsPerEm();
    int glyphs = font.getNumberOfGlyphs();
    HorizontalMetricsTable hmtx = font.getHorizontalMetrics();
    advances = new int[glyphs];
    for (int g = 0; g < glyphs; g++) {
      advances[g] = hmtx.getAdvanceWidth(g);
    }
    blank = blankGlyphs(font.getIndexToLocation(), glyphs);
    HorizontalHeaderTable hhea = font.getHorizontalHeader();
    OS2WindowsMetricsTable os2 = font.getOS2Windows();
    if ((hhea.getAscender() != 0 || hhea.getDescender() != 0) || os2 == null) {
      ascent = hhea.getAscender();
      descent = -hhea.getDescender();
      lineGap = hhea.getLineGap();
    } else { // FreeType's fallback, as AWT measured before
      ascent = os2.getTypoAscender();
      descent = -os2.getTypoDescender();
      lineGap = os2.getTypoLineGap();
    }
    NamingTable names = font.getNaming();
    familyName = names == null ? null : names.getFontFamily();
    fullName = names == null ? null : englishName(names, NameRecord.NAME_FULL_FONT_NAME);
  }

  /** The metrics of a font file; throws UncheckedIOException naming the file if it cannot be read. */
  public static FontMetrics of(Resource file) {
    return READ.computeIfAbsent(ParsedFonts.of(file), font -> {
      try {
        return new FontMetrics(font);
      } catch (IOException | RuntimeException e) {
        throw new UncheckedIOException("font " + file.name() + " cannot be read",
            e instanceof IOException io ? io : new IOException(e.getMessage(), e));
      }
    });
  }

  /** Whether the font has a glyph for the character (control characters AWT sets invisibly count as covered). */
  public boolean canDisplay(int codePoint) {
    return invisible(codePoint) || glyph(codePoint) != 0;
  }

  /** Advance width in font units; 0 for invisible controls, the missing glyph's for uncovered characters. */
  public int advance(int codePoint) {
    return invisible(codePoint) ? 0 : advances.length == 0 ? 0 : advances[glyph(codePoint)];
  }

  /** Whether the character's glyph draws nothing (space): a synthetic bold does not widen it. */
  public boolean isBlank(int codePoint) {
    return invisible(codePoint) || blank.get(glyph(codePoint));
  }

  public float unitsPerEm() {
    return unitsPerEm;
  }

  /** Ascent, descent (positive) and line gap in font units, from hhea (else OS/2) as FreeType reads them. */
  public int ascent() {
    return ascent;
  }

  public int descent() {
    return descent;
  }

  public int lineGap() {
    return lineGap;
  }

  /** The font's own family name (name ID 1), or null. */
  public String familyName() {
    return familyName;
  }

  /** The font's full name (name ID 4, e.g. "NanumSquare Regular"), or null. */
  public String fullName() {
    return fullName;
  }

  private int glyph(int codePoint) {
    // the cmap lookup boxes the code point into a map key: measuring calls this per character
    // per candidate size, so remember the answer for the BMP
    if (codePoint >= 0 && codePoint < bmpGlyphs.length) {
      int known = bmpGlyphs[codePoint];
      if (known < 0) {
        known = lookup(codePoint);
        bmpGlyphs[codePoint] = known;
      }
      return known;
    }
    return lookup(codePoint);
  }

  private int lookup(int codePoint) {
    int g = cmap == null ? 0 : cmap.getGlyphId(codePoint);
    return g < 0 || g >= advances.length ? 0 : g;
  }

  /**
   * Tab, line ends, zero-width joiners and bidi controls: AWT mapped these to an invisible,
   * zero-width glyph whatever the font's cmap says; measuring keeps that.
   */
  private static boolean invisible(int c) {
    return c == 0x09 || c == 0x0a || c == 0x0d
        || (c >= 0x200c && c <= 0x200f) || (c >= 0x2028 && c <= 0x202e) || (c >= 0x206a && c <= 0x206f);
  }

  private static BitSet blankGlyphs(IndexToLocationTable loca, int glyphs) {
    BitSet blank = new BitSet(glyphs);
    long[] offsets = loca == null ? null : loca.getOffsets();
    if (offsets != null) {
      for (int g = 0; g < glyphs && g + 1 < offsets.length; g++) {
        blank.set(g, offsets[g + 1] <= offsets[g]);
      }
    }
    return blank;
  }

  private static String englishName(NamingTable names, int id) {
    String n = names.getName(id, NameRecord.PLATFORM_WINDOWS, NameRecord.ENCODING_WINDOWS_UNICODE_BMP,
        NameRecord.LANGUAGE_WINDOWS_EN_US);
    if (n == null) {
      n = names.getName(id, NameRecord.PLATFORM_MACINTOSH, NameRecord.ENCODING_MACINTOSH_ROMAN,
          NameRecord.LANGUAGE_MACINTOSH_ENGLISH);
    }
    if (n == null) {
      n = names.getName(id, NameRecord.PLATFORM_UNICODE, NameRecord.ENCODING_UNICODE_2_0_BMP,
          NameRecord.LANGUAGE_UNICODE);
    }
    return n;
  }
}
