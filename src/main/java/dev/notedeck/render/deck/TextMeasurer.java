package dev.notedeck.render.deck;

import dev.notedeck.model.Span;
import java.text.BreakIterator;
import java.util.ArrayList;
import java.util.List;

/**
 * Measures paragraphs with the theme's real fonts at the real box width, the way PowerPoint
 * wraps them (at the line-break opportunities of {@link BreakIterator#getLineInstance()}: spaces,
 * and between CJK ideographs; a Hangul word stays whole), at single line spacing. Widths are the
 * fonts' unkerned advance widths (hmtx), without ligatures; one unit is one point. The wrapping
 * follows AWT's {@code LineBreakMeasurer}, which this class replaced: same break rules, same
 * fitting test, so decks plan as before without starting AWT's font system.
 */
public final class TextMeasurer {

  /** Safety margin for differences between this and PowerPoint's/LibreOffice's line breaking. */
  static final double WIDTH_SLACK = 0.96;

  static final double LINE_SPACING = 1.0;

  /**
   * PowerPoint and LibreOffice set single-spaced lines at about 1.2 em even for fonts whose own
   * metrics say less (NanumGothicCoding: 1.0 em); measuring with less would overflow the box.
   */
  static final double MIN_LINE_EM = 1.22;

  /** How much wider AWT (FreeType) set each inked glyph of a synthetic bold: 1/32 em. */
  static final float SYNTHETIC_BOLD_EM = 1f / 32;

  private final DeckFonts fonts;

  /**
   * Wrapped lines already worked out in this plan: fitting tries the same paragraphs at the
   * same sizes and widths for many arrangements, and wrapping was most of a warm rebuild.
   * Cleared when it grows past {@link #MEMO_LIMIT} so a deck of thousands of slides keeps
   * memory flat.
   */
  private final java.util.Map<WrapKey, List<Line>> wrapped = new java.util.HashMap<>();
  private static final int MEMO_LIMIT = 20_000;
  /** Paragraphs shaped in this plan (by span list and role), bounded the same way. */
  private final java.util.Map<Object, ShapedText> shapes = new java.util.HashMap<>();

  /** What wrapping depends on: the paragraph as shaped (its span list by identity, its role), its size and the width. */
  private record WrapKey(Object shape, double size, double width) {}

  public TextMeasurer(DeckFonts fonts) {
    this.fonts = fonts;
  }

  DeckFonts fonts() {
    return fonts;
  }

  /** One wrapped line: its offsets in the paragraph's plain text and its height. */
  public record Line(int start, int end, double height) {}

  /** Height of the paragraphs set in a frame of the given inner width, spacing included. */
  public double height(List<Para> paras, double innerWidth) {
    double h = 0;
    for (Para p : paras) {
      h += height(p, innerWidth);
    }
    return h;
  }

  /** Height of one paragraph including its space before. */
  public double height(Para p, double innerWidth) {
    double h = p.spaceBefore();
    for (Line l : lines(p, innerWidth)) {
      h += l.height();
    }
    return h;
  }

  public boolean fits(TextFrame frame) {
    return height(frame.paras(), frame.innerWidth()) <= frame.innerHeight() + 0.01;
  }

  /** Wraps the paragraph into lines; line breaks in the text always start a new line. */
  public List<Line> lines(Para p, double innerWidth) {
    return lines(p, innerWidth, WIDTH_SLACK);
  }

  /**
   * The lines as an office suite sets them: the full width, without the safety margin the
   * planner measures with (which only keeps a frame it fills from overflowing). A drawing of
   * the slide (the slides handout) breaks here, as PowerPoint and LibreOffice do as far as the
   * fonts allow; never more lines than {@link #lines}.
   */
  public List<Line> linesAsSet(Para p, double innerWidth) {
    return lines(p, innerWidth, 1.0);
  }

  private List<Line> lines(Para p, double innerWidth, double slack) {
    double width = Math.max(1, (innerWidth - p.marginLeft()) * slack);
    WrapKey key = new WrapKey(ShapedText.key(p), p.size(), width);
    List<Line> known = wrapped.get(key);
    if (known != null) {
      return known;
    }
    if (wrapped.size() >= MEMO_LIMIT) {
      wrapped.clear();
    }
    List<Line> lines = List.copyOf(wrap(p, width));
    wrapped.put(key, lines);
    return lines;
  }

  private List<Line> wrap(Para p, double width) {
    ShapedText shaped = shaped(p);
    String text = shaped.text();
    List<Line> out = new ArrayList<>();
    int segStart = 0;
    while (true) {
      int nl = text.indexOf('\n', segStart);
      int segEnd = nl < 0 ? text.length() : nl;
      wrapSegment(p, shaped, segStart, segEnd, width, out);
      if (nl < 0) {
        break;
      }
      segStart = nl + 1;
    }
    return out;
  }

  private void wrapSegment(Para p, ShapedText shaped, int start, int end, double width, List<Line> out) {
    if (start == end) {
      out.add(new Line(start, end, emptyLineHeight(p)));
      return;
    }
    MeasuredSegment segment = shaped.segment(start, end, p.size());
    int[] breaks = shaped.breaks(start, end);
    int pos = 0;
    int len = end - start;
    while (pos < len) {
      int next = nextBreak(segment, breaks, pos, (float) width);
      if (next <= pos) {
        break;
      }
      out.add(new Line(start + pos, start + next, segment.lineHeight(pos, next, p.size())));
      pos = next;
    }
  }

  /**
   * Where the line starting at {@code pos} ends, as {@code LineBreakMeasurer.nextOffset} decides:
   * after the last break opportunity before the first character that does not fit; if that
   * character is a space, after the spaces that follow it; if no opportunity fits, the word is
   * cut where it overflows (at least one character per line). {@code breaks}: the segment's
   * break opportunities in order, 0 and its length included.
   */
  private static int nextBreak(MeasuredSegment segment, int[] breaks, int pos, float width) {
    int len = segment.length();
    int overflow = segment.firstOverflowing(pos, width);
    if (overflow == len) {
      return len;
    }
    if (Character.isWhitespace(segment.charAt(overflow))) {
      return following(breaks, overflow);
    }
    int next;
    if (overflow + 1 == len) {
      next = breaks.length > 1 ? breaks[breaks.length - 2] : -1; // the one before the end
    } else {
      next = preceding(breaks, overflow + 1);
    }
    return next <= pos ? Math.max(pos + 1, overflow) : next;
  }

  /** The first break after {@code offset} ({@link BreakIterator#following}). */
  private static int following(int[] breaks, int offset) {
    int i = java.util.Arrays.binarySearch(breaks, offset + 1);
    int at = i >= 0 ? i : -i - 1;
    return at < breaks.length ? breaks[at] : -1;
  }

  /** The last break before {@code offset} ({@link BreakIterator#preceding}). */
  private static int preceding(int[] breaks, int offset) {
    int i = java.util.Arrays.binarySearch(breaks, offset);
    int at = (i >= 0 ? i : -i - 1) - 1;
    return at >= 0 ? breaks[at] : -1;
  }

  private double emptyLineHeight(Para p) {
    DeckFonts.Face f = fonts.eastAsian();
    return Math.max(MeasuredSegment.naturalHeight(f.metrics(), p.size()), p.size() * MIN_LINE_EM) * LINE_SPACING;
  }

  /** Width of a single unwrapped line of text. */
  public double width(Para p, String text) {
    if (text.isEmpty()) {
      return 0;
    }
    Para one = p.withSpans(List.of(new Span(text, firstStyles(p), null)));
    return ShapedText.of(one, fonts).segment(0, text.length(), one.size()).advance(0, text.length());
  }

  /** Widest line of the paragraph when it is not wrapped (line breaks still break). */
  public double naturalWidth(Para p) {
    ShapedText shaped = shaped(p);
    String text = shaped.text();
    double max = 0;
    int s = 0;
    for (String seg : text.split("\n", -1)) {
      if (!seg.isEmpty()) {
        max = Math.max(max, shaped.segment(s, s + seg.length(), p.size()).advance(0, seg.length()));
      }
      s += seg.length() + 1;
    }
    return max + p.marginLeft();
  }

  private static java.util.Set<Span.Style> firstStyles(Para p) {
    return p.spans().isEmpty() ? java.util.Set.of() : p.spans().get(0).styles();
  }

  /** The paragraph shaped once per plan, whatever sizes and widths it is tried at. */
  private ShapedText shaped(Para p) {
    Object key = ShapedText.key(p);
    ShapedText known = shapes.get(key);
    if (known == null) {
      if (shapes.size() >= MEMO_LIMIT) {
        shapes.clear();
      }
      known = ShapedText.of(p, fonts);
      shapes.put(key, known);
    }
    return known;
  }

  /** Roles the writer sets in bold. */
  public static boolean isBold(Para.Role role) {
    return role == Para.Role.TITLE || role == Para.Role.HEADING || role == Para.Role.NUMBER;
  }
}
