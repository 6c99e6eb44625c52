package dev.notedeck.render.pptx;

import org.apache.poi.ooxml.POIXMLDocumentPart.RelationPart;
import org.apache.poi.xslf.usermodel.XMLSlideShow;
import org.apache.poi.xslf.usermodel.XSLFFactory;
import org.apache.poi.xslf.usermodel.XSLFRelation;
import org.apache.poi.xslf.usermodel.XSLFSlide;
import org.apache.poi.xslf.usermodel.XSLFSlideLayout;
import org.apache.xmlbeans.XmlCursor;
import org.openxmlformats.schemas.presentationml.x2006.main.CTPresentation;
import org.openxmlformats.schemas.presentationml.x2006.main.CTShape;
import org.openxmlformats.schemas.presentationml.x2006.main.CTSlideIdList;
import org.openxmlformats.schemas.presentationml.x2006.main.CTSlideIdListEntry;

/**
 * New slides on a layout, as {@link XMLSlideShow#createSlide(XSLFSlideLayout)} makes them, but
 * without its two scans per slide (a free part name among all parts, the largest id among all
 * slides), which make a long deck quadratic.
 */
final class SlideFactory {

  private final XMLSlideShow show;
  private final FreePartNames names;
  private long nextId = -1;

  SlideFactory(XMLSlideShow show) {
    this.show = show;
    this.names = new FreePartNames(show.getPackage(), XSLFRelation.SLIDE);
  }

  XSLFSlide create(XSLFSlideLayout layout) {
    CTPresentation presentation = show.getCTPresentation();
    CTSlideIdList ids = presentation.isSetSldIdLst() ? presentation.getSldIdLst() : presentation.addNewSldIdLst();
    if (nextId < 0) {
      long max = 255; // slide ids start at 256
      for (CTSlideIdListEntry e : ids.getSldIdArray()) {
        max = Math.max(max, e.getId());
      }
      nextId = max + 1;
    }
    RelationPart rp = show.createRelationship(XSLFRelation.SLIDE, XSLFFactory.getInstance(), names.next(), false);
    XSLFSlide slide = rp.getDocumentPart();
    CTSlideIdListEntry id = ids.addNewSldId();
    id.setId(nextId++);
    id.setId2(rp.getRelationship().getId());
    layout.copyLayout(slide);
    DeckTemplate.copyUntypedPlaceholders(layout, slide);
    dropNamespaceDeclarations(slide);
    var group = slide.getXmlObject().getCSld().getSpTree().getGrpSpPr();
    if (group.isSetXfrm()) {
      group.unsetXfrm(); // POI's all-zero transform of the slide's shape tree: the default anyway
    }
    slide.getPackagePart().clearRelationships();
    slide.addRelation(null, XSLFRelation.SLIDE_LAYOUT, layout);
    show.getSlides().add(slide); // POI's own list of slides (a live view), as createSlide keeps it
    return slide;
  }

  /**
   * POI's copy of each layout placeholder repeats the layout's {@code xmlns:r} declaration on the
   * shape; nothing in a placeholder uses it (the saver declares what a later hyperlink needs).
   */
  private static void dropNamespaceDeclarations(XSLFSlide slide) {
    for (CTShape sp : slide.getXmlObject().getCSld().getSpTree().getSpArray()) {
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
  }
}
