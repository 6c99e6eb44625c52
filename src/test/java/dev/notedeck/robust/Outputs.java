package dev.notedeck.robust;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.geom.Rectangle2D;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xslf.usermodel.XMLSlideShow;
import org.apache.poi.xslf.usermodel.XSLFShape;
import org.apache.poi.xslf.usermodel.XSLFSlide;
import org.apache.poi.xslf.usermodel.XSLFTextShape;

/** Reads outputs back the way a user's viewer would, and checks they are whole. */
final class Outputs {

  private Outputs() {}

  /** The text of a PDF that PDFBox opens, with at least one page. */
  static String pdfText(Path pdf) throws IOException {
    try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
      assertThat(doc.getNumberOfPages()).isPositive();
      return new PDFTextStripper().getText(doc);
    }
  }

  /** The text of a PPTX that POI opens, with every shape inside its slide. */
  static String pptxText(Path pptx) throws IOException {
    StringBuilder text = new StringBuilder();
    try (InputStream in = Files.newInputStream(pptx); XMLSlideShow show = new XMLSlideShow(in)) {
      assertThat(show.getSlides()).isNotEmpty();
      var size = show.getPageSize();
      Rectangle2D page = new Rectangle2D.Double(0, 0, size.getWidth(), size.getHeight());
      for (XSLFSlide slide : show.getSlides()) {
        for (XSLFShape shape : slide.getShapes()) {
          Rectangle2D anchor = shape.getAnchor();
          assertThat(anchor.getMinX()).as("slide %d %s", slide.getSlideNumber(), shape.getShapeName())
              .isGreaterThanOrEqualTo(page.getMinX() - 0.5);
          assertThat(anchor.getMinY()).as("slide %d %s", slide.getSlideNumber(), shape.getShapeName())
              .isGreaterThanOrEqualTo(page.getMinY() - 0.5);
          assertThat(anchor.getMaxX()).as("slide %d %s", slide.getSlideNumber(), shape.getShapeName())
              .isLessThanOrEqualTo(page.getMaxX() + 0.5);
          assertThat(anchor.getMaxY()).as("slide %d %s", slide.getSlideNumber(), shape.getShapeName())
              .isLessThanOrEqualTo(page.getMaxY() + 0.5);
          if (shape instanceof XSLFTextShape t) {
            text.append(t.getText()).append('\n');
          }
        }
      }
    }
    return text.toString();
  }

  static int pictures(Path pptx) throws IOException {
    try (InputStream in = Files.newInputStream(pptx); XMLSlideShow show = new XMLSlideShow(in)) {
      return show.getPictureData().size();
    }
  }

  /** Leftover temporary files of an interrupted write. */
  static long partFiles(Path dir) throws IOException {
    try (Stream<Path> files = Files.list(dir)) {
      return files.filter(p -> p.getFileName().toString().endsWith(".part")).count();
    }
  }
}
