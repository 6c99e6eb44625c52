package dev.notedeck.render.pptx;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import javax.xml.namespace.QName;
import org.apache.commons.compress.archivers.zip.ZipArchiveOutputStream;
import org.apache.poi.ooxml.POIXMLTypeLoader;
import org.apache.poi.openxml4j.exceptions.InvalidFormatException;
import org.apache.poi.openxml4j.opc.PackagePart;
import org.apache.poi.openxml4j.opc.PackageRelationship;
import org.apache.poi.openxml4j.opc.PackagingURIHelper;
import org.apache.poi.openxml4j.opc.TargetMode;
import org.apache.poi.openxml4j.opc.internal.PartMarshaller;
import org.apache.poi.xslf.usermodel.XMLSlideShow;
import org.apache.poi.xslf.usermodel.XSLFPictureShape;
import org.apache.poi.xslf.usermodel.XSLFRelation;
import org.apache.poi.xslf.usermodel.XSLFShape;
import org.apache.poi.xslf.usermodel.XSLFSheet;
import org.apache.poi.xslf.usermodel.XSLFSlide;
import org.apache.xmlbeans.XmlCursor;
import org.apache.xmlbeans.XmlOptions;
import org.openxmlformats.schemas.presentationml.x2006.main.CTGroupShape;
import org.openxmlformats.schemas.presentationml.x2006.main.CTNotesSlide;
import org.openxmlformats.schemas.presentationml.x2006.main.CTSlide;

/**
 * Writes each finished slide and its notes into the package at once, then empties POI's copy, so
 * a deck's memory does not grow with its slides (POI otherwise holds every slide's XML until the
 * end). The slide's bytes are the ones POI would write at the end (the same serialiser options
 * as its {@code XSLFSheet.commit}); its relationships are written as text (POI's marshaller
 * built a DOM and an XML transformer per part). When POI saves the package, slides and notes
 * are skipped: they are in the zip already.
 */
final class SlideStreamer {

  private final ZipArchiveOutputStream zip;

  SlideStreamer(XMLSlideShow show, ZipArchiveOutputStream zip) {
    this.zip = zip;
    PartMarshaller written = (part, out) -> true;
    show.getPackage().addMarshaller(XSLFRelation.SLIDE.getContentType(), written);
    show.getPackage().addMarshaller(XSLFRelation.NOTES.getContentType(), written);
  }

  void flush(XSLFSlide slide, WrittenPart notes) throws IOException {
    XmlOptions options = new XmlOptions(POIXMLTypeLoader.DEFAULT_XML_OPTIONS);
    options.setSaveSyntheticDocumentElement(new QName(SlideXml.PML, "sld"));
    PackagePart part = slide.getPackagePart();
    ByteArrayOutputStream xml = new ByteArrayOutputStream(16384);
    slide.getXmlObject().save(xml, options);
    Relationships rels = new Relationships();
    for (PackageRelationship r : relationships(part)) {
      boolean external = r.getTargetMode() == TargetMode.EXTERNAL;
      rels.put(r.getId(), r.getRelationshipType(), external ? r.getTargetURI().toString()
          : PackagingURIHelper.relativizeURI(part.getPartName().getURI(), r.getTargetURI(), true).toString(),
          external);
    }
    new WrittenPart(part.getPartName(), xml.toString(StandardCharsets.UTF_8), rels.xml()).writeTo(zip);
    empty(slide);
    if (notes != null) {
      notes.writeTo(zip);
    }
  }

  private static Iterable<PackageRelationship> relationships(PackagePart part) throws IOException {
    try {
      return part.getRelationships();
    } catch (InvalidFormatException e) {
      throw new IOException(e.getMessage(), e);
    }
  }

  /**
   * Drops the sheet's shapes (their XML is what takes the memory): through POI for the shapes it
   * knows, so it forgets them too, then in the XML for those written there directly (footer,
   * slide number). Pictures stay known to POI: removing one through it would also remove its
   * image relationship, and the image part with it when no other slide uses it.
   */
  private static void empty(XSLFSheet sheet) {
    for (XSLFShape shape : new ArrayList<>(sheet.getShapes())) {
      if (!(shape instanceof XSLFPictureShape)) {
        sheet.removeShape(shape);
      }
    }
    CTGroupShape tree = sheet.getXmlObject() instanceof CTSlide slide ? slide.getCSld().getSpTree()
        : sheet.getXmlObject() instanceof CTNotesSlide notes ? notes.getCSld().getSpTree() : null;
    if (tree == null) {
      return;
    }
    try (XmlCursor c = tree.newCursor()) {
      if (!c.toFirstChild()) {
        return;
      }
      while (true) {
        String name = c.getName().getLocalPart();
        if (name.equals("nvGrpSpPr") || name.equals("grpSpPr")) {
          if (!c.toNextSibling()) {
            return;
          }
        } else if (!c.removeXml() || !c.isStart()) {
          return; // removeXml leaves the cursor on the next sibling, or on the parent's end
        }
      }
    }
  }
}
