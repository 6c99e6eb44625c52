package dev.notedeck.theme;

/**
 * The deck's geometry and type.
 *
 * @param widthPt slide width in points (16:9 is 960 x 540)
 * @param latinTypeface typeface name written into the deck for Latin text
 * @param eastAsianTypeface typeface name written for Korean ({@code ea}) text
 * @param minBodySize the planner may tighten body text down to this size, never below
 */
public record SlideSetup(
    double widthPt,
    double heightPt,
    String latinTypeface,
    String eastAsianTypeface,
    String codeTypeface,
    double titleSize,
    double bodySize,
    double minBodySize,
    double codeSize,
    double minCodeSize) {}
