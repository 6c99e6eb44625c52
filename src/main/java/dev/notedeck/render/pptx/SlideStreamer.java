package dev.notedeck.render.pptx;

import java.io.IOException;
import org.apache.commons.compress.archivers.zip.ZipArchiveOutputStream;
import org.apache.poi.openxml4j.opc.internal.PartMarshaller;
import org.apache.poi.xslf.usermodel.XMLSlideShow;
import org.apache.poi.xslf.usermodel.XSLFRelation;

/**
 * Writes each finished slide and its notes, as text, into the zip POI later saves the package
 * into, so a deck's memory does not grow with its slides. POI keeps the slide and notes parts
 * (names, content types, the presentation's slide list) but not their content: when it saves
 * the package, slides and notes are skipped, being in the zip already.
 */
final class SlideStreamer {

  private final ZipArchiveOutputStream zip;

  SlideStreamer(XMLSlideShow show, ZipArchiveOutputStream zip) {
    this.zip = zip;
    PartMarshaller written = (part, out) -> true;
    show.getPackage().addMarshaller(XSLFRelation.SLIDE.getContentType(), written);
    show.getPackage().addMarshaller(XSLFRelation.NOTES.getContentType(), written);
  }

  void flush(WrittenPart slide, WrittenPart notes) throws IOException {
    slide.writeTo(zip);
    notes.writeTo(zip);
  }
}
