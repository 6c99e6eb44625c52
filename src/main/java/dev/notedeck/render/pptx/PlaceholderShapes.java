package dev.notedeck.render.pptx;

import org.openxmlformats.schemas.presentationml.x2006.main.CTPlaceholder;
import org.openxmlformats.schemas.presentationml.x2006.main.CTShape;
import org.openxmlformats.schemas.presentationml.x2006.main.CTShapeNonVisual;
import org.openxmlformats.schemas.presentationml.x2006.main.STPlaceholderType;

/**
 * Placeholder shapes written straight into a part's XML (notes, footers), bypassing POI's shape
 * API and its per-shape lookups: only the non-visual part, so the layout or master supplies the rest.
 */
final class PlaceholderShapes {

  private PlaceholderShapes() {}

  /** Names {@code sp} as placeholder {@code type} (with {@code idx} when not negative); returns its ph. */
  static CTPlaceholder nonVisual(CTShape sp, long id, String name, STPlaceholderType.Enum type, long idx) {
    CTShapeNonVisual nv = sp.addNewNvSpPr();
    nv.addNewCNvPr().setId(id);
    nv.getCNvPr().setName(name);
    nv.addNewCNvSpPr();
    CTPlaceholder ph = nv.addNewNvPr().addNewPh();
    ph.setType(type);
    if (idx >= 0) {
      ph.setIdx(idx);
    }
    return ph;
  }
}
