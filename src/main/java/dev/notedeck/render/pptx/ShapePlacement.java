package dev.notedeck.render.pptx;

import org.apache.poi.xslf.usermodel.XSLFShape;
import org.apache.poi.xslf.usermodel.XSLFTextShape;
import org.openxmlformats.schemas.drawingml.x2006.main.CTShapeProperties;
import org.openxmlformats.schemas.drawingml.x2006.main.CTTextBodyProperties;
import org.openxmlformats.schemas.drawingml.x2006.main.CTTransform2D;
import org.openxmlformats.schemas.drawingml.x2006.main.STTextAnchoringType;
import org.openxmlformats.schemas.drawingml.x2006.main.STTextWrappingType;
import org.openxmlformats.schemas.presentationml.x2006.main.CTShape;

/** Puts a shape exactly where the planner measured it, with the insets and anchoring it assumed. */
final class ShapePlacement {

  private static final double EMU = 12700;

  private ShapePlacement() {}

  /** Sets the shape's own transform (never the inherited one, which would move the master's). */
  static void place(XSLFShape shape, Box box) {
    CTShapeProperties spPr = spPr(shape);
    CTTransform2D xfrm = spPr.isSetXfrm() ? spPr.getXfrm() : spPr.addNewXfrm();
    if (!xfrm.isSetOff()) {
      xfrm.addNewOff();
    }
    if (!xfrm.isSetExt()) {
      xfrm.addNewExt();
    }
    xfrm.getOff().setX(emu(box.x()));
    xfrm.getOff().setY(emu(box.y()));
    xfrm.getExt().setCx(emu(box.width()));
    xfrm.getExt().setCy(emu(box.height()));
  }

  static CTShapeProperties spPr(XSLFShape shape) {
    return ((CTShape) shape.getXmlObject()).getSpPr();
  }

  static long emu(double pt) {
    return Math.round(pt * EMU);
  }

  static void bodyProperties(XSLFTextShape shape, TextFrame.Anchor anchor) {
    CTTextBodyProperties pr = shape.getTextBody().getXmlObject().getBodyPr();
    pr.setLIns(emu(TextFrame.INSET_X));
    pr.setRIns(emu(TextFrame.INSET_X));
    pr.setTIns(emu(TextFrame.INSET_Y));
    pr.setBIns(emu(TextFrame.INSET_Y));
    pr.setWrap(STTextWrappingType.SQUARE);
    pr.setAnchor(switch (anchor) {
      case TOP -> STTextAnchoringType.T;
      case MIDDLE -> STTextAnchoringType.CTR;
      case BOTTOM -> STTextAnchoringType.B;
    });
    if (pr.isSetNormAutofit()) {
      pr.unsetNormAutofit();
    }
    if (pr.isSetSpAutoFit()) {
      pr.unsetSpAutoFit();
    }
    if (!pr.isSetNoAutofit()) {
      pr.addNewNoAutofit();
    }
  }
}
