package dev.notedeck.render.pptx;

import dev.notedeck.theme.Theme;
import java.util.ArrayList;
import org.apache.poi.common.usermodel.fonts.FontGroup;
import org.apache.poi.sl.usermodel.Placeholder;
import org.apache.poi.xslf.usermodel.XMLSlideShow;
import org.apache.poi.xslf.usermodel.XSLFNotes;
import org.apache.poi.xslf.usermodel.XSLFShape;
import org.apache.poi.xslf.usermodel.XSLFSlide;
import org.apache.poi.xslf.usermodel.XSLFTextParagraph;
import org.apache.poi.xslf.usermodel.XSLFTextRun;
import org.apache.poi.xslf.usermodel.XSLFTextShape;
import org.openxmlformats.schemas.drawingml.x2006.main.CTRegularTextRun;
import org.openxmlformats.schemas.drawingml.x2006.main.CTTextCharacterProperties;

/** Speaker notes holding the full original text, on a notes page that prints correctly. */
final class SpeakerNotesWriter {

  /** Speaker notes print at 12 pt (hundredths of a point). */
  private static final int NOTES_SIZE = 1200;

  private final Theme theme;

  SpeakerNotesWriter(Theme theme) {
    this.theme = theme;
  }

  /** Notes slide with the slide image and the notes text (the master's other placeholders dropped). */
  void notes(XMLSlideShow show, XSLFSlide slide, String text) {
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
