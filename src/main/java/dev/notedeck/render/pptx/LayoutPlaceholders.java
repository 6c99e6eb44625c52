package dev.notedeck.render.pptx;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.poi.sl.usermodel.Placeholder;
import org.apache.poi.xslf.usermodel.XSLFShape;
import org.apache.poi.xslf.usermodel.XSLFSlideLayout;
import org.apache.poi.xslf.usermodel.XSLFTextShape;
import org.apache.xmlbeans.XmlCursor;
import org.apache.xmlbeans.XmlObject;
import org.apache.xmlbeans.XmlOptions;
import org.openxmlformats.schemas.drawingml.x2006.main.CTTextBodyProperties;
import org.openxmlformats.schemas.drawingml.x2006.main.CTTransform2D;
import org.openxmlformats.schemas.drawingml.x2006.main.STTextAnchoringType;
import org.openxmlformats.schemas.drawingml.x2006.main.STTextVerticalType;
import org.openxmlformats.schemas.drawingml.x2006.main.STTextWrappingType;
import org.openxmlformats.schemas.presentationml.x2006.main.CTPlaceholder;
import org.openxmlformats.schemas.presentationml.x2006.main.CTShape;

/**
 * The placeholders a new slide on a layout starts with, as POI's {@code copyLayout} copied them
 * (every typed one but date, footer and slide number) and then the untyped ones LibreOffice
 * writes: read once per layout, their XML serialised once, so each slide only writes text.
 */
final class LayoutPlaceholders {

  /** DrawingML's default insets (7.2 pt, 3.6 pt), which are also the planner's. */
  static final long DEFAULT_INSET_X = 91440;
  static final long DEFAULT_INSET_Y = 45720;

  private static final XmlOptions FRAGMENT = new XmlOptions().setSaveOuter()
      .setSaveImplicitNamespaces(Map.of("p", SlideXml.PML, "a", SlideXml.DML, "r", SlideXml.REL));

  /**
   * One placeholder copy. {@code id} is the layout's, or -1 for an untyped one (which takes a
   * new id, as a new shape); {@code nonVisual} its {@code p:nvSpPr} with {@code ID} where the id goes.
   */
  record Copy(Placeholder type, long index, long id, String nonVisual, String shapeAttributes,
      String shapeRest, Frame frame, String style, Body body, String listStyle) {}

  /** The layout's transform: its box in EMU (null when it has none) and its rotation or flips. */
  record Frame(long[] box, String turn) {
    boolean sameBox(long x, long y, long cx, long cy) {
      return box != null && turn.isEmpty() && box[0] == x && box[1] == y && box[2] == cx && box[3] == cy;
    }
  }

  /** What the layout's body properties already say (a slide leaves it unsaid). */
  record Body(boolean defaultInsets, boolean squareWrap, String anchor, boolean noAutofit, boolean turned) {}

  static final String ID = "\u0000id\u0000";

  private LayoutPlaceholders() {}

  static List<Copy> of(XSLFSlideLayout layout) {
    List<Copy> copies = new ArrayList<>();
    List<Copy> untyped = new ArrayList<>();
    for (XSLFShape s : layout.getShapes()) {
      if (!(s instanceof XSLFTextShape t) || !(t.getXmlObject() instanceof CTShape sp)) {
        continue;
      }
      Placeholder type = t.getTextType();
      if (type != null && type != Placeholder.DATETIME && type != Placeholder.SLIDE_NUMBER
          && type != Placeholder.FOOTER) {
        copies.add(copy(sp, type, false));
      } else if (type == null && t.isPlaceholder()) {
        untyped.add(copy(sp, Placeholder.CONTENT, true));
      }
    }
    copies.addAll(untyped);
    return copies;
  }

  private static Copy copy(CTShape source, Placeholder type, boolean untyped) {
    CTShape sp = (CTShape) source.copy();
    dropNamespaceDeclarations(sp);
    CTPlaceholder ph = sp.getNvSpPr().getNvPr().getPh();
    long index = ph != null && ph.isSetIdx() ? ph.getIdx() : 0;
    long id = untyped ? -1 : sp.getNvSpPr().getCNvPr().getId();
    sp.getNvSpPr().getCNvPr().setId(0);
    String nonVisual = fragment(sp.getNvSpPr()).replaceFirst(" id=\"0\"", " id=\"" + ID + "\"");
    var spPr = sp.getSpPr();
    Frame frame = new Frame(null, "");
    String attributes = "";
    StringBuilder rest = new StringBuilder();
    if (spPr != null) {
      if (spPr.isSetXfrm()) {
        frame = frame(spPr.getXfrm());
      }
      if (spPr.isSetBwMode()) {
        attributes = " bwMode=\"" + spPr.getBwMode() + "\"";
      }
      try (XmlCursor c = spPr.newCursor()) {
        for (boolean more = c.toFirstChild(); more; more = c.toNextSibling()) {
          String name = c.getName().getLocalPart();
          if (!name.equals("xfrm") && !name.equals("prstGeom")) {
            rest.append(fragment(c.getObject()));
          }
        }
      }
    }
    Body body = new Body(false, false, null, false, false);
    String listStyle = "<a:lstStyle/>";
    if (sp.isSetTxBody()) {
      CTTextBodyProperties pr = sp.getTxBody().getBodyPr();
      body = body(pr);
      listStyle = sp.getTxBody().isSetLstStyle() ? fragment(sp.getTxBody().getLstStyle()) : "";
    }
    String style = sp.isSetStyle() ? fragment(sp.getStyle()) : "";
    return new Copy(type, index, id, nonVisual, attributes, rest.toString(), frame, style, body, listStyle);
  }

  /**
   * A copy repeats the layout's namespace declarations (p14, mc, r...) on the shape; its parts
   * are written where p, a and r are declared already, and the saver declares what else they use.
   */
  private static void dropNamespaceDeclarations(CTShape sp) {
    try (XmlCursor c = sp.newCursor()) {
      c.toNextToken();
      while (c.isAttr() || c.isNamespace()) {
        if (c.isNamespace()) {
          c.removeXml();
        } else {
          c.toNextToken();
        }
      }
    }
  }

  private static Frame frame(CTTransform2D xfrm) {
    StringBuilder turn = new StringBuilder();
    if (xfrm.isSetRot()) {
      turn.append(" rot=\"").append(xfrm.getRot()).append('"');
    }
    if (xfrm.isSetFlipH()) {
      turn.append(" flipH=\"").append(xfrm.getFlipH() ? 1 : 0).append('"');
    }
    if (xfrm.isSetFlipV()) {
      turn.append(" flipV=\"").append(xfrm.getFlipV() ? 1 : 0).append('"');
    }
    long[] box = null;
    if (xfrm.isSetOff() && xfrm.isSetExt()) {
      box = new long[] {emu(xfrm.getOff().xgetX()), emu(xfrm.getOff().xgetY()),
          xfrm.getExt().getCx(), xfrm.getExt().getCy()};
    }
    return new Frame(box, turn.toString());
  }

  private static Body body(CTTextBodyProperties pr) {
    if (pr == null) {
      return new Body(false, false, null, false, false);
    }
    boolean insets = pr.isSetLIns() && emu(pr.xgetLIns()) == DEFAULT_INSET_X && pr.isSetRIns()
        && emu(pr.xgetRIns()) == DEFAULT_INSET_X && pr.isSetTIns() && emu(pr.xgetTIns()) == DEFAULT_INSET_Y
        && pr.isSetBIns() && emu(pr.xgetBIns()) == DEFAULT_INSET_Y;
    boolean wrap = pr.isSetWrap() && pr.getWrap() == STTextWrappingType.SQUARE;
    String anchor = pr.isSetAnchor() ? pr.getAnchor().toString() : null;
    boolean turned = pr.isSetRtlCol() && pr.getRtlCol()
        || pr.isSetVert() && pr.getVert() != STTextVerticalType.HORZ;
    return new Body(insets, wrap, anchor, pr.isSetNoAutofit(), turned);
  }

  static String fragment(XmlObject o) {
    return o.xmlText(FRAGMENT);
  }

  /** A coordinate attribute in EMU; a unit-suffixed measure ("1in") counts as unknown. */
  private static long emu(org.apache.xmlbeans.XmlAnySimpleType value) {
    try {
      return Long.parseLong(value.getStringValue());
    } catch (NumberFormatException e) {
      return Long.MIN_VALUE;
    }
  }

  /** STTextAnchoringType's value for a planned anchor. */
  static String anchor(dev.notedeck.render.deck.TextFrame.Anchor anchor) {
    return switch (anchor) {
      case TOP -> STTextAnchoringType.T.toString();
      case MIDDLE -> STTextAnchoringType.CTR.toString();
      case BOTTOM -> STTextAnchoringType.B.toString();
    };
  }
}
