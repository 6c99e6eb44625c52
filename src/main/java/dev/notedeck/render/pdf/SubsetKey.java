package dev.notedeck.render.pdf;

import java.util.Arrays;
import java.util.Map;
import java.util.TreeMap;
import org.apache.fontbox.ttf.TrueTypeFont;

/**
 * Everything PDFBox's subset of one font depends on: the parsed font (one instance per font file
 * and JVM, {@link dev.notedeck.fonts.ParsedFonts}), the set of code points and of extra glyphs used, and for each
 * glyph the code point it was first used for (its ToUnicode entry when several code points share
 * a glyph). The order of first use is otherwise irrelevant, so an edit that only moves or
 * repeats characters already in the document still finds its subset.
 */
final class SubsetKey {
  private final TrueTypeFont font;
  private final int[] data;
  private final int hash;
  private final boolean beyondBmp;

  private SubsetKey(TrueTypeFont font, int[] data, boolean beyondBmp) {
    this.font = font;
    this.data = data;
    this.hash = System.identityHashCode(font) * 31 + Arrays.hashCode(data);
    this.beyondBmp = beyondBmp;
  }

  /** The key of what the font will be subset to, or null if PDFBox does not tell. */
  static SubsetKey of(SubsetAccess.Used used) {
    if (used == null || used.font() == null || used.cmap() == null) {
      return null;
    }
    Map<Integer, Integer> firstUse = new TreeMap<>();
    for (int codePoint : used.codePoints()) {
      int glyph = used.cmap().getGlyphId(codePoint);
      if (glyph > 0) {
        firstUse.putIfAbsent(glyph, codePoint);
      }
    }
    int[] codePoints = used.codePoints().stream().mapToInt(Integer::intValue).sorted().toArray();
    int[] glyphs = used.glyphIds().stream().mapToInt(Integer::intValue).sorted().toArray();
    int[] data = new int[codePoints.length + glyphs.length + 2 * firstUse.size() + 2];
    int i = 0;
    for (int c : codePoints) {
      data[i++] = c;
    }
    data[i++] = -1;
    for (int g : glyphs) {
      data[i++] = g;
    }
    data[i++] = -1;
    for (Map.Entry<Integer, Integer> e : firstUse.entrySet()) {
      data[i++] = e.getKey();
      data[i++] = e.getValue();
    }
    boolean beyondBmp = codePoints.length > 0 && codePoints[codePoints.length - 1] > 0xFFFF;
    return new SubsetKey(used.font(), data, beyondBmp);
  }

  /** Whether a used code point lies beyond the BMP (PDFBox then makes the document PDF 1.5). */
  boolean beyondBmp() {
    return beyondBmp;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof SubsetKey k && k.font == font && k.hash == hash && Arrays.equals(k.data, data);
  }

  @Override
  public int hashCode() {
    return hash;
  }
}
