package dev.notedeck.render.pptx;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipArchiveOutputStream;
import org.apache.poi.openxml4j.opc.PackagePartName;
import org.apache.poi.openxml4j.opc.PackagingURIHelper;

/** A part written as text, with its relationships, ready to go into the deck's zip. */
record WrittenPart(PackagePartName name, String xml, String rels) {

  /** Puts the part and its .rels into the zip (entries as POI's own marshaller makes them). */
  void writeTo(ZipArchiveOutputStream zip) throws IOException {
    String entry = name.getName().substring(1);
    put(zip, entry, xml);
    put(zip, Relationships.partOf(entry), rels);
  }

  private static void put(ZipArchiveOutputStream zip, String entry, String text) throws IOException {
    zip.putArchiveEntry(new ZipArchiveEntry(entry));
    zip.write(text.getBytes(StandardCharsets.UTF_8));
    zip.closeArchiveEntry();
  }

  /** A relationship's target: {@code to} relative to the part {@code from} ("../slides/slide1.xml"). */
  static String target(PackagePartName from, PackagePartName to) {
    return PackagingURIHelper.relativizeURI(from.getURI(), to.getURI(), true).toString();
  }
}
