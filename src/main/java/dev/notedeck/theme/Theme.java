package dev.notedeck.theme;

/**
 * A fully resolved theme: every value present and checked. Both renderers read only this;
 * {@code ThemeLoader} builds it from {@code themes/<name>/theme.yaml} and its {@code extends} chain.
 *
 * @param colors the handout's colours
 * @param slideColors the deck's colours (a dark theme has dark slides but a printable handout)
 * @param text speaker notes in the handout, and label words for other languages
 * @param deck what the deck holds ({@code deck:} keys)
 */
public record Theme(
    String name,
    String description,
    Palette colors,
    Palette slideColors,
    Typography fonts,
    PageSetup page,
    SlideSetup slides,
    ThemeAssets assets,
    LinkSetup links,
    TextSetup text,
    LogoSetup logo,
    DeckSetup deck) {

  public Theme(String name, String description, Palette colors, Palette slideColors, Typography fonts,
      PageSetup page, SlideSetup slides, ThemeAssets assets, LinkSetup links) {
    this(name, description, colors, slideColors, fonts, page, slides, assets, links, TextSetup.DEFAULT,
        LogoSetup.DEFAULT, DeckSetup.DEFAULT);
  }
}
