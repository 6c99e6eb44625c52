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
import dev.notedeck.theme.Theme;
import java.io.IOException;
import java.io.OutputStream;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.compress.archivers.zip.ZipArchiveOutputStream;
import org.apache.poi.ooxml.POIXMLTypeLoader;
import org.apache.poi.openxml4j.opc.PackagePartName;
import org.apache.poi.sl.usermodel.Placeholder;
import org.apache.poi.xslf.usermodel.XMLSlideShow;
import org.apache.poi.xslf.usermodel.XSLFPictureData;
import org.apache.poi.xslf.usermodel.XSLFRelation;
import org.apache.poi.xslf.usermodel.XSLFSlide;
import org.apache.poi.xslf.usermodel.XSLFSlideLayout;
import org.apache.xmlbeans.XmlException;
import org.openxmlformats.schemas.presentationml.x2006.main.SldDocument;

/**
 * {@link Deck} -> OOXML on the template's layouts. Writes exactly what the planner decided
 * (boxes, sizes, breaks): real text in placeholders and text boxes, speaker notes on every
 * slide, footer and slide number, Korean runs tagged {@code ko-KR} with an ea typeface and the
 * others with the notes' language.
 *
 * <p>Each slide is written as text ({@link SlideDraft}); POI keeps the package (template,
 * masters, layouts, media, the slide list). Writing a file streams each slide into the zip as
 * it is made; a slide show kept in memory for drawing parses the same text into POI's slide,
 * so there is one writer of slide content.
 */
public final class DeckWriter {

  private final Theme theme;
  private final DeckTemplate template;
  private final TextShapes text;
  private final TableWriter tables;
  private final FooterWriter footers;
  private final SpeakerNotesWriter notes;
  private final ParagraphWriter paragraphs;
  private final Map<XSLFSlideLayout, List<LayoutPlaceholders.Copy>> copies = new HashMap<>();

  DeckWriter(Theme theme, DeckTemplate template, DeckFonts fonts) {
    this.theme = theme;
    this.template = template;
    this.paragraphs = new ParagraphWriter(theme, fonts.codeCoversHangul());
    this.text = new TextShapes(paragraphs);
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
    SlideFactory factory = new SlideFactory(show);
    // POI makes a notes master the template lacks from its first slide object's theme: then
    // the slides keep their (empty) POI objects
    boolean partsOnly = show.getNotesMaster() != null;
    slides(show, deck, new SlideTarget() {
      @Override
      public PackagePartName create(XSLFSlideLayout layout) {
        return partsOnly ? factory.createPart() : factory.create(layout).getPackagePart().getPartName();
      }

      @Override
      public void done(SlideDraft draft, SlideSpec spec) throws IOException {
        WrittenPart notesPart = notes.notes(show, draft, spec.notes());
        streamer.flush(new WrittenPart(draft.name(), draft.xml(), draft.rels()), notesPart);
      }
    });
    show.write(zip);
  }

  /** The deck's slides on the template's show, kept in memory (the caller draws it; no speaker notes). */
  XMLSlideShow fill(Deck deck) throws IOException {
    XMLSlideShow show = template.show();
    SlideFactory factory = new SlideFactory(show);
    slides(show, deck, new SlideTarget() {
      private XSLFSlide slide;

      @Override
      public PackagePartName create(XSLFSlideLayout layout) {
        slide = factory.create(layout);
        return slide.getPackagePart().getPartName();
      }

      @Override
      public void done(SlideDraft draft, SlideSpec spec) throws IOException {
        keep(slide, draft);
      }
    });
    return show;
  }

  /** Where slides go: a new slide part on a layout, then its finished draft. */
  private interface SlideTarget {
    PackagePartName create(XSLFSlideLayout layout);

    void done(SlideDraft draft, SlideSpec spec) throws IOException;
  }

  /** The draft's text parsed into POI's slide, with the same relationships (same ids). */
  private static void keep(XSLFSlide slide, SlideDraft draft) throws IOException {
    try {
      slide.getXmlObject().set(SldDocument.Factory.parse(draft.xml(), POIXMLTypeLoader.DEFAULT_XML_OPTIONS).getSld());
    } catch (XmlException e) {
      throw new IOException("slide " + draft.name() + " written wrongly: " + e.getMessage(), e);
    }
    for (SlideDraft.Relation r : draft.relations()) {
      if (r.type().equals(XSLFRelation.SLIDE_LAYOUT.getRelation())) {
        continue; // the slide factory's
      }
      if (r.part() == null) {
        slide.getPackagePart().addExternalRelationship(r.target(), r.type(), r.id());
      } else {
        slide.addRelation(r.id(), XSLFRelation.IMAGES, r.part());
      }
    }
  }

  private void slides(XMLSlideShow show, Deck deck, SlideTarget target) throws IOException {
    properties(show, deck.info());
    RunLanguage language = RunLanguage.forDeck(deck.info().language());
    paragraphs.speak(language);
    footers.speak(language);
    notes.speak(language);
    int number = 0;
    for (SlideSpec spec : deck.slides()) {
      number++;
      Deck.LayoutRequest asked = deck.layouts().get(number - 1);
      String standard = layoutName(spec.layout());
      XSLFSlideLayout layout = asked == null ? template.layout(standard)
          : template.requested(asked.name(), asked.file(), asked.line(), standard);
      SlideDraft draft = new SlideDraft(target.create(layout), layout,
          copies.computeIfAbsent(layout, LayoutPlaceholders::of));
      fill(show, draft, copies.get(layout), spec);
      footers.footer(draft, layout, deck, number);
      target.done(draft, spec);
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

  /**
   * The slide's title and content. Placeholders of the layout that this slide does not use are
   * left out (they would show "Click to add text").
   */
  private void fill(XMLSlideShow show, SlideDraft slide, List<LayoutPlaceholders.Copy> layoutCopies,
      SlideSpec spec) throws IOException {
    LayoutPlaceholders.Copy title = placeholder(layoutCopies, Placeholder.TITLE, Placeholder.CENTERED_TITLE);
    LayoutPlaceholders.Copy body = placeholder(layoutCopies, Placeholder.BODY, Placeholder.CONTENT,
        Placeholder.SUBTITLE);
    frame(slide, title, spec.title(), Placeholder.TITLE);
    spec.accept(new Content(show, slide, body));
  }

  /**
   * The copy of the first of {@code types} the layout has; among several of a type, the one of
   * lowest index (an untyped one counts as content).
   */
  private static LayoutPlaceholders.Copy placeholder(List<LayoutPlaceholders.Copy> copies, Placeholder... types) {
    for (Placeholder type : types) {
      LayoutPlaceholders.Copy best = null;
      for (LayoutPlaceholders.Copy c : copies) {
        if (c.type() == type && (best == null || c.index() < best.index())) {
          best = c;
        }
      }
      if (best != null) {
        return best;
      }
    }
    return null;
  }

  /** A frame into the layout's placeholder, else into a new text box (a placeholder of type {@code wanted}). */
  private void frame(SlideDraft slide, LayoutPlaceholders.Copy placeholder, TextFrame frame, Placeholder wanted) {
    if (placeholder != null) {
      text.placeholder(slide, placeholder, frame);
    } else {
      text.textBox(slide, frame, wanted, TextShapes.Look.PLAIN);
    }
  }

  /** Writes what each kind of slide shows below its title. */
  private final class Content implements SlideSpec.Visitor<Void, IOException> {
    private final XMLSlideShow show;
    private final SlideDraft slide;
    private final LayoutPlaceholders.Copy body;

    Content(XMLSlideShow show, SlideDraft slide, LayoutPlaceholders.Copy body) {
      this.show = show;
      this.slide = slide;
      this.body = body;
    }

    private void box(TextFrame frame, TextShapes.Look look) {
      text.textBox(slide, frame, null, look);
    }

    @Override
    public Void title(TitleSlide s) {
      frame(slide, body, s.subtitle(), Placeholder.SUBTITLE);
      return null;
    }

    @Override
    public Void closing(ClosingSlide s) {
      frame(slide, body, s.subtitle(), Placeholder.SUBTITLE);
      return null;
    }

    @Override
    public Void agenda(AgendaSlide s) {
      frame(slide, body, s.body(), Placeholder.BODY);
      return null;
    }

    @Override
    public Void bullets(BulletSlide s) {
      frame(slide, body, s.body(), Placeholder.BODY);
      return null;
    }

    @Override
    public Void cards(CardsSlide s) {
      TextShapes.Look card = new TextShapes.Look(null, theme.slideColors().border(), "l");
      for (TextFrame c : s.cards()) {
        box(c, card);
      }
      return null;
    }

    @Override
    public Void takeaways(TakeawaysSlide s) {
      frame(slide, body, s.body(), Placeholder.BODY);
      return null;
    }

    @Override
    public Void quote(QuoteSlide s) {
      frame(slide, body, s.quote(), Placeholder.BODY);
      Box b = s.quote().box();
      double x = Math.max(0, b.x() - 14);
      TextShapes.bar(slide, new Box(x, b.y() + b.height() * 0.15, 5, b.height() * 0.7), theme.slideColors().accent());
      return null;
    }

    @Override
    public Void divider(TalkDividerSlide s) {
      frame(slide, body, s.body(), Placeholder.BODY);
      box(s.number(), TextShapes.Look.PLAIN);
      return null;
    }

    @Override
    public Void code(CodeSlide s) {
      if (!s.lead().paras().isEmpty()) {
        box(s.lead(), TextShapes.Look.PLAIN);
      }
      box(s.code(), new TextShapes.Look(theme.slideColors().codeBackground(), null, "l"));
      if (!s.label().paras().isEmpty()) {
        box(s.label(), new TextShapes.Look(null, null, "r"));
      }
      return null;
    }

    @Override
    public Void columns(ColumnsSlide s) {
      // the planner measured its own column boxes: free text boxes there, the layout's
      // content placeholders left out
      for (TextFrame column : s.columns()) {
        box(column, TextShapes.Look.PLAIN);
      }
      return null;
    }

    @Override
    public Void table(TableSlide s) {
      tables.table(slide, s.table());
      return null;
    }

    @Override
    public Void image(ImageSlide s) {
      if (!s.text().paras().isEmpty()) {
        box(s.text(), TextShapes.Look.PLAIN);
      }
      if (s.image() != null) {
        XSLFPictureData data = show.addPicture(s.image().bytes(), DeckTemplate.pictureType(s.image()));
        TextShapes.picture(slide, s.box(), slide.relate(XSLFRelation.IMAGES.getRelation(), data));
        if (!s.caption().paras().isEmpty()) {
          box(s.caption(), TextShapes.Look.PLAIN);
        }
      } else {
        box(s.caption(), new TextShapes.Look(null, theme.slideColors().border(), "ctr"));
      }
      return null;
    }
  }
}
