package dev.notedeck.render.pptx;

import dev.notedeck.render.deck.Box;
import dev.notedeck.render.deck.SlideSpec;
import dev.notedeck.theme.RgbColor;
import dev.notedeck.theme.Theme;

/** A planned table as a native, editable PowerPoint table in the theme's colours. */
final class TableWriter {

  private static final String TABLE = "http://schemas.openxmlformats.org/drawingml/2006/table";

  private final Theme theme;
  private final ParagraphWriter paragraphs;

  TableWriter(Theme theme, ParagraphWriter paragraphs) {
    this.theme = theme;
    this.paragraphs = paragraphs;
  }

  void table(SlideDraft slide, SlideSpec.TableSpec spec) {
    long id = slide.newId();
    XmlText x = new XmlText(new StringBuilder(16384));
    x.raw("<p:graphicFrame><p:nvGraphicFramePr>").open("p:cNvPr").attr("name", "Table " + id).attr("id", id).end()
        .raw("<p:cNvGraphicFramePr><a:graphicFrameLocks noGrp=\"true\"/></p:cNvGraphicFramePr><p:nvPr/>")
        .raw("</p:nvGraphicFramePr>");
    Box b = spec.box();
    x.raw("<p:xfrm>");
    ShapePlacement.anchor(x, b);
    x.raw("</p:xfrm><a:graphic>").open("a:graphicData").attr("uri", TABLE).close().raw("<a:tbl><a:tblPr/><a:tblGrid>");
    for (double w : spec.columnWidths()) {
      x.open("a:gridCol").attr("w", ShapePlacement.anchorEmu(w)).end();
    }
    x.raw("</a:tblGrid>");
    var colors = theme.slideColors();
    String border = border(colors.border());
    String headerFill = ParagraphWriter.rgb(new XmlText(new StringBuilder()), colors.codeBackground()).toString();
    String stripeFill = ParagraphWriter.rgb(new XmlText(new StringBuilder()),
        colors.background().mix(colors.codeBackground())).toString();
    for (int r = 0; r < spec.rows().size(); r++) {
      x.open("a:tr").attr("h", ShapePlacement.anchorEmu(spec.rowHeights().get(r))).close();
      boolean header = spec.header() && r == 0;
      for (int c = 0; c < spec.columnWidths().size(); c++) {
        x.raw("<a:tc><a:txBody><a:bodyPr/><a:lstStyle/>");
        paragraphs.paragraph(slide, x, spec.rows().get(r).get(c), switch (spec.aligns().get(c)) {
          case CENTER -> "ctr";
          case RIGHT -> "r";
          default -> "l";
        });
        x.raw("</a:txBody>").open("a:tcPr")
            .attr("marL", ShapePlacement.emu(SlideSpec.TableSpec.CELL_PAD_X))
            .attr("marR", ShapePlacement.emu(SlideSpec.TableSpec.CELL_PAD_X))
            .attr("marT", ShapePlacement.emu(SlideSpec.TableSpec.CELL_PAD_Y))
            .attr("marB", ShapePlacement.emu(SlideSpec.TableSpec.CELL_PAD_Y))
            .attr("anchor", "ctr").close().raw(border);
        if (header) {
          x.raw(headerFill);
        } else if (r % 2 == 0) {
          x.raw(stripeFill);
        }
        x.raw("</a:tcPr></a:tc>");
      }
      x.raw("</a:tr>");
    }
    x.raw("</a:tbl></a:graphicData></a:graphic></p:graphicFrame>");
    slide.add(x.toString(), id);
  }

  /** A cell's four 0.75 pt borders in {@code color}. */
  private static String border(RgbColor color) {
    StringBuilder all = new StringBuilder();
    for (String edge : new String[] {"a:lnL", "a:lnR", "a:lnT", "a:lnB"}) {
      XmlText x = new XmlText(all).open(edge).attr("cmpd", "sng").attr("algn", "ctr").attr("cap", "flat")
          .attr("w", 9525).close();
      ParagraphWriter.rgb(x, color).raw("<a:prstDash val=\"solid\"/><a:round/>")
          .raw("<a:headEnd type=\"none\" w=\"med\" len=\"med\"/><a:tailEnd type=\"none\" w=\"med\" len=\"med\"/>")
          .end(edge);
    }
    return all.toString();
  }
}
