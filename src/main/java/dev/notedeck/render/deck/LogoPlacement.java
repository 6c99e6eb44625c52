package dev.notedeck.render.deck;

import dev.notedeck.theme.LogoSetup;

/**
 * Where the theme's logo sits on a slide: in its corner, {@code logo.height} high (on the
 * title slide's layout {@code logo.titleHeight}), in its own proportions, never wider than a
 * third of the slide. The deck's template and the slides handout's thumbnails place it alike.
 */
public final class LogoPlacement {
  private LogoPlacement() {}

  /** Whether a layout carries the logo: the cover always, the others unless the corner is none. */
  public static boolean on(LogoSetup place, boolean cover) {
    return cover || place.onSlides();
  }

  /** The logo's box, in points, for a picture of {@code pictureWidth} x {@code pictureHeight} pixels. */
  public static Box box(LogoSetup place, boolean cover, int pictureWidth, int pictureHeight,
      double slideWidth, double slideHeight) {
    double inset = Math.min(slideWidth, slideHeight) * 0.022;
    double height = (cover ? place.titleHeightMm() : place.heightMm()) * 72 / 25.4;
    double width = pictureWidth > 0 && pictureHeight > 0 ? height * pictureWidth / pictureHeight : height;
    if (width > slideWidth / 3) { // a very wide logo keeps to a third of the slide
      height *= slideWidth / 3 / width;
      width = slideWidth / 3;
    }
    double x = place.right() ? slideWidth - inset - width : inset;
    double y = place.bottom() ? slideHeight - inset - height : inset;
    return new Box(x, y, width, height);
  }
}
