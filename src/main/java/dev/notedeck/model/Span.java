package dev.notedeck.model;

import java.util.Set;

/**
 * A run of text with one style.
 *
 * @param href link target when the span is (part of) a link, else null
 */
public record Span(String text, Set<Style> styles, String href) {
  public Span {
    styles = Set.copyOf(styles);
  }

  public static Span plain(String text) {
    return new Span(text, Set.of(), null);
  }

  public boolean has(Style style) {
    return styles.contains(style);
  }

  public enum Style { BOLD, ITALIC, CODE, STRIKE }
}
