package dev.notedeck.theme;

/**
 * Where the theme's logo goes: a corner of every slide and of the handout's running header, and
 * larger on the deck's title slide and the handout's cover.
 *
 * @param corner top-left, top-right, bottom-left or bottom-right; none keeps it off the slides
 * @param heightMm its height in a corner and in the running header
 * @param titleHeightMm its height on the title slide and the cover
 */
public record LogoSetup(String corner, double heightMm, double titleHeightMm) {
  public static final java.util.List<String> CORNERS =
      java.util.List.of("top-left", "top-right", "bottom-left", "bottom-right", "none");

  /** The schema's defaults, for themes built in code. */
  public static final LogoSetup DEFAULT = new LogoSetup("top-right", 6, 18);

  public boolean onSlides() {
    return !corner.equals("none");
  }

  /** On the right (the title slide's logo too when it is on no other slide). */
  public boolean right() {
    return corner.endsWith("right") || corner.equals("none");
  }

  public boolean bottom() {
    return corner.startsWith("bottom");
  }
}
