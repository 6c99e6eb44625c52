package dev.notedeck.render.pptx;

import dev.notedeck.theme.Theme;
import org.apache.poi.xslf.usermodel.XMLSlideShow;
import org.apache.poi.xslf.usermodel.XSLFFactory;
import org.apache.poi.xslf.usermodel.XSLFNotes;
import org.apache.poi.xslf.usermodel.XSLFNotesMaster;
import org.apache.poi.xslf.usermodel.XSLFRelation;
import org.apache.poi.xslf.usermodel.XSLFSlide;
import org.openxmlformats.schemas.drawingml.x2006.main.CTTextBody;
import org.openxmlformats.schemas.drawingml.x2006.main.CTTextCharacterProperties;
import org.openxmlformats.schemas.drawingml.x2006.main.CTTextParagraph;
import org.openxmlformats.schemas.presentationml.x2006.main.CTGroupShape;
import org.openxmlformats.schemas.presentationml.x2006.main.CTGroupShapeNonVisual;
import org.openxmlformats.schemas.presentationml.x2006.main.CTNotesSlide;
import org.openxmlformats.schemas.presentationml.x2006.main.CTShape;
import org.openxmlformats.schemas.presentationml.x2006.main.STPlaceholderType;

/**
 * Speaker notes holding the full original text, on a notes page that prints correctly.
 *
 * <p>Each notes slide is built directly: POI's {@code getNotesSlide} copies every shape of the
 * notes master into every notes slide (then we deleted most of them again), which was a sixth of
 * the deck's writing time and most of each notes part. Here a notes slide holds just the two
 * placeholders, the slide image and the notes body, and inherits their place and look from the
 * notes master.
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

  /** A notes slide for {@code slide} with the slide image and {@code text}, one paragraph a line. */
  void notes(XMLSlideShow show, XSLFSlide slide, String text) {
    XSLFNotesMaster notesMaster = master(show);
    XSLFNotes notes = (XSLFNotes) slide.createRelationship(XSLFRelation.NOTES, XSLFFactory.getInstance(),
        names.next());
    notes.addRelation(null, XSLFRelation.NOTES_MASTER, notesMaster);
    notes.addRelation(null, XSLFRelation.SLIDE, slide);
    CTNotesSlide ct = notes.getXmlObject();
    CTGroupShape tree = ct.getCSld().getSpTree();
    CTGroupShapeNonVisual group = tree.addNewNvGrpSpPr();
    group.addNewCNvPr().setId(1);
    group.getCNvPr().setName("");
    group.addNewCNvGrpSpPr();
    group.addNewNvPr();
    tree.addNewGrpSpPr();
    placeholder(tree.addNewSp(), 2, "Slide Image", STPlaceholderType.SLD_IMG, imageIdx);
    CTShape body = tree.addNewSp();
    placeholder(body, 3, "Notes", STPlaceholderType.BODY, bodyIdx);
    CTTextBody txBody = body.addNewTxBody();
    // long notes shrink to the page (as the master says; LibreOffice does not inherit it)
    txBody.addNewBodyPr().addNewNormAutofit();
    txBody.addNewLstStyle();
    for (String line : text.split("\n", -1)) {
      CTTextParagraph p = txBody.addNewP();
      if (line.isEmpty()) {
        p.addNewEndParaRPr().setLang(lang.empty());
        continue;
      }
      var r = p.addNewR();
      CTTextCharacterProperties pr = r.addNewRPr();
      pr.setLang(lang.of(line));
      pr.setSz(NOTES_SIZE);
      // a foreign template's notes master may name other fonts: ours are set on every run
      pr.addNewLatin().setTypeface(theme.slides().latinTypeface());
      pr.addNewEa().setTypeface(theme.slides().eastAsianTypeface());
      r.setT(line);
    }
    ct.addNewClrMapOvr().addNewMasterClrMapping();
  }

  /** A placeholder shape with no properties of its own: the notes master's ones apply. */
  private static void placeholder(CTShape sp, long id, String name, STPlaceholderType.Enum type, long idx) {
    PlaceholderShapes.nonVisual(sp, id, name, type, idx);
    sp.addNewSpPr();
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
