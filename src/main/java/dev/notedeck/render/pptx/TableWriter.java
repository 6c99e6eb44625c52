package dev.notedeck.render.pptx;

import dev.notedeck.model.Block;
import dev.notedeck.render.deck.Box;
import dev.notedeck.render.deck.Para;
import dev.notedeck.render.deck.SlideSpec;
import dev.notedeck.theme.RgbColor;
import dev.notedeck.theme.Theme;
import java.awt.geom.Rectangle2D;
import org.apache.poi.sl.usermodel.TableCell.BorderEdge;
import org.apache.poi.xslf.usermodel.XSLFSlide;
import org.apache.poi.xslf.usermodel.XSLFTable;
import org.apache.poi.xslf.usermodel.XSLFTableCell;
import org.apache.poi.xslf.usermodel.XSLFTableRow;

/** A planned table as a native, editable PowerPoint table in the theme's colours. */
final class TableWriter {

  private final Theme theme;
  private final ParagraphWriter paragraphs;

  TableWriter(Theme theme, ParagraphWriter paragraphs) {
    this.theme = theme;
    this.paragraphs = paragraphs;
  }

  void table(XSLFSlide slide, SlideSpec.TableSpec spec) {
    XSLFTable table = slide.createTable(spec.rows().size(), spec.columnWidths().size());
    Box b = spec.box();
    table.setAnchor(new Rectangle2D.Double(b.x(), b.y(), b.width(), b.height()));
    for (int c = 0; c < spec.columnWidths().size(); c++) {
      table.setColumnWidth(c, spec.columnWidths().get(c));
    }
    var colors = theme.slideColors();
    for (int r = 0; r < spec.rows().size(); r++) {
      XSLFTableRow row = table.getRows().get(r);
      row.setHeight(spec.rowHeights().get(r));
      boolean header = spec.header() && r == 0;
      for (int c = 0; c < spec.columnWidths().size(); c++) {
        XSLFTableCell cell = row.getCells().get(c);
        cell.clearText();
        // POI leaves new cells without bodyPr/lstStyle, which the schema requires
        var body = ((org.openxmlformats.schemas.drawingml.x2006.main.CTTableCell) cell.getXmlObject()).getTxBody();
        if (body.getBodyPr() == null) {
          body.addNewBodyPr();
        }
        if (!body.isSetLstStyle()) {
          body.addNewLstStyle();
        }
        cell.setLeftInset(SlideSpec.TableSpec.CELL_PAD_X);
        cell.setRightInset(SlideSpec.TableSpec.CELL_PAD_X);
        cell.setTopInset(SlideSpec.TableSpec.CELL_PAD_Y);
        cell.setBottomInset(SlideSpec.TableSpec.CELL_PAD_Y);
        cell.setVerticalAlignment(org.apache.poi.sl.usermodel.VerticalAlignment.MIDDLE);
        Para para = spec.rows().get(r).get(c);
        paragraphs.paragraph(cell.addNewTextParagraph(), para);
        Block.Align align = spec.aligns().get(c);
        cell.getTextParagraphs().forEach(p -> p.setTextAlign(switch (align) {
          case CENTER -> org.apache.poi.sl.usermodel.TextParagraph.TextAlign.CENTER;
          case RIGHT -> org.apache.poi.sl.usermodel.TextParagraph.TextAlign.RIGHT;
          default -> org.apache.poi.sl.usermodel.TextParagraph.TextAlign.LEFT;
        }));
        if (header) {
          cell.setFillColor(colors.codeBackground().awt());
        } else if (r % 2 == 0) {
          cell.setFillColor(blend(colors.background(), colors.codeBackground()).awt());
        }
        for (BorderEdge edge : BorderEdge.values()) {
          cell.setBorderColor(edge, colors.border().awt());
          cell.setBorderWidth(edge, 0.75);
        }
      }
    }
  }

  static RgbColor blend(RgbColor a, RgbColor b) {
    return new RgbColor((a.red() + b.red()) / 2, (a.green() + b.green()) / 2, (a.blue() + b.blue()) / 2);
  }
}
