package dev.notedeck.render.pptx;

import org.openxmlformats.schemas.presentationml.x2006.main.CTGroupShape;

/** Shape ids for shapes written straight into a slide's XML: unique within the slide. */
final class ShapeIds {

  private ShapeIds() {}

  /** One more than the largest shape id in the tree (the kinds of shape a deck of ours holds). */
  static long next(CTGroupShape tree) {
    long max = tree.getNvGrpSpPr().getCNvPr().getId();
    for (var sp : tree.getSpArray()) {
      max = Math.max(max, sp.getNvSpPr().getCNvPr().getId());
    }
    for (var pic : tree.getPicArray()) {
      max = Math.max(max, pic.getNvPicPr().getCNvPr().getId());
    }
    for (var frame : tree.getGraphicFrameArray()) {
      max = Math.max(max, frame.getNvGraphicFramePr().getCNvPr().getId());
    }
    for (var group : tree.getGrpSpArray()) {
      max = Math.max(max, group.getNvGrpSpPr().getCNvPr().getId());
    }
    for (var connector : tree.getCxnSpArray()) {
      max = Math.max(max, connector.getNvCxnSpPr().getCNvPr().getId());
    }
    return max + 1;
  }
}
