package dev.notedeck.render.pdf;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;

/** Finds glyphs drawn outside the text column (left and right page margins). */
final class PageBounds {
  private PageBounds() {}

  /** "page N: text" for each line with a glyph in the side margins ({@code marginMm} wide). */
  static List<String> textOutsideColumn(PDDocument doc, double marginMm) throws IOException {
    List<String> outside = new ArrayList<>();
    double margin = marginMm / 25.4 * 72 - 1; // one point of tolerance
    PDFTextStripper stripper = new PDFTextStripper() {
      @Override
      protected void writeString(String text, List<TextPosition> positions) throws IOException {
        float width = getCurrentPage().getMediaBox().getWidth();
        for (TextPosition t : positions) {
          if (t.getUnicode().isBlank()) {
            continue;
          }
          if (t.getXDirAdj() < margin || t.getXDirAdj() + t.getWidthDirAdj() > width - margin) {
            outside.add("page " + getCurrentPageNo() + ": " + text);
            break;
          }
        }
        super.writeString(text, positions);
      }
    };
    stripper.getText(doc);
    return outside;
  }
}
