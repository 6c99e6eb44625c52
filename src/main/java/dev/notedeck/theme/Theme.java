package dev.notedeck.theme;

/**
 * A fully resolved theme: every value present and checked. Both renderers read only this;
 * {@code ThemeLoader} builds it from {@code themes/<name>/theme.yaml} and its {@code extends} chain.
 *
 * @param colors the handout's colours
 * @param slideColors the deck's colours (a dark theme has dark slides but a printable handout)
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
    LogoSetup logo) {}
