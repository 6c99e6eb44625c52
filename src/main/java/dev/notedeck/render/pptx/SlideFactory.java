package dev.notedeck.render.pptx;

import org.apache.poi.ooxml.POIXMLDocumentPart.RelationPart;
import org.apache.poi.openxml4j.opc.PackagePartName;
import org.apache.poi.openxml4j.opc.TargetMode;
import org.apache.poi.xslf.usermodel.XMLSlideShow;
import org.apache.poi.xslf.usermodel.XSLFFactory;
import org.apache.poi.xslf.usermodel.XSLFRelation;
import org.apache.poi.xslf.usermodel.XSLFSlide;
import org.apache.poi.xslf.usermodel.XSLFSlideLayout;
import org.openxmlformats.schemas.presentationml.x2006.main.CTPresentation;
import org.openxmlformats.schemas.presentationml.x2006.main.CTSlideIdList;
import org.openxmlformats.schemas.presentationml.x2006.main.CTSlideIdListEntry;

/**
 * New slide parts in the presentation, as {@link XMLSlideShow#createSlide(XSLFSlideLayout)} makes
 * them, but without its two scans per slide (a free part name among all parts, the largest id
 * among all slides), which make a long deck quadratic, and without copying the layout's shapes:
 * the slide's content is written as text ({@link SlideDraft}).
 */
final class SlideFactory {

  private final XMLSlideShow show;
  private final FreePartNames names;
  private long nextId = -1;

  SlideFactory(XMLSlideShow show) {
    this.show = show;
    this.names = new FreePartNames(show.getPackage(), XSLFRelation.SLIDE);
  }

  /** A slide part in the presentation's slide list, with POI's slide object on it, related to {@code layout} as its rId1. */
  XSLFSlide create(XSLFSlideLayout layout) {
    RelationPart rp = show.createRelationship(XSLFRelation.SLIDE, XSLFFactory.getInstance(), names.next(), false);
    XSLFSlide slide = rp.getDocumentPart();
    list(rp.getRelationship().getId());
    slide.addRelation(null, XSLFRelation.SLIDE_LAYOUT, layout);
    show.getSlides().add(slide); // POI's own list of slides (a live view), as createSlide keeps it
    return slide;
  }

  /**
   * A slide part in the presentation's slide list without POI's slide object: for a slide
   * written straight into the zip (POI would otherwise hold, and save again, an empty slide).
   */
  PackagePartName createPart() {
    PackagePartName name = names.createPart();
    list(show.getPackagePart().addRelationship(name, TargetMode.INTERNAL, XSLFRelation.SLIDE.getRelation()).getId());
    return name;
  }

  /** Lists the slide related to the presentation as {@code relationId}. */
  private void list(String relationId) {
    CTPresentation presentation = show.getCTPresentation();
    CTSlideIdList ids = presentation.isSetSldIdLst() ? presentation.getSldIdLst() : presentation.addNewSldIdLst();
    if (nextId < 0) {
      long max = 255; // slide ids start at 256
      for (CTSlideIdListEntry e : ids.getSldIdArray()) {
        max = Math.max(max, e.getId());
      }
      nextId = max + 1;
    }
    CTSlideIdListEntry id = ids.addNewSldId();
    id.setId(nextId++);
    id.setId2(relationId);
  }
}
