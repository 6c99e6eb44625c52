package dev.notedeck.render.png;

import dev.notedeck.NotedeckException;
import dev.notedeck.RenderContext;
import dev.notedeck.render.deck.Deck;
import dev.notedeck.render.pptx.DeckRenderer;
import dev.notedeck.theme.FontFamily;
import dev.notedeck.theme.Resource;
import java.awt.Color;
import java.awt.Dimension;
import java.awt.Font;
import java.awt.FontFormatException;
import java.awt.Graphics2D;
import java.awt.GraphicsEnvironment;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import javax.imageio.ImageIO;
import org.apache.poi.xslf.usermodel.XMLSlideShow;
import org.apache.poi.xslf.usermodel.XSLFSlide;

/**
 * The deck as one PNG per slide, for chat and social posts: the planned deck on the PPTX writer's
 * in-memory slide show, drawn by POI onto images at twice the slide's point size (1920 x 1080 for 16:9).
 */
public final class SlideImageRenderer {

  /** Pixels per point: 2 gives full-HD images from a 960 x 540 pt slide. */
  static final double SCALE = 2.0;

  /** Theme fonts already handed to Java2D, by resource name (registering twice is wasted work). */
  private static final Set<String> REGISTERED = ConcurrentHashMap.newKeySet();

  private final DeckRenderer deck;

  /** Fills slides with {@code deck}: a build's one renderer, which reads each template once. */
  public SlideImageRenderer(DeckRenderer deck) {
    this.deck = deck;
  }

  /** Receives each slide's PNG bytes, numbered from 1 of {@code total}. */
  @FunctionalInterface
  public interface Sink {
    void accept(int number, int total, byte[] png) throws IOException;
  }

  /** Draws every slide of a planned deck; returns how many. */
  public int render(Deck planned, RenderContext context, Sink sink) throws IOException {
    registerFonts(context);
    try (XMLSlideShow show = deck.show(planned, context)) {
      Dimension size = show.getPageSize();
      List<XSLFSlide> slides = show.getSlides();
      for (int i = 0; i < slides.size(); i++) {
        sink.accept(i + 1, slides.size(), draw(slides.get(i), size));
      }
      return slides.size();
    }
  }

  private static byte[] draw(XSLFSlide slide, Dimension size) throws IOException {
    BufferedImage image = new BufferedImage((int) Math.round(size.width * SCALE),
        (int) Math.round(size.height * SCALE), BufferedImage.TYPE_INT_RGB);
    Graphics2D g = image.createGraphics();
    try {
      g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
      g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
      g.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
      g.setRenderingHint(RenderingHints.KEY_FRACTIONALMETRICS, RenderingHints.VALUE_FRACTIONALMETRICS_ON);
      g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BICUBIC);
      g.setPaint(Color.WHITE);
      g.fillRect(0, 0, image.getWidth(), image.getHeight());
      g.scale(SCALE, SCALE);
      slide.draw(g);
    } finally {
      g.dispose();
    }
    ByteArrayOutputStream png = new ByteArrayOutputStream(256 * 1024);
    ImageIO.write(image, "png", png);
    return png.toByteArray();
  }

  /**
   * Java2D finds fonts by family name among installed ones; the theme's bundled fonts may not be
   * installed, so hand them over, or Korean would draw as boxes.
   */
  private static void registerFonts(RenderContext context) {
    List<FontFamily> families = new ArrayList<>(List.of(context.theme().fonts().body(),
        context.theme().fonts().heading(), context.theme().fonts().code()));
    families.addAll(context.theme().fonts().fallbacks());
    GraphicsEnvironment env = GraphicsEnvironment.getLocalGraphicsEnvironment();
    for (FontFamily family : families) {
      for (Resource face : new Resource[] {family.regular(), family.bold(), family.italic(), family.boldItalic()}) {
        if (face == null || !REGISTERED.add(face.name())) {
          continue;
        }
        try (InputStream in = face.open()) {
          env.registerFont(Font.createFont(Font.TRUETYPE_FONT, in));
        } catch (IOException | FontFormatException e) {
          throw new NotedeckException(face.name() + ": cannot load this font for slide images ("
              + e.getMessage() + ")", e);
        }
      }
    }
  }
}
