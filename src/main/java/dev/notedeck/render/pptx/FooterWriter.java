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
import org.apache.poi.xslf.usermodel.XSLFSlide;
import org.apache.poi.xslf.usermodel.XSLFSlideLayout;
import org.apache.poi.xslf.usermodel.XSLFTextShape;
import org.openxmlformats.schemas.drawingml.x2006.main.CTTextBody;
import org.openxmlformats.schemas.drawingml.x2006.main.CTTextCharacterProperties;
import org.openxmlformats.schemas.drawingml.x2006.main.CTTextParagraph;
import org.openxmlformats.schemas.drawingml.x2006.main.STSchemeColorVal;
import org.openxmlformats.schemas.drawingml.x2006.main.STTextAlignType;
import org.openxmlformats.schemas.drawingml.x2006.main.STTextAnchoringType;
import org.openxmlformats.schemas.presentationml.x2006.main.CTGroupShape;
import org.openxmlformats.schemas.presentationml.x2006.main.CTShape;
import org.openxmlformats.schemas.presentationml.x2006.main.STPlaceholderSize;
import org.openxmlformats.schemas.presentationml.x2006.main.STPlaceholderType;

/**
 * Footer (event name) and slide number as the layout's placeholders, so PowerPoint knows them.
 * Written straight into the slide's shape tree (POI's text-box prototype was most of the cost)
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

  void footer(XSLFSlide slide, Deck deck, int number) {
    Slots s = slots.computeIfAbsent(slide.getSlideLayout(),
        l -> new Slots(layoutBox(l, Placeholder.FOOTER, null), layoutBox(l, Placeholder.SLIDE_NUMBER, null)));
    SlideFrames f = deck.frames();
    double bandY = f.body().bottom() + (f.slideHeight() - f.body().bottom()) * 0.3;
    double bandH = Math.min(24, f.slideHeight() - bandY);
    CTGroupShape tree = slide.getXmlObject().getCSld().getSpTree();
    long id = ShapeIds.next(tree);

    String text = deck.info().footer();
    CTShape footer = placeholder(tree, id, "Footer", STPlaceholderType.FTR, 11,
        s.footer() != null ? null : new Box(f.body().x(), bandY, f.body().width() * 0.7, bandH));
    CTTextParagraph p = body(footer).addNewP();
    p.addNewPPr().setAlgn(STTextAlignType.L);
    var run = p.addNewR();
    style(run.addNewRPr(), lang.of(text));
    run.setT(text);

    CTShape num = placeholder(tree, id + 1, "Slide Number", STPlaceholderType.SLD_NUM, 12,
        s.number() != null ? null : new Box(f.body().right() - 120, bandY, 120, bandH));
    CTTextParagraph np = body(num).addNewP();
    np.addNewPPr().setAlgn(STTextAlignType.R);
    var fld = np.addNewFld();
    fld.setId("{6A1B3C2D-4E5F-4A6B-8C7D-9E0F1A2B3C4D}");
    fld.setType("slidenum");
    style(fld.addNewRPr(), lang.other());
    fld.setT(String.valueOf(number));
  }

  private void style(CTTextCharacterProperties rpr, String lang) {
    rpr.setLang(lang);
    rpr.setSz(SIZE);
    ParagraphWriter.scheme(rpr.addNewSolidFill(), STSchemeColorVal.ACCENT_3);
    rpr.addNewLatin().setTypeface(theme.slides().latinTypeface());
    rpr.addNewEa().setTypeface(theme.slides().eastAsianTypeface());
  }

  /** A quarter-size placeholder; its own geometry only when {@code box} is given (the layout has none). */
  private static CTShape placeholder(CTGroupShape tree, long id, String name, STPlaceholderType.Enum type,
      long idx, Box box) {
    CTShape sp = tree.addNewSp();
    PlaceholderShapes.nonVisual(sp, id, name, type, idx).setSz(STPlaceholderSize.QUARTER);
    var spPr = sp.addNewSpPr();
    if (box != null) {
      var xfrm = spPr.addNewXfrm();
      xfrm.addNewOff().setX(ShapePlacement.emu(box.x()));
      xfrm.getOff().setY(ShapePlacement.emu(box.y()));
      xfrm.addNewExt().setCx(ShapePlacement.emu(box.width()));
      xfrm.getExt().setCy(ShapePlacement.emu(box.height()));
    }
    return sp;
  }

  private static CTTextBody body(CTShape sp) {
    CTTextBody body = sp.addNewTxBody();
    body.addNewBodyPr().setAnchor(STTextAnchoringType.CTR);
    body.addNewLstStyle();
    return body;
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
