package dev.notedeck.render.pdf;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.Iterator;
import java.util.zip.Deflater;
import java.util.zip.DeflaterOutputStream;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSStream;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.common.PDStream;

/**
 * The pages' content streams, finished after layout: openhtmltopdf is asked to leave them
 * uncompressed ({@code testMode}, which in 1.1.31 does nothing else), so the empty artifacts
 * ({@link EmptyArtifacts}) can be cut out without inflating them first; then each stream is
 * deflated once, here, as openhtmltopdf would have.
 */
final class PageContents {
  private PageContents() {}

  static void finish(PDDocument doc) throws IOException {
    Deflater deflater = new Deflater(Deflater.DEFAULT_COMPRESSION);
    try {
      for (PDPage page : doc.getPages()) {
        Iterator<PDStream> streams = page.getContentStreams();
        while (streams.hasNext()) {
          finish(streams.next().getCOSObject(), page.getResources(), deflater);
        }
      }
    } finally {
      deflater.end();
    }
  }

  private static void finish(COSStream stream, PDResources resources, Deflater deflater) throws IOException {
    if (stream.getFilters() != null) {
      return; // already encoded (not made by openhtmltopdf's page painter): leave it
    }
    byte[] content;
    try (InputStream in = stream.createRawInputStream()) {
      content = in.readAllBytes();
    }
    EmptyArtifacts.Stripped stripped = EmptyArtifacts.strip(content);
    COSDictionary properties = resources == null ? null
        : resources.getCOSObject().getCOSDictionary(COSName.PROPERTIES);
    if (properties != null) {
      stripped.unusedProperties().forEach(name -> properties.removeItem(COSName.getPDFName(name)));
    }
    deflater.reset();
    try (OutputStream raw = stream.createRawOutputStream();
        OutputStream out = new DeflaterOutputStream(raw, deflater, 8192)) {
      out.write(stripped.content());
    }
    stream.setItem(COSName.FILTER, COSName.FLATE_DECODE);
  }
}
