package dev.notedeck.render.pptx;

import dev.notedeck.render.deck.Box;
import dev.notedeck.render.deck.TextFrame;

/**
 * Puts a shape exactly where the planner measured it, with the insets and anchoring it assumed.
 * A placeholder starts as a copy of its layout placeholder, so what the copy already says equally
 * is left to the layout (unsaid on the slide); a text box leaves the format's defaults unsaid.
 * Either way the slide only carries what differs, which keeps the deck small.
 */
final class ShapePlacement {

  private static final double EMU = 12700;

  private ShapePlacement() {}

  static long emu(double pt) {
    return Math.round(pt * EMU);
  }

  /**
   * EMU as POI's anchors rounded them (half to even): pictures, tables and plain shapes keep
   * the positions they had when POI placed them.
   */
  static long anchorEmu(double pt) {
    return (long) Math.rint(pt * EMU);
  }

  /** {@code <a:off/><a:ext/>} of a box. */
  static XmlText offsetAndSize(XmlText x, Box b) {
    return x.open("a:off").attr("x", emu(b.x())).attr("y", emu(b.y())).end()
        .open("a:ext").attr("cx", emu(b.width())).attr("cy", emu(b.height())).end();
  }

  /** {@code <a:off/><a:ext/>} of a picture, table or plain shape ({@link #anchorEmu}). */
  static XmlText anchor(XmlText x, Box b) {
    return x.open("a:off").attr("x", anchorEmu(b.x())).attr("y", anchorEmu(b.y())).end()
        .open("a:ext").attr("cx", anchorEmu(b.width())).attr("cy", anchorEmu(b.height())).end();
  }

  /** A shape's own transform, keeping the rotation or flips {@code turn} (attributes) it has. */
  static XmlText transform(XmlText x, Box b, String turn) {
    return offsetAndSize(x.raw("<a:xfrm").raw(turn).raw(">"), b).raw("</a:xfrm>");
  }

  /** A picture's or plain shape's transform ({@link #anchorEmu}). */
  static XmlText anchorTransform(XmlText x, Box b) {
    return anchor(x.raw("<a:xfrm>"), b).raw("</a:xfrm>");
  }

  /**
   * A placeholder's shape properties: the layout copy's, without its rectangle and with a
   * transform only when the slide's box is not the layout's.
   */
  static void placeholder(XmlText x, LayoutPlaceholders.Copy copy, Box b) {
    LayoutPlaceholders.Frame f = copy.frame();
    boolean own = !f.sameBox(emu(b.x()), emu(b.y()), emu(b.width()), emu(b.height()));
    if (!own && copy.shapeRest().isEmpty()) {
      x.raw("<p:spPr").raw(copy.shapeAttributes()).raw("/>");
      return;
    }
    x.raw("<p:spPr").raw(copy.shapeAttributes()).raw(">");
    if (own) {
      transform(x, b, f.turn());
    }
    x.raw(copy.shapeRest()).raw("</p:spPr>");
  }

  /**
   * Insets, wrapping, anchoring and no autofit, as the planner measured the text. {@code inherited}:
   * what a placeholder's layout says already (null for a text box, which says its insets itself,
   * as LibreOffice's defaults differ slightly from DrawingML's, and leaves the rest to the format).
   */
  static void bodyProperties(XmlText x, LayoutPlaceholders.Body inherited, TextFrame.Anchor anchor) {
    String wanted = LayoutPlaceholders.anchor(anchor);
    boolean placeholder = inherited != null;
    boolean insets = placeholder && inherited.defaultInsets();
    boolean wrap = !placeholder || inherited.squareWrap();
    boolean anchored = placeholder ? wanted.equals(inherited.anchor()) : wanted.equals("t");
    // LibreOffice grows a text box that does not say noAutofit
    boolean noAutofit = placeholder && inherited.noAutofit();
    x.open("a:bodyPr");
    if (!insets) {
      x.attr("lIns", LayoutPlaceholders.DEFAULT_INSET_X).attr("rIns", LayoutPlaceholders.DEFAULT_INSET_X)
          .attr("tIns", LayoutPlaceholders.DEFAULT_INSET_Y).attr("bIns", LayoutPlaceholders.DEFAULT_INSET_Y);
    }
    if (!wrap) {
      x.attr("wrap", "square");
    }
    if (!anchored) {
      x.attr("anchor", wanted);
    }
    if (placeholder && inherited.turned()) {
      // a layout's right-to-left or vertical text would break the measured lines
      x.attr("rtlCol", "false").attr("vert", "horz");
    }
    if (noAutofit) {
      x.end();
    } else {
      x.close().raw("<a:noAutofit/></a:bodyPr>");
    }
  }
}
