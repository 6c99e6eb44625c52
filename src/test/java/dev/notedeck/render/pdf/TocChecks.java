package dev.notedeck.render.pdf;

import java.awt.geom.Rectangle2D;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.text.PDFTextStripperByArea;

/** Reads the table of contents back: the printed page number of each entry and its link target. */
final class TocChecks {
  private TocChecks() {}

  record Entry(int printedPage, int linkTarget) {}

  /**
   * Page-number links of the contents pages (internal links whose text is a number), top to
   * bottom, page after page. The contents start on page 2 and end before the first part page.
   */
  static List<Entry> entries(PDDocument doc, int firstPartPage) throws IOException {
    List<Entry> entries = new ArrayList<>();
    for (int p = 2; p < firstPartPage; p++) {
      PDPage page = doc.getPage(p - 1);
      List<RenderedHandout.InternalLink> links = new ArrayList<>(RenderedHandout.internalLinks(doc, p));
      links.sort(Comparator.comparingDouble(l -> -l.annotation().getRectangle().getUpperRightY()));
      java.util.Set<String> seen = new java.util.HashSet<>();
      for (RenderedHandout.InternalLink link : links) {
        PDRectangle r = link.annotation().getRectangle();
        // openhtmltopdf may annotate one link twice (the element and its generated content).
        if (!seen.add(Math.round(r.getLowerLeftX()) + "," + Math.round(r.getLowerLeftY()))) {
          continue;
        }
        String text = textIn(page, link.annotation().getRectangle()).strip();
        if (text.matches("\\d+")) {
          entries.add(new Entry(Integer.parseInt(text), link.targetPage()));
        }
      }
    }
    return entries;
  }

  static String textIn(PDPage page, PDRectangle r) throws IOException {
    PDFTextStripperByArea stripper = new PDFTextStripperByArea();
    float height = page.getMediaBox().getHeight();
    // From the link to the right edge: the number is right-aligned at the end of its row.
    float width = page.getMediaBox().getWidth() - r.getLowerLeftX();
    stripper.addRegion("r", new Rectangle2D.Float(r.getLowerLeftX() - 1,
        height - r.getUpperRightY(), width, r.getHeight()));
    stripper.extractRegions(page);
    return stripper.getTextForRegion("r");
  }
}
