package dev.notedeck.render.pptx;

import dev.notedeck.render.deck.Box;
import dev.notedeck.render.deck.Deck;
import dev.notedeck.render.deck.SlideFrames;
import dev.notedeck.theme.Theme;
import java.awt.geom.Rectangle2D;
import java.util.HashMap;
import java.util.Map;
import org.apache.poi.sl.usermodel.Placeholder;
import org.apache.poi.xslf.usermodel.XSLFSheet;
import org.apache.poi.xslf.usermodel.XSLFSlideLayout;
import org.apache.poi.xslf.usermodel.XSLFTextShape;

/**
 * Footer (event name) and slide number as the layout's placeholders, so PowerPoint knows them.
 * Written as text into the slide (POI's text-box prototype was most of the cost)
 * and placed by the layout when it has these placeholders: then the slide carries no geometry
 * of its own. Text properties stay explicit, as a foreign template's footer may look otherwise.
 */
final class FooterWriter {

  /** Footer text size, hundredths of a point. */
  private static final int SIZE = 1000;

  private final Theme theme;
  private RunLanguage lang = RunLanguage.forDeck("ko-KR");
  private final Map<XSLFSlideLayout, Slots> slots = new HashMap<>();

  /** Where a layout puts the footer and number: null when the layout has no such placeholder. */
  private record Slots(Box footer, Box number) {}

  /** Tags runs for a deck in {@code language} (the notes'). */
  void speak(RunLanguage language) {
    this.lang = language;
  }

  FooterWriter(Theme theme) {
    this.theme = theme;
  }

  void footer(SlideDraft slide, XSLFSlideLayout layout, Deck deck, int number) {
    Slots s = slots.computeIfAbsent(layout,
        l -> new Slots(layoutBox(l, Placeholder.FOOTER, null), layoutBox(l, Placeholder.SLIDE_NUMBER, null)));
    SlideFrames f = deck.frames();
    double bandY = f.body().bottom() + (f.slideHeight() - f.body().bottom()) * 0.3;
    double bandH = Math.min(24, f.slideHeight() - bandY);
    long id = slide.nextAfterShapes();

    String text = deck.info().footer();
    XmlText footer = placeholder(id, "Footer", "ftr", 11,
        s.footer() != null ? null : new Box(f.body().x(), bandY, f.body().width() * 0.7, bandH));
    footer.raw("<a:p><a:pPr algn=\"l\"/><a:r>");
    style(footer, lang.of(text)).element("a:t", text).raw("</a:r></a:p></p:txBody></p:sp>");
    slide.add(footer.toString(), id);

    XmlText num = placeholder(id + 1, "Slide Number", "sldNum", 12,
        s.number() != null ? null : new Box(f.body().right() - 120, bandY, 120, bandH));
    num.raw("<a:p><a:pPr algn=\"r\"/><a:fld id=\"{6A1B3C2D-4E5F-4A6B-8C7D-9E0F1A2B3C4D}\" type=\"slidenum\">");
    style(num, lang.other()).element("a:t", String.valueOf(number)).raw("</a:fld></a:p></p:txBody></p:sp>");
    slide.add(num.toString(), id + 1);
  }

  private XmlText style(XmlText x, String lang) {
    x.open("a:rPr").attr("lang", lang).attr("sz", SIZE).close();
    ParagraphWriter.scheme(x, "accent3");
    return SlideXml.typefaces(x, theme.slides().latinTypeface(), theme.slides().eastAsianTypeface())
        .raw("</a:rPr>");
  }

  /**
   * A quarter-size placeholder up to its text body's paragraphs; its own geometry only when
   * {@code box} is given (the layout has none).
   */
  private static XmlText placeholder(long id, String name, String type, long idx, Box box) {
    XmlText x = new XmlText(new StringBuilder(1024)).raw("<p:sp><p:nvSpPr>").open("p:cNvPr").attr("id", id)
        .attr("name", name).end().raw("<p:cNvSpPr/><p:nvPr>").open("p:ph").attr("type", type).attr("idx", idx)
        .attr("sz", "quarter").end().raw("</p:nvPr></p:nvSpPr>");
    if (box == null) {
      x.raw("<p:spPr/>");
    } else {
      ShapePlacement.transform(x.raw("<p:spPr>"), box, "").raw("</p:spPr>");
    }
    return x.raw("<p:txBody><a:bodyPr anchor=\"ctr\"/><a:lstStyle/>");
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
