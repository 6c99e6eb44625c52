package dev.notedeck.render.pptx;

import org.apache.poi.openxml4j.exceptions.InvalidFormatException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackagePartName;
import org.apache.poi.openxml4j.opc.PackagingURIHelper;
import org.apache.poi.xslf.usermodel.XSLFRelation;

/**
 * Unused part numbers for one kind of part ({@code slide7.xml}, {@code notesSlide7.xml}),
 * counting up from the last one handed out. POI looks for a free number by matching every part
 * name of the package for each new part, which makes a deck quadratic in its slides; here a deck
 * of n slides costs about n look-ups. A foreign template may still hold parts of its removed
 * slides, so each number is checked.
 */
final class FreePartNames {

  private final OPCPackage pkg;
  private final XSLFRelation relation;
  private int next = 1;

  FreePartNames(OPCPackage pkg, XSLFRelation relation) {
    this.pkg = pkg;
    this.relation = relation;
  }

  int next() {
    try {
      while (pkg.containPart(PackagingURIHelper.createPartName(relation.getFileName(next)))) {
        next++;
      }
    } catch (InvalidFormatException e) {
      throw new IllegalStateException(e);
    }
    return next++;
  }

  /** A new empty part under the next free name, of this kind's content type; returns its name. */
  PackagePartName createPart() {
    try {
      PackagePartName name = PackagingURIHelper.createPartName(relation.getFileName(next()));
      pkg.createPart(name, relation.getContentType());
      return name;
    } catch (InvalidFormatException e) {
      throw new IllegalStateException(e);
    }
  }
}
