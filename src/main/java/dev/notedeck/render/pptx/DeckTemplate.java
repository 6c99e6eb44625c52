package dev.notedeck.render.pptx;

import dev.notedeck.diagnostics.Diagnostics;
import dev.notedeck.NotedeckException;
import dev.notedeck.render.deck.Box;
import dev.notedeck.render.deck.SlideFrames;
import dev.notedeck.resource.PoiLimits;
import dev.notedeck.resource.TemplatePackage;
import dev.notedeck.theme.Resource;
import dev.notedeck.theme.Theme;
import java.awt.geom.Rectangle2D;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.apache.poi.sl.usermodel.Placeholder;
import org.apache.poi.xslf.usermodel.XMLSlideShow;
import org.apache.poi.xslf.usermodel.XSLFShape;
import org.apache.poi.xslf.usermodel.XSLFSlideLayout;
import org.apache.poi.xslf.usermodel.XSLFSlideMaster;
import org.apache.poi.xslf.usermodel.XSLFTextShape;
import org.openxmlformats.schemas.presentationml.x2006.main.CTSlideSize;

/**
 * The package a deck is written into: the theme's own {@code template.pptx} when it has one,
 * else our built-in template. Layouts are found by their standard PowerPoint names.
 */
final class DeckTemplate {

  static final String TITLE_SLIDE = "Title Slide";
  static final String TITLE_AND_CONTENT = "Title and Content";
  static final String SECTION_HEADER = "Section Header";
  static final String TWO_CONTENT = "Two Content";
  static final String TITLE_ONLY = "Title Only";
  static final String BLANK = "Blank";

  /** Which layouts stand in for a missing one, best first. */
  private static final Map<String, List<String>> FALLBACKS = Map.of(
      TITLE_SLIDE, List.of(SECTION_HEADER, TITLE_ONLY, TITLE_AND_CONTENT),
      TITLE_AND_CONTENT, List.of(TWO_CONTENT, TITLE_ONLY),
      SECTION_HEADER, List.of(TITLE_SLIDE, TITLE_ONLY, TITLE_AND_CONTENT),
      TWO_CONTENT, List.of(TITLE_AND_CONTENT, TITLE_ONLY),
      TITLE_ONLY, List.of(TITLE_AND_CONTENT, BLANK),
      BLANK, List.of(TITLE_ONLY, TITLE_AND_CONTENT));

  private final XMLSlideShow show;
  private final Map<String, XSLFSlideLayout> layouts = new LinkedHashMap<>();
  private final Diagnostics diagnostics;
  private final String source;
  private final Set<String> warned = new HashSet<>();
  private final SlideFrames frames;

  private DeckTemplate(XMLSlideShow show, String source, Diagnostics diagnostics) {
    this.show = show;
    this.source = source;
    this.diagnostics = diagnostics;
    for (XSLFSlideMaster master : show.getSlideMasters()) {
      for (XSLFSlideLayout layout : master.getSlideLayouts()) {
        layouts.putIfAbsent(normalize(layout.getName()), layout);
      }
    }
    this.frames = readFrames();
  }

  /** Opens the theme's template (its existing slides removed) or the built-in one. */
  static DeckTemplate open(Theme theme, Diagnostics diagnostics) {
    Optional<Resource> custom = theme.assets() == null ? Optional.empty() : theme.assets().pptxTemplate();
    if (custom.isPresent()) {
      Resource r = custom.get();
      PoiLimits.enforce(); // zip-bomb limits: a template may come from anyone
      String unsafe = r instanceof Resource.OnDisk disk ? TemplatePackage.problem(disk.path()) : null;
      if (unsafe != null) {
        throw new NotedeckException(r.name() + ": cannot read this PowerPoint template (" + unsafe
            + "); save it again as a .pptx file.");
      }
      try (InputStream in = r.open()) {
        XMLSlideShow show = new XMLSlideShow(in);
        CTSlideSize size = show.getCTPresentation().getSldSz();
        String badSize = size == null ? null : TemplatePackage.slideSizeProblem(size.getCx(), size.getCy());
        if (badSize != null) {
          throw new NotedeckException(r.name() + ": cannot use this PowerPoint template: " + badSize);
        }
        while (!show.getSlides().isEmpty()) {
          show.removeSlide(show.getSlides().size() - 1);
        }
        if (show.getSlideMasters().isEmpty()) {
          throw new NotedeckException(r.name() + ": this template has no slide master; save it from "
              + "PowerPoint as a .pptx with at least one layout.");
        }
        return new DeckTemplate(show, r.name(), diagnostics);
      } catch (IOException | RuntimeException e) {
        if (e instanceof NotedeckException ne) {
          throw ne;
        }
        throw new NotedeckException(r.name() + ": cannot read this PowerPoint template (" + PoiLimits.reason(e)
            + "); save it again as a .pptx file.", e);
      }
    }
    try {
      XMLSlideShow show = new XMLSlideShow(new ByteArrayInputStream(BuiltInTemplate.build(theme)));
      return new DeckTemplate(show, "built-in template", diagnostics);
    } catch (IOException e) {
      throw new IllegalStateException("built-in template is broken", e);
    }
  }

  XMLSlideShow show() {
    return show;
  }

  SlideFrames frames() {
    return frames;
  }

  /** The layout of this name, else the closest one the template has (with a warning). */
  XSLFSlideLayout layout(String name) {
    XSLFSlideLayout l = layouts.get(normalize(name));
    if (l != null) {
      return l;
    }
    for (String alt : FALLBACKS.getOrDefault(name, List.of())) {
      l = layouts.get(normalize(alt));
      if (l != null) {
        warnOnce(name, alt);
        return l;
      }
    }
    XSLFSlideLayout first = show.getSlideMasters().get(0).getSlideLayouts()[0];
    warnOnce(name, first.getName());
    return first;
  }

  private void warnOnce(String missing, String used) {
    if (warned.add(missing)) {
      diagnostics.warn(null, 0, "theme.template-layout", source + ": no slide layout named \"" + missing + "\"; using \"" + used
          + "\" instead (rename a layout in the template's slide master to fix this)");
    }
  }

  private static String normalize(String name) {
    return name == null ? "" : name.strip().toLowerCase(java.util.Locale.ROOT);
  }

  private SlideFrames readFrames() {
    CTSlideSize size = show.getCTPresentation().getSldSz();
    double w = size == null ? show.getPageSize().getWidth() : size.getCx() / 12700.0;
    double h = size == null ? show.getPageSize().getHeight() : size.getCy() / 12700.0;
    SlideFrames d = SlideFrames.fallback(w, h);
    XSLFSlideLayout content = layouts.get(normalize(TITLE_AND_CONTENT));
    XSLFSlideLayout cover = layouts.get(normalize(TITLE_SLIDE));
    XSLFSlideLayout section = layouts.get(normalize(SECTION_HEADER));
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

  static XSLFTextShape placeholder(org.apache.poi.xslf.usermodel.XSLFSheet sheet, Placeholder... types) {
    if (sheet == null) {
      return null;
    }
    for (Placeholder type : types) {
      for (XSLFShape s : sheet.getShapes()) {
        if (s instanceof XSLFTextShape t && t.isPlaceholder() && t.getTextType() == type) {
          return t;
        }
      }
    }
    return null;
  }
}
