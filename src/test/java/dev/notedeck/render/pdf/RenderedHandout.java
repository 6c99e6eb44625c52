package dev.notedeck.render.pdf;

import dev.notedeck.diagnostics.Diagnostics;
import dev.notedeck.RenderContext;
import dev.notedeck.model.Event;
import dev.notedeck.theme.Theme;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotation;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationLink;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.destination.PDDestination;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.destination.PDPageDestination;
import org.apache.pdfbox.pdmodel.interactive.action.PDActionGoTo;
import org.apache.pdfbox.text.PDFTextStripper;

/** A handout rendered once for a test class, with helpers to read it back with PDFBox. */
final class RenderedHandout {
  final Event event;
  final byte[] pdf;
  final List<String> warnings;
  final List<String> pageTexts;

  private RenderedHandout(Event event, byte[] pdf, List<String> warnings) {
    this.event = event;
    this.pdf = pdf;
    this.warnings = warnings;
    try (PDDocument doc = open()) {
      List<String> texts = new ArrayList<>();
      PDFTextStripper stripper = new PDFTextStripper();
      stripper.setSortByPosition(true);
      for (int p = 1; p <= doc.getNumberOfPages(); p++) {
        stripper.setStartPage(p);
        stripper.setEndPage(p);
        texts.add(stripper.getText(doc));
      }
      this.pageTexts = List.copyOf(texts);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static RenderedHandout render(Event event, Theme theme, Path baseDir, HandoutOptions options) {
    Diagnostics.Collecting diagnostics = new Diagnostics.Collecting();
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try {
      new HandoutRenderer(options).render(event, new RenderContext(theme, baseDir, diagnostics), out);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return new RenderedHandout(event, out.toByteArray(), diagnostics.warnings());
  }

  PDDocument open() throws IOException {
    return Loader.loadPDF(pdf);
  }

  String allText() {
    return String.join("\n", pageTexts);
  }

  /** 1-based number of the first page after {@code from} whose lines hold {@code lines} in a row. */
  int firstPageWithLines(int from, String... lines) {
    for (int p = from; p < pageTexts.size(); p++) {
      List<String> pageLines = pageTexts.get(p).lines().map(String::strip).toList();
      for (int i = 0; i + lines.length <= pageLines.size(); i++) {
        boolean match = true;
        for (int k = 0; k < lines.length && match; k++) {
          match = pageLines.get(i + k).equals(lines[k]);
        }
        if (match) {
          return p + 1;
        }
      }
    }
    return -1;
  }

  /** 1-based page an internal link or bookmark destination points to. */
  static int pageOf(PDDocument doc, PDDestination destination) throws IOException {
    if (destination instanceof PDPageDestination d) {
      return d.retrievePageNumber() + 1;
    }
    return -1;
  }

  /** Internal links of a page, as (rectangle, target page) pairs. */
  static List<InternalLink> internalLinks(PDDocument doc, int pageNumber) throws IOException {
    List<InternalLink> links = new ArrayList<>();
    PDPage page = doc.getPage(pageNumber - 1);
    for (PDAnnotation a : page.getAnnotations()) {
      if (a instanceof PDAnnotationLink link) {
        PDDestination dest = link.getDestination();
        if (dest == null && link.getAction() instanceof PDActionGoTo goTo) {
          dest = goTo.getDestination();
        }
        if (dest != null) {
          links.add(new InternalLink(link, pageOf(doc, dest)));
        }
      }
    }
    return links;
  }

  record InternalLink(PDAnnotationLink annotation, int targetPage) {}
}
