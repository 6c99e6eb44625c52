package dev.notedeck.render.pptx;

import dev.notedeck.diagnostics.Diagnostics;
import dev.notedeck.diagnostics.Finding;
import dev.notedeck.NotedeckException;
import dev.notedeck.render.deck.Box;
import dev.notedeck.render.deck.SlideFrames;
import dev.notedeck.resource.PoiLimits;
import dev.notedeck.resource.ImageFormat;
import dev.notedeck.resource.LoadedImage;
import dev.notedeck.resource.TemplatePackage;
import dev.notedeck.render.deck.LogoPlacement;
import dev.notedeck.theme.LogoSetup;
import dev.notedeck.theme.Theme;
import java.awt.geom.Rectangle2D;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.apache.poi.sl.usermodel.Placeholder;
import org.apache.poi.xslf.usermodel.XMLSlideShow;
import org.apache.poi.sl.usermodel.PictureData;
import org.apache.poi.xslf.usermodel.XSLFPictureData;
import org.apache.poi.xslf.usermodel.XSLFPictureShape;
import org.apache.poi.xslf.usermodel.XSLFShape;
import org.apache.poi.xslf.usermodel.XSLFSlideLayout;
import org.apache.poi.xslf.usermodel.XSLFSlideMaster;
import org.apache.poi.xslf.usermodel.XSLFTextShape;
import org.openxmlformats.schemas.presentationml.x2006.main.CTPlaceholder;
import org.openxmlformats.schemas.presentationml.x2006.main.CTShape;
import org.openxmlformats.schemas.presentationml.x2006.main.CTSlideSize;

/**
 * The package a deck is written into: the theme's own {@code template.pptx} when it has one,
 * else our built-in template. Layouts are found by type, then by name ({@link LayoutKind}).
 */
final class DeckTemplate {

  static final String TITLE_SLIDE = LayoutKind.TITLE_SLIDE.label();
  static final String TITLE_AND_CONTENT = LayoutKind.TITLE_AND_CONTENT.label();
  static final String SECTION_HEADER = LayoutKind.SECTION_HEADER.label();
  static final String TWO_CONTENT = LayoutKind.TWO_CONTENT.label();
  static final String COMPARISON = LayoutKind.COMPARISON.label();
  static final String TITLE_ONLY = LayoutKind.TITLE_ONLY.label();

  private final XMLSlideShow show;
  private final List<XSLFSlideLayout> layouts = new ArrayList<>();
  private final Map<LayoutKind, Optional<XSLFSlideLayout>> matched = new EnumMap<>(LayoutKind.class);
  private final Diagnostics diagnostics;
  private final Facts facts;
  private final Set<String> warned = new HashSet<>();

  /**
   * What every open of one template shares, measured on its first open: planning needs only
   * these, and a later open of the same template need not measure again.
   *
   * @param source the template's name in messages
   * @param libreOffice whether LibreOffice wrote it (read when it opens: the writer puts its
   *     own name into app.xml before asking for layouts)
   */
  record Facts(String source, SlideFrames frames, boolean libreOffice) {}

  /** An opened template (its slides removed, sized to the theme) whose facts are known. */
  DeckTemplate(XMLSlideShow show, Facts facts, Diagnostics diagnostics) {
    this.show = show;
    this.diagnostics = diagnostics;
    for (XSLFSlideMaster master : show.getSlideMasters()) {
      for (XSLFSlideLayout layout : master.getSlideLayouts()) {
        layouts.add(layout);
      }
    }
    this.facts = facts;
  }

  /** Opens the theme's template once, on its own (a renderer keeps its opened templates). */
  static DeckTemplate open(Theme theme, Diagnostics diagnostics) {
    return new DeckTemplates().open(theme, diagnostics);
  }

  /** The facts of a template just opened (see {@link DeckTemplates} for the opening). */
  static Facts measure(XMLSlideShow show, String source) {
    DeckTemplate t = new DeckTemplate(show, null, Diagnostics.silent());
    return new Facts(source, t.readFrames(), t.savedByLibreOffice());
  }

  /**
   * The theme's company template, parsed from {@code bytes} and made ready to write into: its
   * slides removed, its size the theme's. Checks what a template may be as it goes.
   *
   * @param bytes the file's bytes, already checked by {@link TemplatePackage#problem}
   */
  static Company company(String name, byte[] bytes, Theme theme) {
    try {
      XMLSlideShow show = new XMLSlideShow(new ByteArrayInputStream(bytes));
      CTSlideSize size = show.getCTPresentation().getSldSz();
      String badSize = size == null ? null : TemplatePackage.slideSizeProblem(size.getCx(), size.getCy());
      if (badSize != null) {
        throw new NotedeckException(name + ": cannot use this PowerPoint template: " + badSize);
      }
      boolean changed = !show.getSlides().isEmpty();
      while (!show.getSlides().isEmpty()) {
        show.removeSlide(show.getSlides().size() - 1);
      }
      if (show.getSlideMasters().isEmpty()) {
        throw new NotedeckException(name + ": this template has no slide master; save it from "
            + "PowerPoint as a .pptx with at least one layout.");
      }
      changed |= resize(show, theme.slides().widthPt(), theme.slides().heightPt());
      return new Company(show, changed);
    } catch (IOException | RuntimeException e) {
      throw unreadable(name, e);
    }
  }

  /** A company template opened, and whether opening it changed it (slides removed, resized). */
  record Company(XMLSlideShow show, boolean changed) {}

  /** The one message for a template that cannot be opened, whatever the reason. */
  static NotedeckException unreadable(String name, Exception e) {
    if (e instanceof NotedeckException ne) {
      return ne;
    }
    return new NotedeckException(name + ": cannot read this PowerPoint template (" + PoiLimits.reason(e)
        + "); save it again as a .pptx file.", e);
  }

  /**
   * The theme's slide size when it differs from the template's (the theme's {@code slides.aspect}
   * won over the template's size, see {@code template.decides}): every shape of the masters
   * and layouts moves and stretches with the slide.
   */
  private static boolean resize(XMLSlideShow show, double widthPt, double heightPt) {
    CTSlideSize size = show.getCTPresentation().getSldSz();
    long cx = Math.round(widthPt * 12700);
    long cy = Math.round(heightPt * 12700);
    if (size == null || size.getCx() == cx && size.getCy() == cy) {
      return false;
    }
    double sx = (double) cx / size.getCx();
    double sy = (double) cy / size.getCy();
    size.setCx((int) cx);
    size.setCy((int) cy);
    String path = "declare namespace a='http://schemas.openxmlformats.org/drawingml/2006/main' "
        + ".//a:off | .//a:ext | .//a:chOff | .//a:chExt";
    List<org.apache.poi.xslf.usermodel.XSLFSheet> sheets = new ArrayList<>();
    for (XSLFSlideMaster master : show.getSlideMasters()) {
      sheets.add(master);
      sheets.addAll(List.of(master.getSlideLayouts()));
    }
    for (var sheet : sheets) {
      for (org.apache.xmlbeans.XmlObject o : sheet.getXmlObject().selectPath(path)) {
        if (o instanceof org.openxmlformats.schemas.drawingml.x2006.main.CTPoint2D p
            && p.getX() instanceof Number && p.getY() instanceof Number) {
          p.setX(Math.round(((Number) p.getX()).longValue() * sx));
          p.setY(Math.round(((Number) p.getY()).longValue() * sy));
        } else if (o instanceof org.openxmlformats.schemas.drawingml.x2006.main.CTPositiveSize2D e) {
          e.setCx(Math.round(e.getCx() * sx));
          e.setCy(Math.round(e.getCy() * sy));
        }
      }
    }
    return true;
  }

  /**
   * Puts the theme's background behind every slide (on the masters, replacing the layouts' own)
   * and its logo in a corner of every layout, larger on the title slide's.
   */
  void brand(Optional<LoadedImage> logo, Optional<LoadedImage> background, LogoSetup place,
      SvgRasters rasters) {
    background.ifPresent(picture -> {
      XSLFPictureData data = show.addPicture(picture.bytes(), pictureType(picture));
      for (XSLFSlideMaster master : show.getSlideMasters()) {
        backgroundOf(master, data);
        for (XSLFSlideLayout layout : master.getSlideLayouts()) {
          if (layout.getXmlObject().getCSld().isSetBg()) {
            backgroundOf(layout, data);
          }
        }
      }
    });
    if (logo.isEmpty()) {
      return;
    }
    LoadedImage picture = logo.get();
    XSLFSlideLayout cover = find(LayoutKind.TITLE_SLIDE).orElse(null);
    XSLFPictureData data;
    XSLFPictureData vector = null;
    if (picture.format() == ImageFormat.SVG) {
      // the SVG for PowerPoint, and a PNG four times the title slide's logo height for the rest
      int px = (int) Math.round(Math.max(place.titleHeightMm(), place.heightMm()) * 72 / 25.4 * 4);
      try {
        data = show.addPicture(rasters.png(picture.bytes(), Math.min(px, 2048)),
            PictureData.PictureType.PNG);
      } catch (IOException e) {
        diagnostics.warn(null, 0, "image.skipped", "logo '" + picture.src() + "' skipped: "
            + "the SVG cannot be drawn (" + e.getMessage() + "); fix it or give a PNG logo");
        return;
      }
      vector = show.addPicture(picture.bytes(), PictureData.PictureType.SVG);
    } else {
      data = show.addPicture(picture.bytes(), pictureType(picture));
    }
    for (XSLFSlideLayout layout : layouts) {
      boolean isCover = layout == cover;
      if (!LogoPlacement.on(place, isCover)) {
        continue;
      }
      Box b = LogoPlacement.box(place, isCover, picture.width(), picture.height(),
          facts.frames().slideWidth(), facts.frames().slideHeight());
      XSLFPictureShape shape = layout.createPicture(data);
      shape.setAnchor(new Rectangle2D.Double(b.x(), b.y(), b.width(), b.height()));
      shape.setName("Logo");
      if (vector != null) {
        shape.setSvgImage(vector);
      }
    }
  }

  private static void backgroundOf(org.apache.poi.xslf.usermodel.XSLFSheet sheet,
      XSLFPictureData data) {
    String id = sheet.addRelation(null, org.apache.poi.xslf.usermodel.XSLFRelation.IMAGES, data)
        .getRelationship().getId();
    var cSld = sheet.getXmlObject() instanceof org.openxmlformats.schemas.presentationml.x2006
        .main.CTSlideMaster m ? m.getCSld()
        : ((org.openxmlformats.schemas.presentationml.x2006.main.CTSlideLayout)
            sheet.getXmlObject()).getCSld();
    if (cSld.isSetBg()) {
      cSld.unsetBg();
    }
    var bg = cSld.addNewBg();
    // p:bg must come first in p:cSld
    try (var c = bg.newCursor(); var first = cSld.newCursor()) {
      first.toFirstChild();
      if (!first.getName().getLocalPart().equals("bg")) {
        c.moveXml(first);
      }
    }
    var pr = cSld.getBg().addNewBgPr();
    var fill = pr.addNewBlipFill();
    fill.addNewBlip().setEmbed(id);
    fill.addNewStretch().addNewFillRect();
    pr.addNewEffectLst();
  }

  static PictureData.PictureType pictureType(LoadedImage picture) {
    return switch (picture.format()) {
      case PNG -> PictureData.PictureType.PNG;
      case GIF -> PictureData.PictureType.GIF;
      default -> PictureData.PictureType.JPEG;
    };
  }

  XMLSlideShow show() {
    return show;
  }

  SlideFrames frames() {
    return facts.frames();
  }

  /**
   * The template's layout for a kind named as PowerPoint names it in English ("Title Slide"),
   * else the nearest kind the template has, with one warning per missing kind.
   */
  XSLFSlideLayout layout(String name) {
    LayoutKind kind = LayoutKind.byLabel(name);
    Optional<XSLFSlideLayout> l = kind == null ? Optional.empty() : find(kind);
    if (l.isPresent()) {
      return l.get();
    }
    for (LayoutKind alt : kind == null ? List.<LayoutKind>of() : kind.nearest()) {
      l = find(alt);
      if (l.isPresent()) {
        warnOnce(name, l.get().getName());
        return l.get();
      }
    }
    XSLFSlideLayout first = show.getSlideMasters().get(0).getSlideLayouts()[0];
    warnOnce(name, first.getName());
    return first;
  }

  /**
   * The layout of this kind: by layout type first (among several, the one also named so),
   * then by an English, Korean or LibreOffice name; empty when the template has none.
   */
  Optional<XSLFSlideLayout> find(LayoutKind kind) {
    return matched.computeIfAbsent(kind, k -> {
      List<XSLFSlideLayout> ofType = new ArrayList<>();
      for (XSLFSlideLayout layout : layouts) {
        var ct = layout.getXmlObject();
        if (ct.isSetType() && k.types().contains(ct.getType())) {
          ofType.add(layout);
        }
      }
      for (XSLFSlideLayout layout : ofType) {
        if (k.isNamed(layout.getName())) {
          return Optional.of(layout);
        }
      }
      if (!ofType.isEmpty()) {
        return Optional.of(ofType.get(0));
      }
      return layouts.stream().filter(layout -> k.isNamed(layout.getName())).findFirst();
    });
  }

  /**
   * The layout the notes ask for by name, or {@code fallback} after one warning naming the
   * notes' line and the layouts the template has.
   */
  XSLFSlideLayout requested(String name, java.nio.file.Path file, int line, String fallback) {
    XSLFSlideLayout l = layouts.stream().filter(x -> LayoutKind.normalize(x.getName())
        .equals(LayoutKind.normalize(name))).findFirst().orElse(null);
    if (l != null) {
      return l;
    }
    if (warned.add(file + ":" + line + "\0" + name)) {
      diagnostics.warn(file, line, "deck.layout-missing", "the template has no slide layout named \"" + name + "\"; using \""
          + fallback + "\" (it has: " + String.join(", ", show.getSlideMasters().stream()
              .flatMap(m -> java.util.Arrays.stream(m.getSlideLayouts())).map(XSLFSlideLayout::getName)
              .distinct().toList()) + ")");
    }
    return layout(fallback);
  }

  private void warnOnce(String missing, String used) {
    if (!warned.add(missing)) {
      return;
    }
    if (facts.libreOffice() && LIBREOFFICE_LACKS.contains(missing)) {
      // LibreOffice writes its own fixed set of layouts: nothing in the template can be mended
      diagnostics.report(Finding.info(null, 0, "theme.template-layout", facts.source() + " was saved by "
          + "LibreOffice, which keeps no \"" + missing + "\" layout; using \"" + used + "\""));
      return;
    }
    diagnostics.warn(null, 0, "theme.template-layout", facts.source() + ": no \"" + missing
        + "\" layout (by type or name); using \"" + used + "\" instead (add such a layout to "
        + "the template's slide master to fix this)");
  }

  /** PowerPoint layouts LibreOffice has no counterpart of (its own set is fixed). */
  private static final Set<String> LIBREOFFICE_LACKS =
      Set.of("Section Header", "Comparison", "Picture with Caption");

  /** Whether LibreOffice wrote the template: its app.xml, else its layout names. */
  private boolean savedByLibreOffice() {
    try {
      var app = show.getProperties().getExtendedProperties().getApplication();
      if (app != null && !app.isBlank()) {
        return app.contains("LibreOffice");
      }
    } catch (RuntimeException e) {
      // no app.xml: judge by the names
    }
    return layouts.stream().anyMatch(l -> LayoutKind.normalize(l.getName()).equals("title,content"));
  }

  private SlideFrames readFrames() {
    CTSlideSize size = show.getCTPresentation().getSldSz();
    double w = size == null ? show.getPageSize().getWidth() : size.getCx() / 12700.0;
    double h = size == null ? show.getPageSize().getHeight() : size.getCy() / 12700.0;
    SlideFrames d = SlideFrames.fallback(w, h);
    XSLFSlideLayout content = find(LayoutKind.TITLE_AND_CONTENT).orElse(null);
    XSLFSlideLayout cover = find(LayoutKind.TITLE_SLIDE).orElse(null);
    XSLFSlideLayout section = find(LayoutKind.SECTION_HEADER).orElse(null);
    Box title = box(content, w, h, d.title(), Placeholder.TITLE, Placeholder.CENTERED_TITLE);
    Box body = box(content, w, h, d.body(), Placeholder.BODY, Placeholder.CONTENT);
    Box coverTitle = box(cover, w, h, d.coverTitle(), Placeholder.CENTERED_TITLE, Placeholder.TITLE);
    Box coverSub = box(cover, w, h, d.coverSubtitle(), Placeholder.SUBTITLE, Placeholder.BODY);
    Box secTitle = box(section, w, h, d.dividerTitle(), Placeholder.TITLE, Placeholder.CENTERED_TITLE);
    Box secBody = box(section, w, h, d.dividerBody(), Placeholder.BODY, Placeholder.SUBTITLE);
    return new SlideFrames(w, h, coverTitle, coverSub, title, body, secTitle, secBody);
  }

  /** The first placeholder of the given types on the layout, clipped to the slide. */
  private static Box box(XSLFSlideLayout layout, double w, double h, Box otherwise, Placeholder... types) {
    XSLFTextShape shape = placeholder(layout, types);
    if (shape == null) {
      return otherwise;
    }
    Rectangle2D a = shape.getAnchor();
    if (a == null || a.getWidth() <= 1 || a.getHeight() <= 1) {
      return otherwise;
    }
    double x = Math.max(0, a.getX());
    double y = Math.max(0, a.getY());
    return new Box(x, y, Math.min(a.getWidth(), w - x), Math.min(a.getHeight(), h - y));
  }

  /**
   * The placeholder of the first of {@code types} the sheet has; among several of a type, the
   * one of lowest index. A placeholder without a type is a content one ({@code obj}), as
   * LibreOffice writes them.
   */
  static XSLFTextShape placeholder(org.apache.poi.xslf.usermodel.XSLFSheet sheet, Placeholder... types) {
    if (sheet == null) {
      return null;
    }
    for (Placeholder type : types) {
      XSLFTextShape best = null;
      for (XSLFShape s : sheet.getShapes()) {
        if (s instanceof XSLFTextShape t && t.isPlaceholder() && typeOf(t) == type
            && (best == null || index(t) < index(best))) {
          best = t;
        }
      }
      if (best != null) {
        return best;
      }
    }
    return null;
  }

  private static Placeholder typeOf(XSLFTextShape shape) {
    Placeholder type = shape.getTextType();
    if (type != null) {
      return type;
    }
    CTPlaceholder ph = ph(shape);
    return ph != null && !ph.isSetType() ? Placeholder.CONTENT : null;
  }

  private static long index(XSLFTextShape shape) {
    CTPlaceholder ph = ph(shape);
    return ph != null && ph.isSetIdx() ? ph.getIdx() : 0;
  }

  private static CTPlaceholder ph(XSLFTextShape shape) {
    return shape.getXmlObject() instanceof CTShape sp && sp.getNvSpPr() != null
        && sp.getNvSpPr().getNvPr() != null ? sp.getNvSpPr().getNvPr().getPh() : null;
  }
}
