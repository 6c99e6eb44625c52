package dev.notedeck.render.deck;

import dev.notedeck.model.Span;
import dev.notedeck.render.code.CodeHighlighter;
import java.util.List;

/**
 * One paragraph of slide text, fully decided: its runs, list level, bullet, role and size.
 * Both the measurer and the writer derive indents from it through {@link #marginLeft()}, so what
 * is measured is what is written.
 *
 * @param bullet the bullet glyph, or null (no bullet, or a number when {@code number > 0})
 * @param number the list number for ordered items, else 0
 * @param spaceBefore points of space above the paragraph
 * @param tokens for highlighted code, the token kind of each span (else empty)
 */
public record Para(List<Span> spans, int level, String bullet, int number, Role role, double size,
    double spaceBefore, List<CodeHighlighter.Kind> tokens) {

  public Para {
    spans = List.copyOf(spans);
    tokens = List.copyOf(tokens);
    if (!tokens.isEmpty() && tokens.size() != spans.size()) {
      throw new IllegalArgumentException("one token kind per span");
    }
  }

  public Para(List<Span> spans, int level, String bullet, int number, Role role, double size, double spaceBefore) {
    this(spans, level, bullet, number, role, size, spaceBefore, List.of());
  }

  /** A line of code, a span per token, coloured by {@code tokens} (one kind per span). */
  public static Para code(List<Span> spans, List<CodeHighlighter.Kind> tokens) {
    return new Para(spans, 0, null, 0, Role.CODE, 0, 0, tokens);
  }

  /** What the paragraph is for; decides font and colour in the writer. */
  public enum Role { BODY, HEADING, QUOTE, QUOTE_SOURCE, CODE, TITLE, SUBTITLE, MUTED, NUMBER }

  public static Para plain(String text, Role role, double size) {
    return new Para(List.of(Span.plain(text)), 0, null, 0, role, size, 0);
  }

  public boolean hasMarker() {
    return bullet != null || number > 0;
  }

  /** Left margin of the text in points: one step per level, plus room for a marker. */
  public double marginLeft() {
    double step = Math.max(18, size * 1.1);
    double m = level * step;
    return hasMarker() ? m + step : m;
  }

  /** Negative first-line indent that hangs the marker left of the text. */
  public double indent() {
    return hasMarker() ? -Math.max(18, size * 1.1) : 0;
  }

  public String plainText() {
    StringBuilder sb = new StringBuilder();
    for (Span s : spans) {
      sb.append(s.text());
    }
    return sb.toString();
  }

  public Para withSize(double newSize, double newSpaceBefore) {
    return new Para(spans, level, bullet, number, role, newSize, newSpaceBefore, tokens);
  }

  public Para withSpans(List<Span> newSpans) {
    return new Para(newSpans, level, bullet, number, role, size, spaceBefore);
  }

  /** The same paragraph continued on the next slide: text aligned as before, no second marker. */
  public Para continuation(List<Span> rest) {
    // level + 1 without a marker has the same left margin as level with a marker
    return new Para(rest, hasMarker() ? level + 1 : level, null, 0, role, size, spaceBefore);
  }
}
