package dev.notedeck.render.deck;

/**
 * Where text goes on each kind of slide, read from the template's layouts so that the planner
 * measures against the boxes the writer really fills (a 4:3 company template gives other boxes).
 *
 * @param coverTitle title box of the {@code Title Slide} layout
 * @param coverSubtitle subtitle box of the {@code Title Slide} layout
 * @param title title box of the {@code Title and Content} layout (also used by {@code Title Only})
 * @param body body box of the {@code Title and Content} layout: the content area of every slide
 * @param dividerTitle title box of the {@code Section Header} layout
 * @param dividerBody text box of the {@code Section Header} layout
 */
public record SlideFrames(
    double slideWidth,
    double slideHeight,
    Box coverTitle,
    Box coverSubtitle,
    Box title,
    Box body,
    Box dividerTitle,
    Box dividerBody) {

  /** Boxes for a slide of the given size when a template does not say (proportional margins). */
  public static SlideFrames fallback(double w, double h) {
    double mx = w * 0.05;
    double titleTop = h * 0.05;
    double titleH = h * 0.134;
    double bodyTop = titleTop + titleH + h * 0.03;
    double bodyBottom = h * 0.895;
    Box title = new Box(mx, titleTop, w - 2 * mx, titleH);
    Box body = new Box(mx, bodyTop, w - 2 * mx, bodyBottom - bodyTop);
    Box coverTitle = new Box(mx * 1.5, h * 0.26, w - 3 * mx, h * 0.27);
    Box coverSub = new Box(mx * 1.5, h * 0.56, w - 3 * mx, h * 0.28);
    return new SlideFrames(w, h, coverTitle, coverSub, title, body, coverTitle, coverSub);
  }
}
