package dev.notedeck.theme;

import java.util.List;

/**
 * Fonts and sizes of the handout (points).
 *
 * @param fallbacks families tried, in order, for glyphs the chosen family lacks (Korean always
 *     has one here, so no glyph renders as a box)
 */
public record Typography(
    FontFamily body,
    FontFamily heading,
    FontFamily code,
    List<FontFamily> fallbacks,
    double bodySize,
    double codeSize,
    double h1Size,
    double h2Size,
    double h3Size,
    double lineHeight) {
  public Typography {
    fallbacks = List.copyOf(fallbacks);
  }
}
