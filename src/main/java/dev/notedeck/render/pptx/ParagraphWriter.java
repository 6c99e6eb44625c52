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

/**
 * Planned paragraphs -> DrawingML paragraphs and runs, as text: size, bullets, colours, fonts,
 * ko-KR runs, links (an external relationship each).
 */
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

  /** The paragraphs of a text body, each aligned {@code align} ("l", "ctr", "r"). */
  void paragraphs(SlideDraft slide, XmlText x, List<Para> paras, String align) {
    if (paras.isEmpty()) {
      x.raw("<a:p>").open("a:endParaRPr").attr("lang", lang.other()).end().raw("</a:p>");
      return;
    }
    for (Para para : paras) {
      paragraph(slide, x, para, align);
    }
  }

  void paragraph(SlideDraft slide, XmlText x, Para para, String align) {
    x.raw("<a:p>").open("a:pPr");
    if (para.level() > 0) {
      x.attr("lvl", Math.min(para.level(), 8)); // 0 is the default
    }
    x.attr("marL", Math.toIntExact(ShapePlacement.emu(para.marginLeft())))
        .attr("indent", Math.toIntExact(ShapePlacement.emu(para.indent())))
        // PowerPoint breaks Hangul words anywhere unless told not to; eojeol stay whole, as measured
        .attr("eaLnBrk", "false").attr("algn", align).close()
        .raw("<a:lnSpc><a:spcPct val=\"100000\"/></a:lnSpc><a:spcBef>")
        .open("a:spcPts").attr("val", (int) Math.round(para.spaceBefore() * 100)).end()
        .raw("</a:spcBef><a:spcAft><a:spcPts val=\"0\"/></a:spcAft>");
    if (para.number() > 0) {
      x.raw("<a:buClr><a:schemeClr val=\"accent1\"/></a:buClr><a:buFont typeface=\"+mj-lt\"/>")
          .open("a:buAutoNum").attr("type", "arabicPeriod").attr("startAt", para.number()).end();
    } else if (para.bullet() != null) {
      x.raw("<a:buClr><a:schemeClr val=\"accent1\"/></a:buClr><a:buFont typeface=\"Arial\"/>")
          .open("a:buChar").attr("char", para.bullet()).end();
    } else {
      x.raw("<a:buNone/>");
    }
    x.raw("</a:pPr>");
    List<Span> spans = para.spans();
    String previous = null; // a line break takes the properties of the run before it
    for (int k = 0; k < spans.size(); k++) {
      Span span = spans.get(k);
      CodeHighlighter.Kind token = para.tokens().isEmpty() ? null : para.tokens().get(k);
      String[] lines = span.text().split("\n", -1);
      for (int i = 0; i < lines.length; i++) {
        if (i > 0) {
          x.raw("<a:br>").raw(previous == null ? "<a:rPr/>" : previous).raw("</a:br>");
        }
        if (!lines[i].isEmpty()) {
          previous = run(slide, x, lines[i], span, para, token);
        }
      }
    }
    x.open("a:endParaRPr").attr("sz", (int) Math.round(para.size() * 100))
        .attr("lang", para.spans().isEmpty() ? lang.empty() : lang.of(para.plainText())).end().raw("</a:p>");
  }

  /**
   * {@code token}: the kind of a highlighted code run (coloured as in the handout), else null.
   * Returns the run's properties without its link (what a line break after it takes).
   */
  private String run(SlideDraft slide, XmlText x, String text, Span span, Para para, CodeHighlighter.Kind token) {
    boolean korean = DeckFonts.hasHangul(text);
    XmlText pr = new XmlText(new StringBuilder(256)).open("a:rPr").attr("lang", korean ? "ko-KR" : lang.other());
    if (korean) {
      pr.attr("altLang", "en-US");
    }
    pr.attr("sz", (int) Math.round(para.size() * 100));
    boolean bold = TextMeasurer.isBold(para.role()) || span.has(Span.Style.BOLD);
    pr.attr("b", String.valueOf(bold));
    if (span.has(Span.Style.ITALIC) || para.role() == Para.Role.QUOTE) {
      pr.attr("i", "true");
    }
    if (span.has(Span.Style.STRIKE)) {
      pr.attr("strike", "sngStrike");
    }
    boolean link = span.href() != null && !span.href().isBlank();
    if (link) {
      pr.attr("u", "sng");
    }
    pr.close();
    if (token != null) {
      rgb(pr, TokenStyle.of(token, theme.slideColors()).color());
    } else {
      color(pr, para.role(), span);
    }
    boolean code = para.role() == Para.Role.CODE || span.has(Span.Style.CODE);
    var s = theme.slides();
    SlideXml.typefaces(pr, code ? s.codeTypeface() : s.latinTypeface(),
        code && codeCoversHangul ? s.codeTypeface() : s.eastAsianTypeface());
    String properties = pr.toString();
    x.raw("<a:r>").raw(properties);
    if (link) {
      x.open("a:hlinkClick").attr("r:id", slide.link(span.href())).attr("tooltip", span.href()).end();
    }
    x.raw("</a:rPr>").element("a:t", text).raw("</a:r>");
    return properties + "</a:rPr>";
  }

  private void color(XmlText pr, Para.Role role, Span span) {
    if (role == Para.Role.CODE) {
      rgb(pr, theme.slideColors().codeText());
      return;
    }
    if (span.href() != null) {
      scheme(pr, "hlink");
      return;
    }
    scheme(pr, switch (role) {
      case TITLE -> "tx2";
      case HEADING, NUMBER -> "accent1";
      case QUOTE -> "tx1";
      case MUTED, QUOTE_SOURCE -> "accent3";
      default -> span.has(Span.Style.CODE) ? "accent2" : "tx1";
    });
  }

  /** A solid fill of a theme colour ("tx1", "accent3"). */
  static XmlText scheme(XmlText x, String value) {
    return x.raw("<a:solidFill>").open("a:schemeClr").attr("val", value).end().raw("</a:solidFill>");
  }

  /** A solid fill of an RGB colour. */
  static XmlText rgb(XmlText x, RgbColor color) {
    return x.raw("<a:solidFill>").open("a:srgbClr").attr("val", hex(color)).end().raw("</a:solidFill>");
  }

  /** {@code RRGGBB}, as DrawingML's srgbClr takes it. */
  static String hex(RgbColor c) {
    return c.hex().substring(1);
  }
}
