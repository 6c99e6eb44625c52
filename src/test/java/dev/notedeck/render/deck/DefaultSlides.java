package dev.notedeck.render.deck;

import dev.notedeck.theme.SlideSetup;
import dev.notedeck.theme.Theme;
import dev.notedeck.theme.ThemeLoader;

/** The default theme's slide setup and a measurer with its fonts, loaded once for the planner tests. */
final class DefaultSlides {
  static final Theme THEME = new ThemeLoader().load("default");
  static final SlideSetup SETUP = THEME.slides();
  static final TextMeasurer MEASURER = new TextMeasurer(DeckFonts.of(THEME));

  private DefaultSlides() {}
}
