package dev.notedeck.render.pptx;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.apache.poi.xslf.usermodel.XMLSlideShow;
import org.apache.poi.xslf.usermodel.XSLFShape;
import org.apache.poi.xslf.usermodel.XSLFSlideLayout;
import org.openxmlformats.schemas.presentationml.x2006.main.CTPlaceholder;
import org.openxmlformats.schemas.presentationml.x2006.main.CTShape;
import org.openxmlformats.schemas.presentationml.x2006.main.STSlideLayoutType;

/**
 * Company-style templates made with POI (its own template is 4:3 with PowerPoint's eleven
 * layouts), renamed and retyped the way Korean PowerPoint and LibreOffice save them, so tests
 * need neither PowerPoint nor LibreOffice.
 */
final class CompanyTemplates {
  private CompanyTemplates() {}

  /** English layout name -> Korean PowerPoint's name (types stay: PowerPoint keeps them). */
  static final Map<String, String> KOREAN = Map.ofEntries(
      Map.entry("Title Slide", "제목 슬라이드"), Map.entry("Title and Content", "제목 및 내용"),
      Map.entry("Section Header", "구역 머리글"), Map.entry("Two Content", "콘텐츠 2개"),
      Map.entry("Comparison", "비교"), Map.entry("Title Only", "제목만"),
      Map.entry("Blank", "빈 화면"), Map.entry("Content with Caption", "캡션 있는 콘텐츠"),
      Map.entry("Picture with Caption", "캡션 있는 그림"),
      Map.entry("Title and Vertical Text", "제목 및 세로 텍스트"),
      Map.entry("Vertical Title and Text", "세로 제목 및 텍스트"));

  /**
   * What LibreOffice 7 writes for PowerPoint's layouts when it saves a deck again (seen on a
   * real re-save): its own names, the title slide typed {@code tx}, no section header (its
   * nearest is "Centered Text", {@code objOnly}), and content placeholders as a bare
   * {@code <p:ph/>}.
   */
  static final Map<String, Object[]> LIBREOFFICE = Map.ofEntries(
      Map.entry("Title Slide", new Object[] {"Title Slide", STSlideLayoutType.TX}),
      Map.entry("Title and Content", new Object[] {"Title, Content", STSlideLayoutType.OBJ}),
      Map.entry("Section Header", new Object[] {"Centered Text", STSlideLayoutType.OBJ_ONLY}),
      Map.entry("Two Content", new Object[] {"Title, 2 Content", STSlideLayoutType.TWO_OBJ}),
      Map.entry("Comparison", new Object[] {"Title, 4 Content", STSlideLayoutType.FOUR_OBJ}),
      Map.entry("Title Only", new Object[] {"Title Only", STSlideLayoutType.TITLE_ONLY}),
      Map.entry("Blank", new Object[] {"Blank Slide", STSlideLayoutType.BLANK}),
      Map.entry("Content with Caption", new Object[] {"Title, Content over Content",
          STSlideLayoutType.OBJ_OVER_TX}),
      Map.entry("Picture with Caption", new Object[] {"Title, 6 Content", STSlideLayoutType.BLANK}),
      Map.entry("Title and Vertical Text", new Object[] {"Title, 2 Content and Content",
          STSlideLayoutType.TWO_OBJ_AND_OBJ}),
      Map.entry("Vertical Title and Text", new Object[] {"Title Content and 2 Content",
          STSlideLayoutType.OBJ_AND_TWO_OBJ}));

  static Path korean(Path file, boolean keepTypes) throws IOException {
    try (XMLSlideShow show = new XMLSlideShow()) {
      for (XSLFSlideLayout l : layouts(show)) {
        String english = l.getName();
        l.getXmlObject().getCSld().setName(KOREAN.get(english));
        if (!keepTypes) {
          l.getXmlObject().setType(STSlideLayoutType.CUST);
        }
      }
      return write(show, file);
    }
  }

  /** PowerPoint's own default template as POI ships it (4:3, "Office Theme", eleven layouts). */
  static Path powerPointDefault(Path file) throws IOException {
    try (XMLSlideShow show = new XMLSlideShow()) {
      return write(show, file);
    }
  }

  /** POI's template with its theme's body and heading typeface set to {@code typeface}. */
  static Path withTypeface(Path file, String typeface) throws IOException {
    try (XMLSlideShow show = new XMLSlideShow()) {
      var fonts = show.getSlideMasters().get(0).getTheme().getXmlObject().getThemeElements()
          .getFontScheme();
      fonts.getMinorFont().getLatin().setTypeface(typeface);
      fonts.getMajorFont().getLatin().setTypeface(typeface);
      return write(show, file);
    }
  }

  static Path libreOffice(Path file) throws IOException {
    try (XMLSlideShow show = new XMLSlideShow()) {
      // what LibreOffice writes into docProps/app.xml
      show.getProperties().getExtendedProperties().getUnderlyingProperties()
          .setApplication("LibreOffice/7.4.7.2$Linux_X86_64 LibreOffice_project/40$Build-2");
      for (XSLFSlideLayout l : layouts(show)) {
        Object[] lo = LIBREOFFICE.get(l.getName());
        l.getXmlObject().getCSld().setName((String) lo[0]);
        l.getXmlObject().setType((STSlideLayoutType.Enum) lo[1]);
        for (XSLFShape s : l.getShapes()) {
          if (s.getXmlObject() instanceof CTShape sp && sp.getNvSpPr().getNvPr().isSetPh()) {
            CTPlaceholder ph = sp.getNvSpPr().getNvPr().getPh();
            if (!ph.isSetType() && ph.isSetIdx()) {
              ph.unsetIdx();
            }
          }
        }
      }
      return write(show, file);
    }
  }

  /** POI's template with one layout given another name and no type: a layout to miss. */
  static Path withoutSectionHeader(Path file) throws IOException {
    try (XMLSlideShow show = new XMLSlideShow()) {
      for (XSLFSlideLayout l : layouts(show)) {
        if (l.getName().equals("Section Header")) {
          l.getXmlObject().getCSld().setName("Company Divider");
          l.getXmlObject().setType(STSlideLayoutType.CUST);
        }
      }
      return write(show, file);
    }
  }

  private static XSLFSlideLayout[] layouts(XMLSlideShow show) {
    return show.getSlideMasters().get(0).getSlideLayouts();
  }

  private static Path write(XMLSlideShow show, Path file) throws IOException {
    Files.createDirectories(file.toAbsolutePath().getParent());
    try (OutputStream out = Files.newOutputStream(file)) {
      show.write(out);
    }
    return file;
  }
}
