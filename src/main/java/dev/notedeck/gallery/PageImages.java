package dev.notedeck.gallery;

import dev.notedeck.theme.FontFamily;
import dev.notedeck.theme.Resource;
import dev.notedeck.theme.Theme;
import java.awt.Dimension;
import java.awt.Font;
import java.awt.FontFormatException;
import java.awt.Graphics2D;
import java.awt.GraphicsEnvironment;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xslf.usermodel.XMLSlideShow;
import org.apache.poi.xslf.usermodel.XSLFShape;
import org.apache.poi.xslf.usermodel.XSLFSlide;
import org.apache.poi.xslf.usermodel.XSLFTextShape;

/** Pictures of rendered outputs: a PDF page (PDFBox) and a slide (POI), found by their text. */
final class PageImages {
  /** Handout pictures: about 700 px wide for A4. */
  static final float HANDOUT_DPI = 85;
  /** Slide pictures are this wide, whatever the aspect. */
  static final int SLIDE_WIDTH_PX = 960;

  private static final Set<String> REGISTERED = new HashSet<>();

  private PageImages() {}

  /** The first page whose text contains {@code text} (else the last page), as an image. */
  static BufferedImage handoutPage(byte[] pdf, String text) throws IOException {
    try (PDDocument doc = Loader.loadPDF(pdf)) {
      int shown = doc.getNumberOfPages() - 1;
      PDFTextStripper stripper = new PDFTextStripper();
      for (int i = 0; i < doc.getNumberOfPages(); i++) {
        stripper.setStartPage(i + 1);
        stripper.setEndPage(i + 1);
        if (stripper.getText(doc).contains(text)) {
          shown = i;
          break;
        }
      }
      return new PDFRenderer(doc).renderImageWithDPI(shown, HANDOUT_DPI, ImageType.RGB);
    }
  }

  /**
   * The first slide showing {@code text} outside its speaker notes (else the second slide), drawn
   * by POI with the theme's fonts registered so Korean does not fall back to boxes.
   */
  static BufferedImage slide(byte[] pptx, String text, Theme theme) throws IOException {
    registerFonts(theme);
    try (XMLSlideShow show = new XMLSlideShow(new ByteArrayInputStream(pptx))) {
      List<XSLFSlide> slides = show.getSlides();
      XSLFSlide shown = slides.get(Math.min(1, slides.size() - 1));
      for (XSLFSlide slide : slides) {
        if (slideText(slide).contains(text)) {
          shown = slide;
          break;
        }
      }
      Dimension size = show.getPageSize();
      double scale = (double) SLIDE_WIDTH_PX / size.width;
      BufferedImage image = new BufferedImage(SLIDE_WIDTH_PX,
          (int) Math.round(size.height * scale), BufferedImage.TYPE_INT_RGB);
      Graphics2D g = image.createGraphics();
      try {
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING,
            RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
        g.setRenderingHint(RenderingHints.KEY_FRACTIONALMETRICS,
            RenderingHints.VALUE_FRACTIONALMETRICS_ON);
        g.setRenderingHint(RenderingHints.KEY_INTERPOLATION,
            RenderingHints.VALUE_INTERPOLATION_BICUBIC);
        g.setPaint(java.awt.Color.WHITE);
        g.fillRect(0, 0, image.getWidth(), image.getHeight());
        g.scale(scale, scale);
        shown.draw(g);
      } finally {
        g.dispose();
      }
      return image;
    }
  }

  private static String slideText(XSLFSlide slide) {
    StringBuilder b = new StringBuilder();
    for (XSLFShape shape : slide.getShapes()) {
      if (shape instanceof XSLFTextShape t) {
        b.append(t.getText()).append('\n');
      }
    }
    return b.toString();
  }

  /** Makes the theme's TrueType files known to Java2D, which POI draws with. */
  private static synchronized void registerFonts(Theme theme) {
    GraphicsEnvironment env = GraphicsEnvironment.getLocalGraphicsEnvironment();
    List<FontFamily> families = new ArrayList<>(List.of(theme.fonts().body(),
        theme.fonts().heading(), theme.fonts().code()));
    families.addAll(theme.fonts().fallbacks());
    for (FontFamily f : families) {
      for (Resource r : new Resource[] {f.regular(), f.bold(), f.italic(), f.boldItalic()}) {
        if (r == null || !REGISTERED.add(Objects.requireNonNull(r.name()))) {
          continue;
        }
        try (InputStream in = r.open()) {
          env.registerFont(Font.createFont(Font.TRUETYPE_FONT, in));
        } catch (IOException | FontFormatException e) {
          // The picture then uses a substitute font; the outputs themselves are unaffected.
        }
      }
    }
  }
}
