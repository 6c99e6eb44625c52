package dev.notedeck.render.pptx;

import dev.notedeck.model.Span;
import java.awt.Font;
import java.awt.font.FontRenderContext;
import java.awt.font.LineBreakMeasurer;
import java.awt.font.TextAttribute;
import java.awt.font.TextLayout;
import java.text.AttributedString;
import java.util.ArrayList;
import java.util.List;

/**
 * Measures paragraphs with the theme's real fonts at the real box width, the way PowerPoint
 * wraps them (at spaces, at single line spacing). One AWT unit is one point.
 */
public final class TextMeasurer {

  /** Safety margin for differences between AWT's and PowerPoint's/LibreOffice's line breaking. */
  static final double WIDTH_SLACK = 0.96;

  static final double LINE_SPACING = 1.0;

  /**
   * PowerPoint and LibreOffice set single-spaced lines at about 1.2 em even for fonts whose own
   * metrics say less (NanumGothicCoding: 1.0 em); measuring with less would overflow the box.
   */
  static final double MIN_LINE_EM = 1.22;

  private static final FontRenderContext FRC = new FontRenderContext(null, true, true);

  private final DeckFonts fonts;

  public TextMeasurer(DeckFonts fonts) {
    this.fonts = fonts;
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
    String text = p.plainText();
    double width = Math.max(1, (innerWidth - p.marginLeft()) * WIDTH_SLACK);
    List<Line> out = new ArrayList<>();
    int segStart = 0;
    while (true) {
      int nl = text.indexOf('\n', segStart);
      int segEnd = nl < 0 ? text.length() : nl;
      wrapSegment(p, text, segStart, segEnd, width, out);
      if (nl < 0) {
        break;
      }
      segStart = nl + 1;
    }
    return out;
  }

  private void wrapSegment(Para p, String text, int start, int end, double width, List<Line> out) {
    if (start == end) {
      out.add(new Line(start, end, emptyLineHeight(p)));
      return;
    }
    AttributedString as = attributed(p, text, start, end);
    LineBreakMeasurer lbm = new LineBreakMeasurer(as.getIterator(), FRC);
    int pos = 0;
    int len = end - start;
    while (pos < len) {
      TextLayout layout = lbm.nextLayout((float) width);
      int next = lbm.getPosition();
      if (layout == null || next <= pos) {
        break;
      }
      double h = Math.max(layout.getAscent() + layout.getDescent() + layout.getLeading(),
          p.size() * MIN_LINE_EM) * LINE_SPACING;
      out.add(new Line(start + pos, start + next, h));
      pos = next;
    }
  }

  private double emptyLineHeight(Para p) {
    Font f = sized(fonts.eastAsian(), (float) p.size());
    var lm = f.getLineMetrics("가", FRC);
    return Math.max(lm.getAscent() + lm.getDescent() + lm.getLeading(), p.size() * MIN_LINE_EM)
        * LINE_SPACING;
  }

  /** Width of a single unwrapped line of text. */
  public double width(Para p, String text) {
    if (text.isEmpty()) {
      return 0;
    }
    Para one = p.withSpans(List.of(new Span(text, firstStyles(p), null)));
    AttributedString as = attributed(one, text, 0, text.length());
    return new TextLayout(as.getIterator(), FRC).getAdvance();
  }

  /** Widest line of the paragraph when it is not wrapped (line breaks still break). */
  public double naturalWidth(Para p) {
    String text = p.plainText();
    double max = 0;
    int s = 0;
    for (String seg : text.split("\n", -1)) {
      if (!seg.isEmpty()) {
        AttributedString as = attributed(p, text, s, s + seg.length());
        max = Math.max(max, new TextLayout(as.getIterator(), FRC).getAdvance());
      }
      s += seg.length() + 1;
    }
    return max + p.marginLeft();
  }

  private static java.util.Set<Span.Style> firstStyles(Para p) {
    return p.spans().isEmpty() ? java.util.Set.of() : p.spans().get(0).styles();
  }

  private AttributedString attributed(Para p, String text, int start, int end) {
    AttributedString as = new AttributedString(text.substring(start, end));
    float size = (float) p.size();
    int spanStart = 0;
    for (Span span : p.spans()) {
      int spanEnd = spanStart + span.text().length();
      int from = Math.max(spanStart, start);
      int to = Math.min(spanEnd, end);
      if (from < to) {
        boolean code = p.role() == Para.Role.CODE || span.has(Span.Style.CODE);
        boolean bold = isBold(p.role()) || span.has(Span.Style.BOLD);
        int i = from;
        while (i < to) {
          int c = text.codePointAt(i);
          Font f = fonts.fontFor(c, code, bold);
          int j = i + Character.charCount(c);
          while (j < to) {
            int c2 = text.codePointAt(j);
            if (fonts.fontFor(c2, code, bold) != f) {
              break;
            }
            j += Character.charCount(c2);
          }
          as.addAttribute(TextAttribute.FONT, sized(f, size), i - start, j - start);
          i = j;
        }
      }
      spanStart = spanEnd;
    }
    return as;
  }

  private final java.util.Map<Font, java.util.Map<Float, Font>> derived = new java.util.HashMap<>();

  /** Derived fonts are cached: AWT keeps glyph caches per font instance. */
  private Font sized(Font f, float size) {
    return derived.computeIfAbsent(f, k -> new java.util.HashMap<>()).computeIfAbsent(size, f::deriveFont);
  }

  /** Roles the writer sets in bold. */
  static boolean isBold(Para.Role role) {
    return role == Para.Role.TITLE || role == Para.Role.HEADING || role == Para.Role.NUMBER;
  }
}
