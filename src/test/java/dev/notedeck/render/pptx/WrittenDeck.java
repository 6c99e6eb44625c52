package dev.notedeck.render.pptx;

import static org.assertj.core.api.Assertions.assertThat;

import dev.notedeck.model.Span;
import dev.notedeck.render.deck.DeckFonts;
import dev.notedeck.render.deck.Para;
import dev.notedeck.render.deck.TextMeasurer;
import dev.notedeck.theme.Theme;
import java.awt.geom.Rectangle2D;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.apache.poi.openxml4j.opc.PackagePart;
import org.apache.poi.xslf.usermodel.XMLSlideShow;
import org.apache.poi.xslf.usermodel.XSLFShape;
import org.apache.poi.xslf.usermodel.XSLFSlide;
import org.apache.poi.xslf.usermodel.XSLFTable;
import org.apache.poi.xslf.usermodel.XSLFTableCell;
import org.apache.poi.xslf.usermodel.XSLFTableRow;
import org.apache.poi.xslf.usermodel.XSLFTextParagraph;
import org.apache.poi.xslf.usermodel.XSLFTextRun;
import org.apache.poi.xslf.usermodel.XSLFTextShape;
import org.apache.xmlbeans.XmlError;
import org.apache.xmlbeans.XmlObject;
import org.apache.xmlbeans.XmlOptions;
import org.openxmlformats.schemas.drawingml.x2006.main.CTRegularTextRun;
import org.openxmlformats.schemas.drawingml.x2006.main.CTTextCharacterProperties;

/** Checks on a written .pptx, read back with POI: geometry, fit, Korean runs, notes, OOXML validity. */
public final class WrittenDeck {

  private WrittenDeck() {}

  static XMLSlideShow open(byte[] pptx) throws IOException {
    return new XMLSlideShow(new ByteArrayInputStream(pptx));
  }

  static void assertShapesInside(XMLSlideShow show) {
    double w = show.getPageSize().getWidth();
    double h = show.getPageSize().getHeight();
    int n = 0;
    for (XSLFSlide slide : show.getSlides()) {
      n++;
      for (XSLFShape shape : slide.getShapes()) {
        Rectangle2D a = shape.getAnchor();
        assertThat(a.getMinX() >= -0.01 && a.getMinY() >= -0.01 && a.getMaxX() <= w + 0.01
            && a.getMaxY() <= h + 0.01)
            .as("slide %d shape %s at %s inside %sx%s", n, shape.getShapeName(), a, w, h).isTrue();
      }
    }
  }

  /** Re-measures every text shape's paragraphs as written (sizes, margins, spacing) against its box. */
  static void assertTextFits(XMLSlideShow show, TextMeasurer measurer, Theme theme) {
    int n = 0;
    for (XSLFSlide slide : show.getSlides()) {
      n++;
      for (XSLFShape shape : slide.getShapes()) {
        if (shape instanceof XSLFTextShape t) {
          double need = height(t.getTextParagraphs(), t.getAnchor().getWidth() - t.getLeftInset() - t.getRightInset(),
              measurer, theme);
          double have = t.getAnchor().getHeight() - t.getTopInset() - t.getBottomInset();
          assertThat(need).as("slide %d: text of %s fits its box: %s", n, t.getShapeName(), t.getText())
              .isLessThanOrEqualTo(have + 0.05);
        } else if (shape instanceof XSLFTable table) {
          for (XSLFTableRow row : table.getRows()) {
            int c = 0;
            for (XSLFTableCell cell : row.getCells()) {
              // POI's inset getters read the text body, not the cell's own tcPr margins
              var tcPr = ((org.openxmlformats.schemas.drawingml.x2006.main.CTTableCell) cell.getXmlObject()).getTcPr();
              double width = table.getColumnWidth(c++) - (emu(tcPr.getMarL()) + emu(tcPr.getMarR())) / 12700.0;
              double need = height(cell.getTextParagraphs(), width, measurer, theme);
              double have = row.getHeight() - (emu(tcPr.getMarT()) + emu(tcPr.getMarB())) / 12700.0;
              assertThat(need).as("slide %d: table cell %s fits its row", n, cell.getText())
                  .isLessThanOrEqualTo(have + 0.05);
            }
          }
        }
      }
    }
  }

  private static double emu(Object coordinate) {
    return Double.parseDouble(coordinate.toString());
  }

  private static double height(List<XSLFTextParagraph> paragraphs, double width, TextMeasurer measurer,
      Theme theme) {
    double total = 0;
    for (XSLFTextParagraph p : paragraphs) {
      List<Span> spans = new ArrayList<>();
      double size = 18;
      boolean code = false;
      for (XSLFTextRun r : p.getTextRuns()) {
        if (r.getFontSize() != null) {
          size = r.getFontSize();
        }
        boolean isCode = theme.slides().codeTypeface().equals(r.getFontFamily());
        code |= isCode;
        Set<Span.Style> styles = new java.util.HashSet<>();
        if (r.isBold()) {
          styles.add(Span.Style.BOLD);
        }
        if (isCode) {
          styles.add(Span.Style.CODE);
        }
        spans.add(new Span(r.getRawText(), styles, null));
      }
      var ct = p.getXmlObject();
      if (spans.isEmpty() && ct.isSetEndParaRPr() && ct.getEndParaRPr().isSetSz()) {
        size = ct.getEndParaRPr().getSz() / 100.0;
      }
      double marL = ct.isSetPPr() && ct.getPPr().isSetMarL() ? ct.getPPr().getMarL() / 12700.0 : 0;
      double before = ct.isSetPPr() && ct.getPPr().isSetSpcBef() && ct.getPPr().getSpcBef().isSetSpcPts()
          ? ct.getPPr().getSpcBef().getSpcPts().getVal() / 100.0 : 0;
      Para para = new Para(spans, 0, null, 0, code ? Para.Role.CODE : Para.Role.BODY, size, before);
      total += measurer.height(para, width - marL);
    }
    return total;
  }

  /** Every run with Hangul says ko-KR and names an East Asian typeface (and a Latin one). */
  static void assertKoreanRuns(XMLSlideShow show) {
    int korean = 0;
    for (XSLFSlide slide : show.getSlides()) {
      for (XSLFShape shape : slide.getShapes()) {
        List<XSLFTextParagraph> paras = new ArrayList<>();
        if (shape instanceof XSLFTextShape t) {
          paras.addAll(t.getTextParagraphs());
        } else if (shape instanceof XSLFTable table) {
          table.getRows().forEach(r -> r.getCells().forEach(c -> paras.addAll(c.getTextParagraphs())));
        }
        for (XSLFTextParagraph p : paras) {
          for (XSLFTextRun r : p.getTextRuns()) {
            if (!DeckFonts.hasHangul(r.getRawText()) || !(r.getXmlObject() instanceof CTRegularTextRun ct)) {
              continue;
            }
            korean++;
            CTTextCharacterProperties pr = ct.getRPr();
            assertThat(pr).as("run properties of %s", r.getRawText()).isNotNull();
            assertThat(pr.getLang()).as("lang of %s", r.getRawText()).isEqualTo("ko-KR");
            assertThat(pr.isSetEa() && !pr.getEa().getTypeface().isBlank()).as("ea typeface of %s", r.getRawText()).isTrue();
            assertThat(pr.isSetLatin() && !pr.getLatin().getTypeface().isBlank()).as("latin typeface of %s", r.getRawText()).isTrue();
          }
        }
      }
    }
    assertThat(korean).as("Korean runs seen").isPositive();
  }

  /** Visible text of each slide of a written deck, in order. */
  public static java.util.List<String> slideTexts(byte[] pptx) throws IOException {
    try (XMLSlideShow show = open(pptx)) {
      return show.getSlides().stream().map(WrittenDeck::slideText).toList();
    }
  }

  /** Visible text of a slide, tables included. */
  public static String slideText(XSLFSlide slide) {
    StringBuilder sb = new StringBuilder();
    for (XSLFShape shape : slide.getShapes()) {
      if (shape instanceof XSLFTextShape t) {
        sb.append(t.getText()).append('\n');
      } else if (shape instanceof XSLFTable table) {
        table.getRows().forEach(r -> r.getCells().forEach(c -> sb.append(c.getText()).append('\n')));
      }
    }
    return sb.toString();
  }

  static String notesText(XSLFSlide slide) {
    var notes = slide.getNotes();
    if (notes == null) {
      return "";
    }
    StringBuilder sb = new StringBuilder();
    for (var paras : notes.getTextParagraphs()) {
      for (var p : paras) {
        sb.append(p.getText()).append('\n');
      }
    }
    return sb.toString();
  }

  /** Parses each part with the full schema's typed factory and validates it; lists every error. */
  static void assertValidOoxml(XMLSlideShow show) throws Exception {
    List<String> problems = new ArrayList<>();
    int checked = 0;
    for (PackagePart part : show.getPackage().getParts()) {
      String type = part.getContentType();
      if (!type.contains("presentationml") && !type.contains("theme+xml")) {
        continue;
      }
      XmlObject doc;
      try (InputStream in = part.getInputStream()) {
        doc = parse(type, in);
      }
      if (doc == null) {
        continue;
      }
      checked++;
      List<XmlError> errors = new ArrayList<>();
      XmlOptions options = new XmlOptions().setErrorListener(errors);
      if (!doc.validate(options)) {
        for (XmlError e : errors) {
          problems.add(part.getPartName().getName() + ": " + e.getMessage());
        }
        if (errors.isEmpty()) {
          problems.add(part.getPartName().getName() + ": invalid");
        }
      }
    }
    assertThat(checked).as("parts validated").isGreaterThan(5);
    assertThat(problems).as("schema errors (%d, first 20 shown): %s", problems.size(),
        String.join("\n", problems.subList(0, Math.min(20, problems.size())))).isEmpty();
  }

  private static XmlObject parse(String type, InputStream in) throws Exception {
    String pml = "application/vnd.openxmlformats-officedocument.presentationml.";
    if (type.equals(pml + "slide+xml")) {
      return org.openxmlformats.schemas.presentationml.x2006.main.SldDocument.Factory.parse(in);
    } else if (type.equals(pml + "slideLayout+xml")) {
      return org.openxmlformats.schemas.presentationml.x2006.main.SldLayoutDocument.Factory.parse(in);
    } else if (type.equals(pml + "slideMaster+xml")) {
      return org.openxmlformats.schemas.presentationml.x2006.main.SldMasterDocument.Factory.parse(in);
    } else if (type.equals(pml + "notesSlide+xml")) {
      return org.openxmlformats.schemas.presentationml.x2006.main.NotesDocument.Factory.parse(in);
    } else if (type.equals(pml + "notesMaster+xml")) {
      return org.openxmlformats.schemas.presentationml.x2006.main.NotesMasterDocument.Factory.parse(in);
    } else if (type.equals(pml + "presentation.main+xml")) {
      return org.openxmlformats.schemas.presentationml.x2006.main.PresentationDocument.Factory.parse(in);
    } else if (type.equals("application/vnd.openxmlformats-officedocument.theme+xml")) {
      return org.openxmlformats.schemas.drawingml.x2006.main.ThemeDocument.Factory.parse(in);
    }
    return null;
  }
}
