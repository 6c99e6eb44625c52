package dev.notedeck.render.deck;

import dev.notedeck.fonts.FontMetrics;

/**
 * A line segment of a paragraph measured character by character: each char's advance in points
 * (a surrogate pair's on its first char) and the face that sets it. Offsets are relative to the
 * segment's {@code start} in the paragraph's {@code text}; {@code faces} are the whole text's.
 */
record MeasuredSegment(String text, int start, float[] advances, DeckFonts.Face[] faces) {

  int length() {
    return advances.length;
  }

  char charAt(int i) {
    return text.charAt(start + i);
  }

  /**
   * The first character from {@code pos} whose end no longer fits in {@code width}, or the
   * text's length when all fit. Float arithmetic, subtracting as AWT's line-break search did,
   * so a line that just fits still fits.
   */
  int firstOverflowing(int pos, float width) {
    float left = width;
    for (int i = pos; i < advances.length; i++) {
      left -= advances[i];
      if (left < 0) {
        return i;
      }
    }
    return advances.length;
  }

  /** Sum of the advances of {@code from..to}. */
  double advance(int from, int to) {
    float sum = 0;
    for (int i = from; i < to; i++) {
      sum += advances[i];
    }
    return sum;
  }

  /**
   * Height of the line {@code from..to}: the largest ascent plus the largest descent-and-gap of
   * its faces (as a text layout sums them), at least {@link TextMeasurer#MIN_LINE_EM}.
   */
  double lineHeight(int from, int to, double size) {
    double ascent = 0;
    double below = 0;
    FontMetrics seen = null;
    for (int i = from; i < to; i++) {
      DeckFonts.Face f = faces[start + i];
      if (f == null || f.metrics() == seen) {
        continue;
      }
      seen = f.metrics();
      double scale = size / seen.unitsPerEm();
      ascent = Math.max(ascent, seen.ascent() * scale);
      below = Math.max(below, (seen.descent() + seen.lineGap()) * scale);
    }
    return Math.max(ascent + below, size * TextMeasurer.MIN_LINE_EM) * TextMeasurer.LINE_SPACING;
  }

  /** A face's own line height at {@code size}: ascent, descent and line gap. */
  static double naturalHeight(FontMetrics m, double size) {
    return (m.ascent() + m.descent() + m.lineGap()) * size / m.unitsPerEm();
  }
}
