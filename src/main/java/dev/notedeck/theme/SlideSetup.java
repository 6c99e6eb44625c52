package dev.notedeck.theme;

/**
 * The deck's geometry and type.
 *
 * @param widthPt slide width in points (16:9 is 960 x 540)
 * @param latinTypeface typeface name written into the deck for Latin text
 * @param eastAsianTypeface typeface name written for Korean ({@code ea}) text
 * @param minBodySize the planner may tighten body text down to this size, never below
 * @param fromTemplate what the theme's template.pptx decides (size, colors, fonts: {@code template.decides})
 * @param templateKeys the theme keys whose values came from the template, for {@code themes show}
 * @param typefaceFonts the font installed here (or declared, or bundled) behind each typeface
 *     name, for measuring; a name missing here is not installed
 * @param typefaceOrigins where each {@code slides.*Typeface} key got its value, by key
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
    double minCodeSize,
    java.util.List<String> fromTemplate,
    java.util.Set<String> templateKeys,
    java.util.Map<String, FontFamily> typefaceFonts,
    java.util.Map<String, Origin> typefaceOrigins) {

  /** Without typeface fonts (themes built in code): each typeface is measured by name. */
  public SlideSetup(double widthPt, double heightPt, String latinTypeface,
      String eastAsianTypeface, String codeTypeface, double titleSize, double bodySize,
      double minBodySize, double codeSize, double minCodeSize,
      java.util.List<String> fromTemplate, java.util.Set<String> templateKeys) {
    this(widthPt, heightPt, latinTypeface, eastAsianTypeface, codeTypeface, titleSize, bodySize,
        minBodySize, codeSize, minCodeSize, fromTemplate, templateKeys, java.util.Map.of(),
        java.util.Map.of());
  }

  /** A theme.yaml line, or the template's (when {@code fromTemplate}) that named a typeface. */
  public record Origin(String file, int line, boolean fromTemplate) {}
}
