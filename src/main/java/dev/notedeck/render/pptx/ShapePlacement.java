package dev.notedeck.render.pptx;

import dev.notedeck.render.deck.Box;
import dev.notedeck.render.deck.TextFrame;
import org.apache.poi.xslf.usermodel.XSLFShape;
import org.apache.poi.xslf.usermodel.XSLFTextShape;
import org.openxmlformats.schemas.drawingml.x2006.main.CTShapeProperties;
import org.openxmlformats.schemas.drawingml.x2006.main.CTTextBodyProperties;
import org.openxmlformats.schemas.drawingml.x2006.main.CTTransform2D;
import org.openxmlformats.schemas.drawingml.x2006.main.STTextAnchoringType;
import org.openxmlformats.schemas.drawingml.x2006.main.STTextWrappingType;
import org.openxmlformats.schemas.presentationml.x2006.main.CTShape;

/**
 * Puts a shape exactly where the planner measured it, with the insets and anchoring it assumed.
 * A placeholder starts as POI's copy of its layout placeholder, so what the copy already says
 * equally is left to the layout (dropped from the slide); a text box leaves the format's
 * defaults unsaid. Either way the slide only carries what differs, which keeps the deck small.
 */
final class ShapePlacement {

  private static final double EMU = 12700;
  /** DrawingML's default insets (7.2 pt, 3.6 pt), which are also the planner's. */
  private static final long DEFAULT_INSET_X = 91440;
  private static final long DEFAULT_INSET_Y = 45720;

  private ShapePlacement() {}

  /**
   * Sets the shape's own transform (never the inherited one, which would move the master's); a
   * placeholder already where its layout puts it keeps none.
   */
  static void place(XSLFShape shape, Box box) {
    CTShapeProperties spPr = spPr(shape);
    boolean placeholder = shape instanceof XSLFTextShape t && t.isPlaceholder();
    long x = emu(box.x());
    long y = emu(box.y());
    long cx = emu(box.width());
    long cy = emu(box.height());
    if (placeholder) {
      if (spPr.isSetPrstGeom()) {
        spPr.unsetPrstGeom(); // the layout's rectangle
      }
      if (spPr.isSetXfrm() && sameBox(spPr.getXfrm(), x, y, cx, cy)) {
        spPr.unsetXfrm();
        return;
      }
    }
    CTTransform2D xfrm = spPr.isSetXfrm() ? spPr.getXfrm() : spPr.addNewXfrm();
    if (!xfrm.isSetOff()) {
      xfrm.addNewOff();
    }
    if (!xfrm.isSetExt()) {
      xfrm.addNewExt();
    }
    xfrm.getOff().setX(x);
    xfrm.getOff().setY(y);
    xfrm.getExt().setCx(cx);
    xfrm.getExt().setCy(cy);
  }

  private static boolean sameBox(CTTransform2D xfrm, long x, long y, long cx, long cy) {
    return xfrm.isSetOff() && xfrm.isSetExt() && !xfrm.isSetRot() && !xfrm.isSetFlipH() && !xfrm.isSetFlipV()
        && emu(xfrm.getOff().xgetX()) == x && emu(xfrm.getOff().xgetY()) == y
        && xfrm.getExt().getCx() == cx && xfrm.getExt().getCy() == cy;
  }

  /** A coordinate attribute in EMU; a unit-suffixed measure ("1in") counts as unknown. */
  private static long emu(org.apache.xmlbeans.XmlAnySimpleType value) {
    try {
      return Long.parseLong(value.getStringValue());
    } catch (NumberFormatException e) {
      return Long.MIN_VALUE;
    }
  }

  static CTShapeProperties spPr(XSLFShape shape) {
    return ((CTShape) shape.getXmlObject()).getSpPr();
  }

  static long emu(double pt) {
    return Math.round(pt * EMU);
  }

  /** Insets, wrapping, anchoring and no autofit, as the planner measured the text. */
  static void bodyProperties(XSLFTextShape shape, TextFrame.Anchor anchor) {
    CTTextBodyProperties pr = shape.getTextBody().getXmlObject().getBodyPr();
    boolean placeholder = shape.isPlaceholder();
    STTextAnchoringType.Enum wanted = switch (anchor) {
      case TOP -> STTextAnchoringType.T;
      case MIDDLE -> STTextAnchoringType.CTR;
      case BOTTOM -> STTextAnchoringType.B;
    };
    // a placeholder inherits what its layout copy says; a text box says its insets itself (LibreOffice's
    // defaults differ slightly from DrawingML's) and leaves the rest to the format's defaults
    boolean insets = placeholder
        && pr.isSetLIns() && emu(pr.xgetLIns()) == DEFAULT_INSET_X && pr.isSetRIns() && emu(pr.xgetRIns()) == DEFAULT_INSET_X
        && pr.isSetTIns() && emu(pr.xgetTIns()) == DEFAULT_INSET_Y && pr.isSetBIns() && emu(pr.xgetBIns()) == DEFAULT_INSET_Y;
    boolean wrap = !placeholder || pr.isSetWrap() && pr.getWrap() == STTextWrappingType.SQUARE;
    boolean anchored = placeholder ? pr.isSetAnchor() && pr.getAnchor() == wanted : wanted == STTextAnchoringType.T;
    // LibreOffice grows a text box that does not say noAutofit
    boolean noAutofit = placeholder && pr.isSetNoAutofit();
    boolean rtlCol = pr.isSetRtlCol() && pr.getRtlCol();
    boolean vertical = pr.isSetVert() && pr.getVert() != org.openxmlformats.schemas.drawingml.x2006.main.STTextVerticalType.HORZ;
    pr.set(CTTextBodyProperties.Factory.newInstance()); // what remains to be said is added back
    if (!insets) {
      pr.setLIns(DEFAULT_INSET_X);
      pr.setRIns(DEFAULT_INSET_X);
      pr.setTIns(DEFAULT_INSET_Y);
      pr.setBIns(DEFAULT_INSET_Y);
    }
    if (!wrap) {
      pr.setWrap(STTextWrappingType.SQUARE);
    }
    if (!anchored) {
      pr.setAnchor(wanted);
    }
    if (rtlCol || vertical) {
      pr.setRtlCol(false); // a layout's right-to-left or vertical text would break the measured lines
      pr.setVert(org.openxmlformats.schemas.drawingml.x2006.main.STTextVerticalType.HORZ);
    }
    if (!noAutofit) {
      pr.addNewNoAutofit();
    }
  }
}
