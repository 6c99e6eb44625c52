package dev.notedeck.pipeline;

import java.io.IOException;
import java.nio.file.Path;
import java.util.regex.Pattern;
import java.util.zip.ZipFile;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;

/**
 * Pages of a written PDF, slides of a written deck: read back cheaply for the build summary.
 * The PDF build takes its count from the renderer instead; this reads a file only when asked.
 */
final class OutputStats {

  private static final Pattern SLIDE_PART = Pattern.compile("ppt/slides/slide\\d+\\.xml");

  private OutputStats() {}

  static int count(Format format, Path file) throws IOException {
    return switch (format) {
      case PDF, SLIDES_PDF -> pages(file);
      case PPTX -> slides(file);
      case HTML, PNG -> 0;
    };
  }

  /** Reading the page tree only; PDFBox does not parse content streams for this. */
  static int pages(Path pdf) throws IOException {
    try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
      return doc.getNumberOfPages();
    }
  }

  /** One zip entry per slide; far cheaper than opening the deck with POI. */
  static int slides(Path pptx) throws IOException {
    try (ZipFile zip = new ZipFile(pptx.toFile())) {
      return (int) zip.stream().filter(e -> SLIDE_PART.matcher(e.getName()).matches()).count();
    }
  }
}
