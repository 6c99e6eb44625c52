package dev.notedeck.render.pptx;

import dev.notedeck.render.deck.Box;
import dev.notedeck.render.deck.TextFrame;
import dev.notedeck.theme.RgbColor;
import org.apache.poi.sl.usermodel.Placeholder;

/** Text shapes as text: a frame written into a layout placeholder's copy, or into a new text box. */
final class TextShapes {

  /** How a text box looks besides its text: fill and border colours (or null), paragraph alignment. */
  record Look(RgbColor fill, RgbColor line, String align) {
    static final Look PLAIN = new Look(null, null, "l");
  }

  /** A text box made a placeholder says what a new POI text box said: top, no insets, no wrap. */
  private static final LayoutPlaceholders.Body TEXT_BOX = new LayoutPlaceholders.Body(false, false, "t", false, false);

  private final ParagraphWriter paragraphs;

  TextShapes(ParagraphWriter paragraphs) {
    this.paragraphs = paragraphs;
  }

  /** The frame in the layout placeholder {@code copy}. */
  void placeholder(SlideDraft slide, LayoutPlaceholders.Copy copy, TextFrame frame) {
    long id = copy.id() > 0 ? copy.id() : slide.newId();
    XmlText x = new XmlText(new StringBuilder(4096)).raw("<p:sp>")
        .raw(copy.nonVisual().replace(LayoutPlaceholders.ID, String.valueOf(id)));
    ShapePlacement.placeholder(x, copy, frame.box());
    x.raw(copy.style()).raw("<p:txBody>");
    ShapePlacement.bodyProperties(x, copy.body(), frame.anchor());
    x.raw(copy.listStyle());
    paragraphs.paragraphs(slide, x, frame.paras(), "l");
    slide.use(copy, x.raw("</p:txBody></p:sp>").toString(), id);
  }

  /** The frame in a new text box, a placeholder of type {@code wanted} when not null. */
  void textBox(SlideDraft slide, TextFrame frame, Placeholder wanted, Look look) {
    long id = slide.newId();
    XmlText x = new XmlText(new StringBuilder(4096)).raw("<p:sp><p:nvSpPr>").open("p:cNvPr")
        .attr("name", "TextBox " + id).attr("id", id).end();
    if (wanted == null) {
      x.raw("<p:cNvSpPr txBox=\"true\"/><p:nvPr/>");
    } else {
      x.raw("<p:cNvSpPr/><p:nvPr>").open("p:ph");
      if (wanted == Placeholder.TITLE) {
        x.attr("type", "title");
      } else {
        x.attr("type", wanted == Placeholder.SUBTITLE ? "subTitle" : "body").attr("idx", 1);
      }
      x.end().raw("</p:nvPr>");
    }
    x.raw("</p:nvSpPr><p:spPr>");
    ShapePlacement.transform(x, frame.box(), "");
    if (wanted == null) {
      x.raw("<a:prstGeom prst=\"rect\"><a:avLst/></a:prstGeom>");
    }
    if (look.fill() != null) {
      ParagraphWriter.rgb(x, look.fill());
    }
    if (look.line() != null) {
      ParagraphWriter.rgb(x.raw("<a:ln w=\"12700\">"), look.line()).raw("</a:ln>");
    }
    x.raw("</p:spPr><p:txBody>");
    ShapePlacement.bodyProperties(x, wanted == null ? null : TEXT_BOX, frame.anchor());
    x.raw("<a:lstStyle/>");
    paragraphs.paragraphs(slide, x, frame.paras(), look.align());
    slide.add(x.raw("</p:txBody></p:sp>").toString(), id);
  }

  /** A plain filled rectangle (a quote's bar) without outline. */
  static void bar(SlideDraft slide, Box b, RgbColor fill) {
    long id = slide.newId();
    XmlText x = new XmlText(new StringBuilder(512)).raw("<p:sp><p:nvSpPr>").open("p:cNvPr")
        .attr("name", "AutoShape " + id).attr("id", id).end().raw("<p:cNvSpPr/><p:nvPr/></p:nvSpPr><p:spPr>");
    ShapePlacement.anchorTransform(x, b).raw("<a:prstGeom prst=\"rect\"><a:avLst/></a:prstGeom>");
    ParagraphWriter.rgb(x, fill).raw("<a:ln><a:noFill/></a:ln></p:spPr></p:sp>");
    slide.add(x.toString(), id);
  }

  /** A picture filling {@code b}, its image related to the slide as {@code relation}. */
  static void picture(SlideDraft slide, Box b, String relation) {
    long id = slide.newId();
    XmlText x = new XmlText(new StringBuilder(512)).raw("<p:pic><p:nvPicPr>").open("p:cNvPr")
        .attr("name", "Picture " + id).attr("id", id).end()
        .raw("<p:cNvPicPr><a:picLocks noChangeAspect=\"true\"/></p:cNvPicPr><p:nvPr/></p:nvPicPr><p:blipFill>")
        .open("a:blip").attr("r:embed", relation).end().raw("<a:stretch><a:fillRect/></a:stretch></p:blipFill><p:spPr>");
    ShapePlacement.anchorTransform(x, b).raw("<a:prstGeom prst=\"rect\"><a:avLst/></a:prstGeom></p:spPr></p:pic>");
    slide.add(x.toString(), id);
  }
}
