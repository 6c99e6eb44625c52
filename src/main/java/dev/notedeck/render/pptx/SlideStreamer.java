package dev.notedeck.render.pptx;

import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import javax.xml.namespace.QName;
import org.apache.commons.compress.archivers.zip.ZipArchiveOutputStream;
import org.apache.poi.ooxml.POIXMLTypeLoader;
import org.apache.poi.openxml4j.exceptions.OpenXML4JException;
import org.apache.poi.openxml4j.opc.PackagePart;
import org.apache.poi.openxml4j.opc.internal.MemoryPackagePart;
import org.apache.poi.openxml4j.opc.internal.PartMarshaller;
import org.apache.poi.openxml4j.opc.internal.marshallers.ZipPartMarshaller;
import org.apache.poi.xslf.usermodel.XMLSlideShow;
import org.apache.poi.xslf.usermodel.XSLFNotes;
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
 * end). The bytes are the ones POI would write at the end: the same serialiser options as its
 * {@code XSLFSheet.commit} and its own part marshaller (the part and its relationships). When
 * POI saves the package, slides and notes are skipped: they are in the zip already.
 */
final class SlideStreamer {

  private static final String PML = "http://schemas.openxmlformats.org/presentationml/2006/main";

  private final ZipArchiveOutputStream zip;
  private final ZipPartMarshaller marshaller = new ZipPartMarshaller();

  SlideStreamer(XMLSlideShow show, ZipArchiveOutputStream zip) {
    this.zip = zip;
    PartMarshaller written = (part, out) -> true;
    show.getPackage().addMarshaller(XSLFRelation.SLIDE.getContentType(), written);
    show.getPackage().addMarshaller(XSLFRelation.NOTES.getContentType(), written);
  }

  void flush(XSLFSlide slide) throws IOException {
    XSLFNotes notes = slide.getNotes();
    write(slide, "sld");
    empty(slide);
    if (notes != null) {
      write(notes, "notes");
      empty(notes);
    }
  }

  private void write(XSLFSheet sheet, String rootElement) throws IOException {
    XmlOptions options = new XmlOptions(POIXMLTypeLoader.DEFAULT_XML_OPTIONS);
    options.setSaveSyntheticDocumentElement(new QName(PML, rootElement));
    PackagePart part = sheet.getPackagePart();
    try (OutputStream out = part.getOutputStream()) {
      sheet.getXmlObject().save(out, options);
    }
    try {
      marshaller.marshall(part, zip);
    } catch (OpenXML4JException e) {
      throw new IOException(e.getMessage(), e);
    }
    if (part instanceof MemoryPackagePart memory) {
      memory.clear();
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
