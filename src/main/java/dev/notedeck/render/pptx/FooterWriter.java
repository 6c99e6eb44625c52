package dev.notedeck.render.pptx;

import dev.notedeck.model.Span;
import dev.notedeck.theme.Theme;
import java.awt.geom.Rectangle2D;
import java.util.List;
import org.apache.poi.sl.usermodel.Placeholder;
import org.apache.poi.xslf.usermodel.XSLFSheet;
import org.apache.poi.xslf.usermodel.XSLFSlide;
import org.apache.poi.xslf.usermodel.XSLFSlideLayout;
import org.apache.poi.xslf.usermodel.XSLFTextBox;
import org.apache.poi.xslf.usermodel.XSLFTextParagraph;
import org.apache.poi.xslf.usermodel.XSLFTextShape;
import org.openxmlformats.schemas.drawingml.x2006.main.CTTextCharacterProperties;
import org.openxmlformats.schemas.drawingml.x2006.main.CTTextField;
import org.openxmlformats.schemas.drawingml.x2006.main.STSchemeColorVal;
import org.openxmlformats.schemas.presentationml.x2006.main.CTPlaceholder;
import org.openxmlformats.schemas.presentationml.x2006.main.CTShape;
import org.openxmlformats.schemas.presentationml.x2006.main.STPlaceholderSize;
import org.openxmlformats.schemas.presentationml.x2006.main.STPlaceholderType;

/** Footer (event name) and slide number as the layout's placeholders, so PowerPoint knows them. */
final class FooterWriter {

  private final Theme theme;
  private final ParagraphWriter paragraphs;

  FooterWriter(Theme theme, ParagraphWriter paragraphs) {
    this.theme = theme;
    this.paragraphs = paragraphs;
  }

  /** Footer (event name) and slide number as the layout's placeholders, so PowerPoint knows them. */
  void footer(XSLFSlide slide, Deck deck, int number) {
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
    ShapePlacement.place(footerBox, ftr);
    footerBox.clearText();
    ShapePlacement.bodyProperties(footerBox, TextFrame.Anchor.MIDDLE);
    Para footerPara = new Para(List.of(Span.plain(deck.info().footer())), 0, null, 0, Para.Role.MUTED, size, 0);
    paragraphs.paragraph(footerBox.addNewTextParagraph(), footerPara);

    XSLFTextBox numBox = slide.createTextBox();
    footerPlaceholder(numBox, STPlaceholderType.SLD_NUM, 12);
    ShapePlacement.place(numBox, num);
    numBox.clearText();
    ShapePlacement.bodyProperties(numBox, TextFrame.Anchor.MIDDLE);
    XSLFTextParagraph p = numBox.addNewTextParagraph();
    p.setTextAlign(org.apache.poi.sl.usermodel.TextParagraph.TextAlign.RIGHT);
    CTTextField fld = p.getXmlObject().addNewFld();
    fld.setId("{6A1B3C2D-4E5F-4A6B-8C7D-9E0F1A2B3C4D}");
    fld.setType("slidenum");
    CTTextCharacterProperties rpr = fld.addNewRPr();
    rpr.setLang("en-US");
    rpr.setSz((int) (size * 100));
    ParagraphWriter.scheme(rpr.addNewSolidFill(), STSchemeColorVal.ACCENT_3);
    rpr.addNewLatin().setTypeface(theme.slides().latinTypeface());
    rpr.addNewEa().setTypeface(theme.slides().eastAsianTypeface());
    fld.setT(String.valueOf(number));
  }

  static void footerPlaceholder(XSLFTextBox box, STPlaceholderType.Enum type, long idx) {
    CTShape ct = (CTShape) box.getXmlObject();
    if (ct.getNvSpPr().getCNvSpPr().isSetTxBox()) {
      ct.getNvSpPr().getCNvSpPr().unsetTxBox();
    }
    CTPlaceholder ph = ct.getNvSpPr().getNvPr().addNewPh();
    ph.setType(type);
    ph.setSz(STPlaceholderSize.QUARTER);
    ph.setIdx(idx);
  }

  static Box layoutBox(XSLFSheet layout, Placeholder type, Box otherwise) {
    XSLFTextShape s = DeckTemplate.placeholder(layout, type);
    if (s == null || s.getAnchor() == null || s.getAnchor().getWidth() < 1) {
      return otherwise;
    }
    Rectangle2D a = s.getAnchor();
    return new Box(a.getX(), a.getY(), a.getWidth(), a.getHeight());
  }
}
