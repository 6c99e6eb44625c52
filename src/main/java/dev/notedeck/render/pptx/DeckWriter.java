package dev.notedeck.render.pptx;

import dev.notedeck.render.deck.Box;
import dev.notedeck.render.deck.Deck;
import dev.notedeck.render.deck.DeckFonts;
import dev.notedeck.render.deck.SlideLayout;
import dev.notedeck.render.deck.SlideSpec;
import dev.notedeck.render.deck.SlideSpec.AgendaSlide;
import dev.notedeck.render.deck.SlideSpec.BulletSlide;
import dev.notedeck.render.deck.SlideSpec.CardsSlide;
import dev.notedeck.render.deck.SlideSpec.ClosingSlide;
import dev.notedeck.render.deck.SlideSpec.CodeSlide;
import dev.notedeck.render.deck.SlideSpec.ColumnsSlide;
import dev.notedeck.render.deck.SlideSpec.ImageSlide;
import dev.notedeck.render.deck.SlideSpec.QuoteSlide;
import dev.notedeck.render.deck.SlideSpec.TableSlide;
import dev.notedeck.render.deck.SlideSpec.TakeawaysSlide;
import dev.notedeck.render.deck.SlideSpec.TalkDividerSlide;
import dev.notedeck.render.deck.SlideSpec.TitleSlide;
import dev.notedeck.render.deck.TextFrame;
import dev.notedeck.theme.RgbColor;
import dev.notedeck.theme.Theme;
import java.awt.geom.Rectangle2D;
import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.compress.archivers.zip.ZipArchiveOutputStream;
import org.apache.poi.sl.usermodel.PictureData;
import org.apache.poi.sl.usermodel.Placeholder;
import org.apache.poi.xslf.usermodel.XMLSlideShow;
import org.apache.poi.xslf.usermodel.XSLFAutoShape;
import org.apache.poi.xslf.usermodel.XSLFPictureData;
import org.apache.poi.xslf.usermodel.XSLFPictureShape;
import org.apache.poi.xslf.usermodel.XSLFShape;
import org.apache.poi.xslf.usermodel.XSLFSlide;
import org.apache.poi.xslf.usermodel.XSLFTextBox;
import org.apache.poi.xslf.usermodel.XSLFTextShape;
import org.openxmlformats.schemas.presentationml.x2006.main.CTPlaceholder;
import org.openxmlformats.schemas.presentationml.x2006.main.CTShape;
import org.openxmlformats.schemas.presentationml.x2006.main.STPlaceholderType;

/**
 * {@link Deck} -> OOXML with POI XSLF, on the template's layouts. Writes exactly what the planner
 * decided (boxes, sizes, breaks): real text in placeholders and text boxes, speaker notes on
 * every slide, footer and slide number, Korean runs tagged {@code ko-KR} with an ea typeface and
 * the others with the notes' language.
 */
public final class DeckWriter {

  private final Theme theme;
  private final DeckTemplate template;
  private final ParagraphWriter paragraphs;
  private final TableWriter tables;
  private final FooterWriter footers;
  private final SpeakerNotesWriter notes;

  DeckWriter(Theme theme, DeckTemplate template, DeckFonts fonts) {
    this.theme = theme;
    this.template = template;
    this.paragraphs = new ParagraphWriter(theme, fonts.codeCoversHangul());
    this.tables = new TableWriter(theme, paragraphs);
    this.footers = new FooterWriter(theme);
    this.notes = new SpeakerNotesWriter(theme);
  }

  public void write(Deck deck, OutputStream out) throws IOException {
    XMLSlideShow show = template.show();
    // POI saves into a zip stream it is given as it is (and finishes it); each slide goes out
    // into the same stream as soon as it is made, so memory does not grow with the deck
    ZipArchiveOutputStream zip = out instanceof ZipArchiveOutputStream z ? z : new ZipArchiveOutputStream(out);
    SlideStreamer streamer = new SlideStreamer(show, zip);
    slides(show, deck, (slide, spec) -> streamer.flush(slide, notes.notes(show, slide.getPackagePart(), spec.notes())));
    show.write(zip);
  }

  /** The deck's slides on the template's show, kept in memory (the caller draws it; no speaker notes). */
  XMLSlideShow fill(Deck deck) throws IOException {
    XMLSlideShow show = template.show();
    slides(show, deck, (slide, spec) -> {});
    return show;
  }

  private interface SlideDone {
    void done(XSLFSlide slide, SlideSpec spec) throws IOException;
  }

  private void slides(XMLSlideShow show, Deck deck, SlideDone after) throws IOException {
    properties(show, deck.info());
    RunLanguage language = RunLanguage.forDeck(deck.info().language());
    paragraphs.speak(language);
    footers.speak(language);
    notes.speak(language);
    SlideFactory slides = new SlideFactory(show);
    int number = 0;
    for (SlideSpec spec : deck.slides()) {
      number++;
      Deck.LayoutRequest asked = deck.layouts().get(number - 1);
      String standard = layoutName(spec.layout());
      XSLFSlide slide = slides.create(asked == null ? template.layout(standard)
          : template.requested(asked.name(), asked.file(), asked.line(), standard));
      fill(slide, spec);
      footers.footer(slide, deck, number);
      after.done(slide, spec);
    }
  }

  private static String layoutName(SlideLayout layout) {
    return switch (layout) {
      case COVER -> DeckTemplate.TITLE_SLIDE;
      case SECTION_HEADER -> DeckTemplate.SECTION_HEADER;
      case TITLE_AND_CONTENT -> DeckTemplate.TITLE_AND_CONTENT;
      case TITLE_ONLY -> DeckTemplate.TITLE_ONLY;
      case TWO_CONTENT -> DeckTemplate.TWO_CONTENT;
      case COMPARISON -> DeckTemplate.COMPARISON;
    };
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

  private void fill(XSLFSlide slide, SlideSpec spec) throws IOException {
    XSLFTextShape title = DeckTemplate.placeholder(slide, Placeholder.TITLE, Placeholder.CENTERED_TITLE);
    XSLFTextShape body = DeckTemplate.placeholder(slide, Placeholder.BODY, Placeholder.CONTENT,
        Placeholder.SUBTITLE);
    List<XSLFShape> keep = new ArrayList<>();
    text(slide, title, spec.title(), keep, Placeholder.TITLE);
    spec.accept(new Content(slide, body, keep));
    // placeholders of the layout that this slide does not use would show "Click to add text"
    for (XSLFShape shape : new ArrayList<>(slide.getShapes())) {
      if (shape instanceof XSLFTextShape t && t.isPlaceholder() && !keep.contains(shape)) {
        slide.removeShape(shape);
      }
    }
  }

  /** Writes what each kind of slide shows below its title. */
  private final class Content implements SlideSpec.Visitor<Void, IOException> {
    private final XSLFSlide slide;
    private final XSLFTextShape body;
    private final List<XSLFShape> keep;

    Content(XSLFSlide slide, XSLFTextShape body, List<XSLFShape> keep) {
      this.slide = slide;
      this.body = body;
      this.keep = keep;
    }

    @Override
    public Void title(TitleSlide s) {
      text(slide, body, s.subtitle(), keep, Placeholder.SUBTITLE);
      return null;
    }

    @Override
    public Void closing(ClosingSlide s) {
      text(slide, body, s.subtitle(), keep, Placeholder.SUBTITLE);
      return null;
    }

    @Override
    public Void agenda(AgendaSlide s) {
      text(slide, body, s.body(), keep, Placeholder.BODY);
      return null;
    }

    @Override
    public Void bullets(BulletSlide s) {
      text(slide, body, s.body(), keep, Placeholder.BODY);
      return null;
    }

    @Override
    public Void cards(CardsSlide s) {
      for (TextFrame card : s.cards()) {
        XSLFTextShape box = text(slide, null, card, keep, null);
        box.setLineColor(theme.slideColors().border().awt());
        box.setLineWidth(1);
      }
      return null;
    }

    @Override
    public Void takeaways(TakeawaysSlide s) {
      text(slide, body, s.body(), keep, Placeholder.BODY);
      return null;
    }

    @Override
    public Void quote(QuoteSlide s) {
      XSLFTextShape q = text(slide, body, s.quote(), keep, Placeholder.BODY);
      quoteBar(slide, s.quote(), q);
      return null;
    }

    @Override
    public Void divider(TalkDividerSlide s) {
      text(slide, body, s.body(), keep, Placeholder.BODY);
      text(slide, null, s.number(), keep, null);
      return null;
    }

    @Override
    public Void code(CodeSlide s) {
      if (!s.lead().paras().isEmpty()) {
        text(slide, null, s.lead(), keep, null);
      }
      XSLFTextShape panel = text(slide, null, s.code(), keep, null);
      fillColor(panel, theme.slideColors().codeBackground());
      if (!s.label().paras().isEmpty()) {
        XSLFTextShape label = text(slide, null, s.label(), keep, null);
        label.getTextParagraphs().forEach(p -> p.setTextAlign(
            org.apache.poi.sl.usermodel.TextParagraph.TextAlign.RIGHT));
      }
      return null;
    }

    @Override
    public Void columns(ColumnsSlide s) {
      // the planner measured its own column boxes: free text boxes there, the layout's
      // content placeholders removed after
      for (TextFrame column : s.columns()) {
        text(slide, null, column, keep, null);
      }
      return null;
    }

    @Override
    public Void table(TableSlide s) {
      tables.table(slide, s.table());
      return null;
    }

    @Override
    public Void image(ImageSlide s) throws IOException {
      if (!s.text().paras().isEmpty()) {
        text(slide, null, s.text(), keep, null);
      }
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
      return null;
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
    ShapePlacement.place(shape, frame.box());
    shape.clearText();
    ShapePlacement.bodyProperties(shape, frame.anchor());
    paragraphs.paragraphs(shape, frame.paras());
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
}

