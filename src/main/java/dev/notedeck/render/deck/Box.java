package dev.notedeck.render.deck;

/** A rectangle on a slide, in points from the slide's top-left corner. */
public record Box(double x, double y, double width, double height) {

  public double right() {
    return x + width;
  }

  public double bottom() {
    return y + height;
  }

  public Box withY(double newY, double newHeight) {
    return new Box(x, newY, width, newHeight);
  }

  public boolean within(double slideWidth, double slideHeight) {
    double eps = 0.01;
    return x >= -eps && y >= -eps && right() <= slideWidth + eps && bottom() <= slideHeight + eps;
  }
}
