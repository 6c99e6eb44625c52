package dev.notedeck.render.deck;

import java.util.List;

/** Paragraphs placed in a box; the planner has measured that they fit. */
public record TextFrame(Box box, List<Para> paras, Anchor anchor) {

  public TextFrame {
    paras = List.copyOf(paras);
  }

  public enum Anchor { TOP, MIDDLE, BOTTOM }

  /** Inner padding of every text box the writer draws, in points (left/right, top/bottom). */
  public static final double INSET_X = 7.2;
  public static final double INSET_Y = 3.6;

  public double innerWidth() {
    return box.width() - 2 * INSET_X;
  }

  public double innerHeight() {
    return box.height() - 2 * INSET_Y;
  }

  public String plainText() {
    StringBuilder sb = new StringBuilder();
    for (Para p : paras) {
      if (!sb.isEmpty()) {
        sb.append('\n');
      }
      sb.append(p.plainText());
    }
    return sb.toString();
  }
}
