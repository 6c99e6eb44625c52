package dev.notedeck.render.pptx;

import dev.notedeck.model.Block;
import dev.notedeck.model.Span;
import dev.notedeck.render.pptx.SlideSpec.AgendaSlide;
import dev.notedeck.render.pptx.SlideSpec.BulletSlide;
import dev.notedeck.render.pptx.SlideSpec.ClosingSlide;
import dev.notedeck.render.pptx.SlideSpec.CodeSlide;
import dev.notedeck.render.pptx.SlideSpec.ImageSlide;
import dev.notedeck.render.pptx.SlideSpec.QuoteSlide;
import dev.notedeck.render.pptx.SlideSpec.TableSlide;
import dev.notedeck.render.pptx.SlideSpec.TakeawaysSlide;
import dev.notedeck.render.pptx.SlideSpec.TalkDividerSlide;
import dev.notedeck.render.pptx.SlideSpec.TitleSlide;
import dev.notedeck.theme.RgbColor;
import dev.notedeck.theme.Theme;
import java.awt.geom.Rectangle2D;
import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.common.usermodel.fonts.FontGroup;
import org.apache.poi.sl.usermodel.PictureData;
import org.apache.poi.sl.usermodel.Placeholder;
import org.apache.poi.sl.usermodel.TableCell.BorderEdge;
import org.apache.poi.xslf.usermodel.XMLSlideShow;
import org.apache.poi.xslf.usermodel.XSLFAutoShape;
import org.apache.poi.xslf.usermodel.XSLFNotes;
import org.apache.poi.xslf.usermodel.XSLFPictureData;
import org.apache.poi.xslf.usermodel.XSLFPictureShape;
import org.apache.poi.xslf.usermodel.XSLFShape;
import org.apache.poi.xslf.usermodel.XSLFSheet;
import org.apache.poi.xslf.usermodel.XSLFSlide;
import org.apache.poi.xslf.usermodel.XSLFSlideLayout;
import org.apache.poi.xslf.usermodel.XSLFTable;
import org.apache.poi.xslf.usermodel.XSLFTableCell;
import org.apache.poi.xslf.usermodel.XSLFTableRow;
import org.apache.poi.xslf.usermodel.XSLFTextBox;
import org.apache.poi.xslf.usermodel.XSLFTextParagraph;
import org.apache.poi.xslf.usermodel.XSLFTextRun;
import org.apache.poi.xslf.usermodel.XSLFTextShape;
import org.openxmlformats.schemas.drawingml.x2006.main.CTRegularTextRun;
import org.openxmlformats.schemas.drawingml.x2006.main.CTSRgbColor;
import org.openxmlformats.schemas.drawingml.x2006.main.CTShapeProperties;
import org.openxmlformats.schemas.drawingml.x2006.main.CTSolidColorFillProperties;
import org.openxmlformats.schemas.drawingml.x2006.main.CTTextBodyProperties;
import org.openxmlformats.schemas.drawingml.x2006.main.CTTextCharacterProperties;
import org.openxmlformats.schemas.drawingml.x2006.main.CTTextField;
import org.openxmlformats.schemas.drawingml.x2006.main.CTTextParagraph;
import org.openxmlformats.schemas.drawingml.x2006.main.CTTextParagraphProperties;
import org.openxmlformats.schemas.drawingml.x2006.main.CTTransform2D;
import org.openxmlformats.schemas.drawingml.x2006.main.STSchemeColorVal;
import org.openxmlformats.schemas.drawingml.x2006.main.STTextAlignType;
import org.openxmlformats.schemas.drawingml.x2006.main.STTextAnchoringType;
import org.openxmlformats.schemas.drawingml.x2006.main.STTextAutonumberScheme;
import org.openxmlformats.schemas.drawingml.x2006.main.STTextStrikeType;
import org.openxmlformats.schemas.drawingml.x2006.main.STTextUnderlineType;
import org.openxmlformats.schemas.drawingml.x2006.main.STTextWrappingType;
import org.openxmlformats.schemas.presentationml.x2006.main.CTPlaceholder;
import org.openxmlformats.schemas.presentationml.x2006.main.CTShape;
import org.openxmlformats.schemas.presentationml.x2006.main.STPlaceholderSize;
import org.openxmlformats.schemas.presentationml.x2006.main.STPlaceholderType;

/**
 * {@link Deck} -> OOXML with POI XSLF, on the template's layouts. Writes exactly what the planner
 * decided (boxes, sizes, breaks): real text in placeholders and text boxes, speaker notes on
 * every slide, footer and slide number, Korean runs tagged {@code ko-KR} with an ea typeface.
 */
public final class DeckWriter {

  private static final double EMU = 12700;
  /** Speaker notes print at 12 pt (hundredths of a point). */
  private static final int NOTES_SIZE = 1200;

  private final Theme theme;
  private final DeckTemplate template;
  private final boolean codeCoversHangul;

  DeckWriter(Theme theme, DeckTemplate template, DeckFonts fonts) {
    this.theme = theme;
    this.template = template;
    this.codeCoversHangul = fonts.codeCoversHangul();
  }

  public void write(Deck deck, OutputStream out) throws IOException {
    XMLSlideShow show = template.show();
    properties(show, deck.info());
    int number = 0;
    for (SlideSpec spec : deck.slides()) {
      number++;
      XSLFSlide slide = show.createSlide(template.layout(layoutName(spec)));
      fill(slide, spec, deck);
      footer(slide, deck, number);
      notes(show, slide, spec.notes());
    }
    show.write(out);
  }

  private static String layoutName(SlideSpec spec) {
    if (spec instanceof TitleSlide || spec instanceof ClosingSlide) {
      return DeckTemplate.TITLE_SLIDE;
    }
    if (spec instanceof TalkDividerSlide) {
      return DeckTemplate.SECTION_HEADER;
    }
    if (spec instanceof CodeSlide || spec instanceof TableSlide || spec instanceof ImageSlide) {
      return DeckTemplate.TITLE_ONLY;
    }
    return DeckTemplate.TITLE_AND_CONTENT;
  }

  private void properties(XMLSlideShow show, Deck.Info info) {
    var core = show.getProperties().getCoreProperties();
    core.setTitle(info.title());
    core.setCreator(info.author().isBlank() ? "notedeck" : info.author());
    core.setSubjectProperty(info.subject());
    core.setDescription(info.title());
    try {
      show.getPackage().getPackageProperties().setLanguageProperty(info.language());
    } catch (org.apache.poi.openxml4j.exceptions.InvalidFormatException e) {
      throw new IllegalStateException(e);
    }
    show.getProperties().getExtendedProperties().setApplication("notedeck");
  }

  // ---------------------------------------------------------------- slides

  private void fill(XSLFSlide slide, SlideSpec spec, Deck deck) throws IOException {
    XSLFTextShape title = DeckTemplate.placeholder(slide, Placeholder.TITLE, Placeholder.CENTERED_TITLE);
    XSLFTextShape body = DeckTemplate.placeholder(slide, Placeholder.BODY, Placeholder.CONTENT,
        Placeholder.SUBTITLE);
    List<XSLFShape> keep = new ArrayList<>();
    title = text(slide, title, spec.title(), keep, Placeholder.TITLE);
    if (spec instanceof TitleSlide s) {
      text(slide, body, s.subtitle(), keep, Placeholder.SUBTITLE);
    } else if (spec instanceof ClosingSlide s) {
      text(slide, body, s.subtitle(), keep, Placeholder.SUBTITLE);
    } else if (spec instanceof AgendaSlide s) {
      text(slide, body, s.body(), keep, Placeholder.BODY);
    } else if (spec instanceof BulletSlide s) {
      text(slide, body, s.body(), keep, Placeholder.BODY);
    } else if (spec instanceof TakeawaysSlide s) {
      text(slide, body, s.body(), keep, Placeholder.BODY);
    } else if (spec instanceof QuoteSlide s) {
      XSLFTextShape q = text(slide, body, s.quote(), keep, Placeholder.BODY);
      quoteBar(slide, s.quote(), q);
    } else if (spec instanceof TalkDividerSlide s) {
      text(slide, body, s.body(), keep, Placeholder.BODY);
      text(slide, null, s.number(), keep, null);
    } else if (spec instanceof CodeSlide s) {
      XSLFTextShape panel = text(slide, null, s.code(), keep, null);
      fillColor(panel, theme.slideColors().codeBackground());
      if (!s.label().paras().isEmpty()) {
        XSLFTextShape label = text(slide, null, s.label(), keep, null);
        label.getTextParagraphs().forEach(p -> p.setTextAlign(
            org.apache.poi.sl.usermodel.TextParagraph.TextAlign.RIGHT));
      }
    } else if (spec instanceof TableSlide s) {
      table(slide, s.table());
    } else if (spec instanceof ImageSlide s) {
      if (s.image() != null) {
        picture(slide, s);
        if (!s.caption().paras().isEmpty()) {
          text(slide, null, s.caption(), keep, null);
        }
      } else {
        XSLFTextShape box = text(slide, null, s.caption(), keep, null);
        box.setLineColor(theme.slideColors().border().awt());
        box.setLineWidth(1);
        box.getTextParagraphs().forEach(p -> p.setTextAlign(
            org.apache.poi.sl.usermodel.TextParagraph.TextAlign.CENTER));
      }
    }
    // placeholders of the layout that this slide does not use would show "Click to add text"
    for (XSLFShape shape : new ArrayList<>(slide.getShapes())) {
      if (shape instanceof XSLFTextShape t && t.isPlaceholder() && !keep.contains(shape)) {
        slide.removeShape(shape);
      }
    }
  }

  /**
   * Writes a frame into the placeholder (placing it exactly where the planner measured) or, when
   * there is none, into a new text box.
   */
  private XSLFTextShape text(XSLFSlide slide, XSLFTextShape placeholder, TextFrame frame,
      List<XSLFShape> keep, Placeholder wanted) {
    XSLFTextShape shape = placeholder;
    if (shape == null) {
      XSLFTextBox box = slide.createTextBox();
      if (wanted != null) {
        makePlaceholder(box, wanted);
      }
      shape = box;
    }
    keep.add(shape);
    place(shape, frame.box());
    shape.clearText();
    bodyProperties(shape, frame.anchor());
    paragraphs(shape, frame.paras());
    return shape;
  }

  private static void makePlaceholder(XSLFTextBox box, Placeholder type) {
    CTShape ct = (CTShape) box.getXmlObject();
    if (ct.getNvSpPr().getCNvSpPr().isSetTxBox()) {
      ct.getNvSpPr().getCNvSpPr().unsetTxBox();
    }
    CTPlaceholder ph = ct.getNvSpPr().getNvPr().addNewPh();
    if (type == Placeholder.TITLE) {
      ph.setType(STPlaceholderType.TITLE);
    } else {
      ph.setType(type == Placeholder.SUBTITLE ? STPlaceholderType.SUB_TITLE : STPlaceholderType.BODY);
      ph.setIdx(1);
    }
  }

  /** Sets the shape's own transform (never the inherited one, which would move the master's). */
  private static void place(XSLFShape shape, Box box) {
    CTShapeProperties spPr = spPr(shape);
    CTTransform2D xfrm = spPr.isSetXfrm() ? spPr.getXfrm() : spPr.addNewXfrm();
    if (!xfrm.isSetOff()) {
      xfrm.addNewOff();
    }
    if (!xfrm.isSetExt()) {
      xfrm.addNewExt();
    }
    xfrm.getOff().setX(emu(box.x()));
    xfrm.getOff().setY(emu(box.y()));
    xfrm.getExt().setCx(emu(box.width()));
    xfrm.getExt().setCy(emu(box.height()));
  }

  private static CTShapeProperties spPr(XSLFShape shape) {
    return ((CTShape) shape.getXmlObject()).getSpPr();
  }

  private static long emu(double pt) {
    return Math.round(pt * EMU);
  }

  private static void bodyProperties(XSLFTextShape shape, TextFrame.Anchor anchor) {
    CTTextBodyProperties pr = shape.getTextBody().getXmlObject().getBodyPr();
    pr.setLIns(emu(TextFrame.INSET_X));
    pr.setRIns(emu(TextFrame.INSET_X));
    pr.setTIns(emu(TextFrame.INSET_Y));
    pr.setBIns(emu(TextFrame.INSET_Y));
    pr.setWrap(STTextWrappingType.SQUARE);
    pr.setAnchor(switch (anchor) {
      case TOP -> STTextAnchoringType.T;
      case MIDDLE -> STTextAnchoringType.CTR;
      case BOTTOM -> STTextAnchoringType.B;
    });
    if (pr.isSetNormAutofit()) {
      pr.unsetNormAutofit();
    }
    if (pr.isSetSpAutoFit()) {
      pr.unsetSpAutoFit();
    }
    if (!pr.isSetNoAutofit()) {
      pr.addNewNoAutofit();
    }
  }

  private void paragraphs(XSLFTextShape shape, List<Para> paras) {
    if (paras.isEmpty()) {
      XSLFTextParagraph p = shape.addNewTextParagraph();
      p.getXmlObject().addNewEndParaRPr().setLang("en-US");
      return;
    }
    for (Para para : paras) {
      paragraph(shape.addNewTextParagraph(), para);
    }
  }

  private void paragraph(XSLFTextParagraph p, Para para) {
    CTTextParagraph ct = p.getXmlObject();
    CTTextParagraphProperties pr = ct.isSetPPr() ? ct.getPPr() : ct.addNewPPr();
    pr.setLvl(Math.min(para.level(), 8));
    pr.setMarL(Math.toIntExact(emu(para.marginLeft())));
    pr.setIndent(Math.toIntExact(emu(para.indent())));
    pr.addNewLnSpc().addNewSpcPct().setVal(100000);
    pr.addNewSpcBef().addNewSpcPts().setVal((int) Math.round(para.spaceBefore() * 100));
    pr.addNewSpcAft().addNewSpcPts().setVal(0);
    if (para.number() > 0) {
      scheme(pr.addNewBuClr(), STSchemeColorVal.ACCENT_1);
      pr.addNewBuFont().setTypeface("+mj-lt");
      var num = pr.addNewBuAutoNum();
      num.setType(STTextAutonumberScheme.ARABIC_PERIOD);
      num.setStartAt(para.number());
    } else if (para.bullet() != null) {
      scheme(pr.addNewBuClr(), STSchemeColorVal.ACCENT_1);
      pr.addNewBuFont().setTypeface("Arial");
      pr.addNewBuChar().setChar(para.bullet());
    } else {
      pr.addNewBuNone();
    }
    pr.setAlgn(STTextAlignType.L);
    List<Span> spans = para.spans();
    for (Span span : spans) {
      String[] lines = span.text().split("\n", -1);
      for (int i = 0; i < lines.length; i++) {
        if (i > 0) {
          p.addLineBreak();
        }
        if (!lines[i].isEmpty()) {
          run(p.addNewTextRun(), lines[i], span, para);
        }
      }
    }
    CTTextCharacterProperties end = ct.addNewEndParaRPr();
    end.setSz((int) Math.round(para.size() * 100));
    end.setLang(DeckFonts.hasHangul(para.plainText()) || para.spans().isEmpty() ? "ko-KR" : "en-US");
  }

  private void run(XSLFTextRun run, String text, Span span, Para para) {
    run.setText(text);
    CTTextCharacterProperties pr = ((CTRegularTextRun) run.getXmlObject()).getRPr();
    if (pr == null) {
      pr = ((CTRegularTextRun) run.getXmlObject()).addNewRPr();
    }
    boolean korean = DeckFonts.hasHangul(text);
    pr.setLang(korean ? "ko-KR" : "en-US");
    if (korean) {
      pr.setAltLang("en-US");
    }
    pr.setSz((int) Math.round(para.size() * 100));
    boolean bold = TextMeasurer.isBold(para.role()) || span.has(Span.Style.BOLD);
    pr.setB(bold);
    boolean italic = span.has(Span.Style.ITALIC) || para.role() == Para.Role.QUOTE;
    if (italic) {
      pr.setI(true);
    }
    if (span.has(Span.Style.STRIKE)) {
      pr.setStrike(STTextStrikeType.SNG_STRIKE);
    }
    boolean code = para.role() == Para.Role.CODE || span.has(Span.Style.CODE);
    color(pr, para.role(), span);
    var s = theme.slides();
    String latin = code ? s.codeTypeface() : s.latinTypeface();
    String ea = code && codeCoversHangul ? s.codeTypeface() : s.eastAsianTypeface();
    run.setFontFamily(latin, FontGroup.LATIN);
    run.setFontFamily(ea, FontGroup.EAST_ASIAN);
    if (span.href() != null && !span.href().isBlank()) {
      run.createHyperlink().setAddress(span.href());
      pr.setU(STTextUnderlineType.SNG);
    }
  }

  private void color(CTTextCharacterProperties pr, Para.Role role, Span span) {
    CTSolidColorFillProperties fill = pr.isSetSolidFill() ? pr.getSolidFill() : pr.addNewSolidFill();
    if (role == Para.Role.CODE) {
      rgb(fill, theme.slideColors().codeText());
      return;
    }
    if (span.href() != null) {
      scheme(fill, STSchemeColorVal.HLINK);
      return;
    }
    STSchemeColorVal.Enum c = switch (role) {
      case TITLE -> STSchemeColorVal.TX_2;
      case HEADING, NUMBER -> STSchemeColorVal.ACCENT_1;
      case QUOTE -> STSchemeColorVal.TX_1;
      case MUTED, QUOTE_SOURCE -> STSchemeColorVal.ACCENT_3;
      default -> span.has(Span.Style.CODE) ? STSchemeColorVal.ACCENT_2 : STSchemeColorVal.TX_1;
    };
    scheme(fill, c);
  }

  private static void scheme(CTSolidColorFillProperties fill, STSchemeColorVal.Enum value) {
    fill.addNewSchemeClr().setVal(value);
  }

  private static void scheme(org.openxmlformats.schemas.drawingml.x2006.main.CTColor color,
      STSchemeColorVal.Enum value) {
    color.addNewSchemeClr().setVal(value);
  }

  private static void rgb(CTSolidColorFillProperties fill, RgbColor color) {
    CTSRgbColor c = fill.addNewSrgbClr();
    c.setVal(new byte[] {(byte) color.red(), (byte) color.green(), (byte) color.blue()});
  }

  private static void fillColor(XSLFTextShape shape, RgbColor color) {
    shape.setFillColor(color.awt());
  }

  private void quoteBar(XSLFSlide slide, TextFrame frame, XSLFTextShape quote) {
    Box b = frame.box();
    double x = Math.max(0, b.x() - 14);
    XSLFAutoShape bar = slide.createAutoShape();
    bar.setShapeType(org.apache.poi.sl.usermodel.ShapeType.RECT);
    bar.setAnchor(new Rectangle2D.Double(x, b.y() + b.height() * 0.15, 5, b.height() * 0.7));
    bar.setFillColor(theme.slideColors().accent().awt());
    bar.setLineColor(null);
  }

  private void table(XSLFSlide slide, SlideSpec.TableSpec spec) {
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
        cell.setLeftInset(DeckPlanner.CELL_PAD_X);
        cell.setRightInset(DeckPlanner.CELL_PAD_X);
        cell.setTopInset(DeckPlanner.CELL_PAD_Y);
        cell.setBottomInset(DeckPlanner.CELL_PAD_Y);
        cell.setVerticalAlignment(org.apache.poi.sl.usermodel.VerticalAlignment.MIDDLE);
        Para para = spec.rows().get(r).get(c);
        paragraph(cell.addNewTextParagraph(), header ? para : para);
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

  private static RgbColor blend(RgbColor a, RgbColor b) {
    return new RgbColor((a.red() + b.red()) / 2, (a.green() + b.green()) / 2, (a.blue() + b.blue()) / 2);
  }

  private void picture(XSLFSlide slide, ImageSlide s) throws IOException {
    PictureData.PictureType type = switch (s.image().format()) {
      case PNG -> PictureData.PictureType.PNG;
      case GIF -> PictureData.PictureType.GIF;
      default -> PictureData.PictureType.JPEG;
    };
    XSLFPictureData data = slide.getSlideShow().addPicture(s.image().bytes(), type);
    XSLFPictureShape pic = slide.createPicture(data);
    Box b = s.box();
    pic.setAnchor(new Rectangle2D.Double(b.x(), b.y(), b.width(), b.height()));
  }

  // ---------------------------------------------------------------- footer, notes

  /** Footer (event name) and slide number as the layout's placeholders, so PowerPoint knows them. */
  private void footer(XSLFSlide slide, Deck deck, int number) {
    XSLFSlideLayout layout = slide.getSlideLayout();
    SlideFrames f = deck.frames();
    double bandY = f.body().bottom() + (f.slideHeight() - f.body().bottom()) * 0.3;
    double bandH = Math.min(24, f.slideHeight() - bandY);
    Box ftrDefault = new Box(f.body().x(), bandY, f.body().width() * 0.7, bandH);
    Box numDefault = new Box(f.body().right() - 120, bandY, 120, bandH);
    Box ftr = layoutBox(layout, Placeholder.FOOTER, ftrDefault);
    Box num = layoutBox(layout, Placeholder.SLIDE_NUMBER, numDefault);
    double size = 10;

    XSLFTextBox footerBox = slide.createTextBox();
    footerPlaceholder(footerBox, STPlaceholderType.FTR, 11);
    place(footerBox, ftr);
    footerBox.clearText();
    bodyProperties(footerBox, TextFrame.Anchor.MIDDLE);
    Para footerPara = new Para(List.of(Span.plain(deck.info().footer())), 0, null, 0, Para.Role.MUTED, size, 0);
    paragraph(footerBox.addNewTextParagraph(), footerPara);

    XSLFTextBox numBox = slide.createTextBox();
    footerPlaceholder(numBox, STPlaceholderType.SLD_NUM, 12);
    place(numBox, num);
    numBox.clearText();
    bodyProperties(numBox, TextFrame.Anchor.MIDDLE);
    XSLFTextParagraph p = numBox.addNewTextParagraph();
    p.setTextAlign(org.apache.poi.sl.usermodel.TextParagraph.TextAlign.RIGHT);
    CTTextField fld = p.getXmlObject().addNewFld();
    fld.setId("{6A1B3C2D-4E5F-4A6B-8C7D-9E0F1A2B3C4D}");
    fld.setType("slidenum");
    CTTextCharacterProperties rpr = fld.addNewRPr();
    rpr.setLang("en-US");
    rpr.setSz((int) (size * 100));
    scheme(rpr.addNewSolidFill(), STSchemeColorVal.ACCENT_3);
    rpr.addNewLatin().setTypeface(theme.slides().latinTypeface());
    rpr.addNewEa().setTypeface(theme.slides().eastAsianTypeface());
    fld.setT(String.valueOf(number));
  }

  private static void footerPlaceholder(XSLFTextBox box, STPlaceholderType.Enum type, long idx) {
    CTShape ct = (CTShape) box.getXmlObject();
    if (ct.getNvSpPr().getCNvSpPr().isSetTxBox()) {
      ct.getNvSpPr().getCNvSpPr().unsetTxBox();
    }
    CTPlaceholder ph = ct.getNvSpPr().getNvPr().addNewPh();
    ph.setType(type);
    ph.setSz(STPlaceholderSize.QUARTER);
    ph.setIdx(idx);
  }

  private static Box layoutBox(XSLFSheet layout, Placeholder type, Box otherwise) {
    XSLFTextShape s = DeckTemplate.placeholder(layout, type);
    if (s == null || s.getAnchor() == null || s.getAnchor().getWidth() < 1) {
      return otherwise;
    }
    Rectangle2D a = s.getAnchor();
    return new Box(a.getX(), a.getY(), a.getWidth(), a.getHeight());
  }

  /** Notes slide with the slide image and the notes text (the master's other placeholders dropped). */
  private void notes(XMLSlideShow show, XSLFSlide slide, String text) {
    XSLFNotes notes = show.getNotesSlide(slide);
    XSLFTextShape body = null;
    for (XSLFShape shape : new ArrayList<>(notes.getShapes())) {
      if (shape instanceof XSLFTextShape t && t.isPlaceholder()) {
        Placeholder type = t.getTextType();
        if (type == Placeholder.BODY && body == null) {
          body = t;
          continue;
        }
        if (type != null && type != Placeholder.SLIDE_IMAGE) {
          notes.removeShape(shape);
        }
      }
    }
    if (body == null) {
      return;
    }
    body.clearText();
    for (String line : text.split("\n", -1)) {
      XSLFTextParagraph p = body.addNewTextParagraph();
      if (line.isEmpty()) {
        p.getXmlObject().addNewEndParaRPr().setLang("ko-KR");
        continue;
      }
      XSLFTextRun r = p.addNewTextRun();
      r.setText(line);
      CTTextCharacterProperties pr = ((CTRegularTextRun) r.getXmlObject()).getRPr();
      if (pr == null) {
        pr = ((CTRegularTextRun) r.getXmlObject()).addNewRPr();
      }
      pr.setLang(DeckFonts.hasHangul(line) ? "ko-KR" : "en-US");
      pr.setSz(NOTES_SIZE);
      r.setFontFamily(theme.slides().latinTypeface(), FontGroup.LATIN);
      r.setFontFamily(theme.slides().eastAsianTypeface(), FontGroup.EAST_ASIAN);
    }
  }
}
