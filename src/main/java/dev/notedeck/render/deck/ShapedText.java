package dev.notedeck.render.deck;

import dev.notedeck.fonts.FontMetrics;
import dev.notedeck.model.Span;
import java.text.BreakIterator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A paragraph's text with what measuring it needs and what does not change with the size or
 * the width: each character's face and advance in font units, and the line-break opportunities
 * of each line. Fitting tries one paragraph at many sizes and widths; looking up faces and
 * glyphs and running the break iterator again for each try was most of the planner's time.
 */
final class ShapedText {

  /** The slot of a surrogate pair's second char: no advance of its own. */
  private static final int NO_ADVANCE = Integer.MIN_VALUE;

  private final String text;
  private final DeckFonts.Face[] faces;
  private final int[] units;
  /** Break opportunities of the line starting at each offset (relative to it), made when first asked. */
  private final Map<Integer, int[]> breaks = new HashMap<>();

  private ShapedText(String text, DeckFonts.Face[] faces, int[] units) {
    this.text = text;
    this.faces = faces;
    this.units = units;
  }

  /** The paragraph's plain text shaped with {@code fonts} (as it is set: code, bold by role or span). */
  static ShapedText of(Para p, DeckFonts fonts) {
    String text = p.plainText();
    int length = text.length();
    DeckFonts.Face[] faces = new DeckFonts.Face[length];
    int[] units = new int[length];
    java.util.Arrays.fill(units, NO_ADVANCE);
    int spanStart = 0;
    for (Span span : p.spans()) {
      int spanEnd = Math.min(length, spanStart + span.text().length());
      boolean code = p.role() == Para.Role.CODE || span.has(Span.Style.CODE);
      boolean bold = TextMeasurer.isBold(p.role()) || span.has(Span.Style.BOLD);
      int i = spanStart;
      while (i < spanEnd) {
        int c = text.codePointAt(i);
        DeckFonts.Face f = fonts.fontFor(c, code, bold);
        faces[i] = f;
        units[i] = f.metrics().advance(c);
        int n = Character.charCount(c);
        if (n == 2 && i + 1 < spanEnd) {
          faces[i + 1] = f;
        }
        i += n;
      }
      spanStart += span.text().length();
    }
    return new ShapedText(text, faces, units);
  }

  String text() {
    return text;
  }

  /**
   * The characters {@code start..end} at {@code size}: advances computed as they always were
   * ({@code units * size / unitsPerEm} in float, plus the synthetic bold's widening on inked
   * glyphs), so lines break exactly where they did.
   */
  MeasuredSegment segment(int start, int end, double size) {
    float s = (float) size;
    float[] advances = new float[end - start];
    for (int i = start; i < end; i++) {
      int u = units[i];
      if (u == NO_ADVANCE) {
        continue;
      }
      DeckFonts.Face f = faces[i];
      FontMetrics m = f.metrics();
      float a = u * s / m.unitsPerEm();
      advances[i - start] = f.syntheticBold() && !m.isBlank(text.codePointAt(i))
          ? a + s * TextMeasurer.SYNTHETIC_BOLD_EM : a;
    }
    return new MeasuredSegment(text, start, advances, faces);
  }

  /**
   * The line-break opportunities of the line {@code start..end} relative to {@code start}, in
   * order from 0 to its length: where {@link BreakIterator#getLineInstance()} puts them.
   */
  int[] breaks(int start, int end) {
    return breaks.computeIfAbsent(start, s -> {
      BreakIterator it = BreakIterator.getLineInstance();
      it.setText(text.substring(start, end));
      int[] found = new int[end - start + 1];
      int n = 0;
      for (int b = it.first(); b != BreakIterator.DONE; b = it.next()) {
        found[n++] = b;
      }
      return java.util.Arrays.copyOf(found, n);
    });
  }

  /** Whether the paragraph is the one this was shaped from (same spans, same role). */
  static Object key(Para p) {
    return new Key(p.spans(), p.role());
  }

  /**
   * The spans are compared by identity: a paragraph resized for another attempt keeps its span
   * list, and comparing the text itself each time cost as much as measuring it.
   */
  private record Key(List<Span> spans, Para.Role role) {
    @Override
    public boolean equals(Object o) {
      return o instanceof Key k && k.spans == spans && k.role == role;
    }

    @Override
    public int hashCode() {
      return System.identityHashCode(spans) * 31 + role.hashCode();
    }
  }
}
