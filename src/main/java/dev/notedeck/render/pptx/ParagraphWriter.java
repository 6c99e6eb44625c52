package dev.notedeck.render.pptx;

import dev.notedeck.model.Span;
import dev.notedeck.render.code.CodeHighlighter;
import dev.notedeck.render.code.TokenStyle;
import dev.notedeck.render.deck.DeckFonts;
import dev.notedeck.render.deck.Para;
import dev.notedeck.render.deck.TextMeasurer;
import dev.notedeck.theme.RgbColor;
import dev.notedeck.theme.Theme;
import java.util.List;
import org.apache.poi.common.usermodel.fonts.FontGroup;
import org.apache.poi.xslf.usermodel.XSLFTextParagraph;
import org.apache.poi.xslf.usermodel.XSLFTextRun;
import org.apache.poi.xslf.usermodel.XSLFTextShape;
import org.openxmlformats.schemas.drawingml.x2006.main.CTRegularTextRun;
import org.openxmlformats.schemas.drawingml.x2006.main.CTSRgbColor;
import org.openxmlformats.schemas.drawingml.x2006.main.CTSolidColorFillProperties;
import org.openxmlformats.schemas.drawingml.x2006.main.CTTextCharacterProperties;
import org.openxmlformats.schemas.drawingml.x2006.main.CTTextParagraph;
import org.openxmlformats.schemas.drawingml.x2006.main.CTTextParagraphProperties;
import org.openxmlformats.schemas.drawingml.x2006.main.STSchemeColorVal;
import org.openxmlformats.schemas.drawingml.x2006.main.STTextAlignType;
import org.openxmlformats.schemas.drawingml.x2006.main.STTextAutonumberScheme;
import org.openxmlformats.schemas.drawingml.x2006.main.STTextStrikeType;
import org.openxmlformats.schemas.drawingml.x2006.main.STTextUnderlineType;

/** Planned paragraphs -> DrawingML paragraphs and runs: size, bullets, colours, fonts, ko-KR runs, links. */
final class ParagraphWriter {

  private final Theme theme;
  private final boolean codeCoversHangul;
  private RunLanguage lang = RunLanguage.forDeck("ko-KR");

  ParagraphWriter(Theme theme, boolean codeCoversHangul) {
    this.theme = theme;
    this.codeCoversHangul = codeCoversHangul;
  }

  /** Tags runs for a deck in {@code language} (the notes'). */
  void speak(RunLanguage language) {
    this.lang = language;
  }

  void paragraphs(XSLFTextShape shape, List<Para> paras) {
    if (paras.isEmpty()) {
      XSLFTextParagraph p = shape.addNewTextParagraph();
      p.getXmlObject().addNewEndParaRPr().setLang(lang.other());
      return;
    }
    for (Para para : paras) {
      paragraph(shape.addNewTextParagraph(), para);
    }
  }

  void paragraph(XSLFTextParagraph p, Para para) {
    CTTextParagraph ct = p.getXmlObject();
    CTTextParagraphProperties pr = ct.isSetPPr() ? ct.getPPr() : ct.addNewPPr();
    if (para.level() > 0) {
      pr.setLvl(Math.min(para.level(), 8)); // 0 is the default
    }
    pr.setMarL(Math.toIntExact(ShapePlacement.emu(para.marginLeft())));
    pr.setIndent(Math.toIntExact(ShapePlacement.emu(para.indent())));
    // PowerPoint breaks Hangul words anywhere unless told not to; eojeol stay whole, as measured
    pr.setEaLnBrk(false);
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
    for (int k = 0; k < spans.size(); k++) {
      Span span = spans.get(k);
      CodeHighlighter.Kind token = para.tokens().isEmpty() ? null : para.tokens().get(k);
      String[] lines = span.text().split("\n", -1);
      for (int i = 0; i < lines.length; i++) {
        if (i > 0) {
          p.addLineBreak();
        }
        if (!lines[i].isEmpty()) {
          run(p.addNewTextRun(), lines[i], span, para, token);
        }
      }
    }
    CTTextCharacterProperties end = ct.addNewEndParaRPr();
    end.setSz((int) Math.round(para.size() * 100));
    end.setLang(para.spans().isEmpty() ? lang.empty() : lang.of(para.plainText()));
  }

  /** {@code token}: the kind of a highlighted code run (coloured as in the handout), else null. */
  void run(XSLFTextRun run, String text, Span span, Para para, CodeHighlighter.Kind token) {
    run.setText(text);
    CTTextCharacterProperties pr = ((CTRegularTextRun) run.getXmlObject()).getRPr();
    if (pr == null) {
      pr = ((CTRegularTextRun) run.getXmlObject()).addNewRPr();
    }
    boolean korean = DeckFonts.hasHangul(text);
    pr.setLang(lang.of(text));
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
    if (token != null) {
      rgb(pr.isSetSolidFill() ? pr.getSolidFill() : pr.addNewSolidFill(),
          TokenStyle.of(token, theme.slideColors()).color());
    } else {
      color(pr, para.role(), span);
    }
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

  void color(CTTextCharacterProperties pr, Para.Role role, Span span) {
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

  static void scheme(CTSolidColorFillProperties fill, STSchemeColorVal.Enum value) {
    fill.addNewSchemeClr().setVal(value);
  }

  static void scheme(org.openxmlformats.schemas.drawingml.x2006.main.CTColor color,
      STSchemeColorVal.Enum value) {
    color.addNewSchemeClr().setVal(value);
  }

  static void rgb(CTSolidColorFillProperties fill, RgbColor color) {
    CTSRgbColor c = fill.addNewSrgbClr();
    c.setVal(new byte[] {(byte) color.red(), (byte) color.green(), (byte) color.blue()});
  }
}
