package dev.notedeck.render.pptx;

/** Pieces of PresentationML and DrawingML the deck writes as text. */
final class SlideXml {

  static final String PML = "http://schemas.openxmlformats.org/presentationml/2006/main";
  static final String DML = "http://schemas.openxmlformats.org/drawingml/2006/main";
  static final String REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

  /** A shape tree's own non-visual and (empty) group properties. */
  static final String GROUP_HEAD = "<p:nvGrpSpPr><p:cNvPr id=\"1\" name=\"\"/><p:cNvGrpSpPr/><p:nvPr/>"
      + "</p:nvGrpSpPr><p:grpSpPr/>";

  private SlideXml() {}

  /** A run's Latin and East Asian typefaces, set on every run as a foreign template may name others. */
  static XmlText typefaces(XmlText x, String latin, String eastAsian) {
    return x.open("a:latin").attr("typeface", latin).end().open("a:ea").attr("typeface", eastAsian).end();
  }
}
