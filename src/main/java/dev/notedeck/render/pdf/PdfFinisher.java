package dev.notedeck.render.pdf;

import java.io.IOException;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.interactive.action.PDAction;
import org.apache.pdfbox.pdmodel.interactive.action.PDActionGoTo;
import org.apache.pdfbox.pdmodel.interactive.action.PDActionURI;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotation;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationLink;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.destination.PDDestination;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.destination.PDPageDestination;

/**
 * Last touches on the document openhtmltopdf produced, before it is saved: metadata openhtmltopdf
 * does not set, and a description ({@code /Contents}) on every link annotation, which PDF/UA
 * requires and openhtmltopdf leaves out.
 */
final class PdfFinisher {
  private final DocumentInfo info;

  PdfFinisher(DocumentInfo info) {
    this.info = info;
  }

  void finish(PDDocument pdf) throws IOException {
    PDDocumentInformation docInfo = pdf.getDocumentInformation();
    docInfo.setTitle(info.title());
    if (!info.author().isBlank()) {
      docInfo.setAuthor(info.author());
    }
    docInfo.setSubject(info.description());
    pdf.getDocumentCatalog().setLanguage(info.language());
    for (PDPage page : pdf.getPages()) {
      for (PDAnnotation annotation : page.getAnnotations()) {
        if (annotation instanceof PDAnnotationLink link && isBlank(link.getContents())) {
          link.setContents(describe(link));
        }
      }
    }
  }

  private String describe(PDAnnotationLink link) throws IOException {
    PDAction action = link.getAction();
    if (action instanceof PDActionURI uri && uri.getURI() != null) {
      return info.labels().linkTo() + uri.getURI();
    }
    PDDestination destination = link.getDestination();
    if (destination == null && action instanceof PDActionGoTo goTo) {
      destination = goTo.getDestination();
    }
    if (destination instanceof PDPageDestination page && page.retrievePageNumber() >= 0) {
      return info.labels().goToPage(page.retrievePageNumber() + 1);
    }
    return info.labels().goToPlace();
  }

  private static boolean isBlank(String s) {
    return s == null || s.isBlank();
  }
}
