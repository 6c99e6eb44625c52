package dev.notedeck.render.pptx;

import dev.notedeck.theme.Theme;
import org.apache.poi.openxml4j.opc.PackagePartName;
import org.apache.poi.xslf.usermodel.XMLSlideShow;
import org.apache.poi.xslf.usermodel.XSLFNotesMaster;
import org.apache.poi.xslf.usermodel.XSLFRelation;
import org.openxmlformats.schemas.presentationml.x2006.main.CTShape;
import org.openxmlformats.schemas.presentationml.x2006.main.STPlaceholderType;

/**
 * Speaker notes holding the full original text, on a notes page that prints correctly.
 *
 * <p>Each notes slide is written as text: POI's {@code getNotesSlide} copies every shape of the
 * notes master into every notes slide, and building even two shapes with XmlBeans and saving
 * them was a tenth of the deck's writing time. A notes slide holds just the two placeholders,
 * the slide image and the notes body, and inherits their place and look from the notes master.
 * The package keeps only the part's name and content type (and the slide's relationship to it):
 * its content goes straight into the zip.
 */
final class SpeakerNotesWriter {

  /** Speaker notes print at 12 pt (hundredths of a point). */
  private static final int NOTES_SIZE = 1200;

  private final Theme theme;
  private RunLanguage lang = RunLanguage.forDeck("ko-KR");
  private XSLFNotesMaster master;
  private long imageIdx = -1;
  private long bodyIdx = -1;
  private FreePartNames names;

  /** Tags runs for a deck in {@code language} (the notes'). */
  void speak(RunLanguage language) {
    this.lang = language;
  }

  SpeakerNotesWriter(Theme theme) {
    this.theme = theme;
  }

  /**
   * A notes slide for {@code slide} with the slide image and {@code text}, one
   * paragraph a line: the part is made in the package and related to the slide; its XML is returned.
   */
  WrittenPart notes(XMLSlideShow show, SlideDraft slide, String text) {
    XSLFNotesMaster notesMaster = master(show);
    PackagePartName name = names.createPart();
    slide.notes(name);
    Relationships rels = new Relationships();
    rels.add(XSLFRelation.NOTES_MASTER.getRelation(),
        WrittenPart.target(name, notesMaster.getPackagePart().getPartName()));
    rels.add(XSLFRelation.SLIDE.getRelation(), WrittenPart.target(name, slide.name()));
    return new WrittenPart(name, xml(text), rels.xml());
  }

  private String xml(String text) {
    XmlText x = new XmlText().raw(XmlText.PART_DECLARATION).open("p:notes")
        .attr("xmlns:p", SlideXml.PML).attr("xmlns:a", SlideXml.DML).close()
        .raw("<p:cSld><p:spTree>").raw(SlideXml.GROUP_HEAD);
    placeholder(x, 2, "Slide Image", "sldImg", imageIdx).raw("<p:spPr/></p:sp>");
    placeholder(x, 3, "Notes", "body", bodyIdx).raw("<p:spPr/><p:txBody>")
        // long notes shrink to the page (as the master says; LibreOffice does not inherit it)
        .raw("<a:bodyPr><a:normAutofit/></a:bodyPr><a:lstStyle/>");
    for (String line : text.split("\n", -1)) {
      x.raw("<a:p>");
      if (line.isEmpty()) {
        x.open("a:endParaRPr").attr("lang", lang.empty()).end().raw("</a:p>");
        continue;
      }
      x.raw("<a:r>").open("a:rPr").attr("lang", lang.of(line)).attr("sz", NOTES_SIZE).close();
      // a foreign template's notes master may name other fonts: ours are set on every run
      SlideXml.typefaces(x, theme.slides().latinTypeface(), theme.slides().eastAsianTypeface());
      x.raw("</a:rPr>").element("a:t", line).raw("</a:r></a:p>");
    }
    return x.raw("</p:txBody></p:sp></p:spTree></p:cSld>")
        .raw("<p:clrMapOvr><a:masterClrMapping/></p:clrMapOvr></p:notes>").toString();
  }

  /** A placeholder shape's start, up to its (empty) shape properties: the notes master's ones apply. */
  private static XmlText placeholder(XmlText x, long id, String name, String type, long idx) {
    x.raw("<p:sp><p:nvSpPr>").open("p:cNvPr").attr("id", id).attr("name", name).end()
        .raw("<p:cNvSpPr/><p:nvPr>").open("p:ph").attr("type", type);
    if (idx >= 0) {
      x.attr("idx", idx);
    }
    return x.end().raw("</p:nvPr></p:nvSpPr>");
  }

  /** The deck's notes master (created by POI when a foreign template has none) and its placeholders' idx. */
  private XSLFNotesMaster master(XMLSlideShow show) {
    if (master == null) {
      names = new FreePartNames(show.getPackage(), XSLFRelation.NOTES);
      if (show.getNotesMaster() == null) {
        show.createNotesMaster();
      }
      master = show.getNotesMaster();
      for (CTShape sp : master.getXmlObject().getCSld().getSpTree().getSpArray()) {
        var nvPr = sp.getNvSpPr().getNvPr();
        if (!nvPr.isSetPh() || !nvPr.getPh().isSetIdx()) {
          continue;
        }
        if (nvPr.getPh().getType() == STPlaceholderType.SLD_IMG && imageIdx < 0) {
          imageIdx = nvPr.getPh().getIdx();
        } else if (nvPr.getPh().getType() == STPlaceholderType.BODY && bodyIdx < 0) {
          bodyIdx = nvPr.getPh().getIdx();
        }
      }
    }
    return master;
  }
}
