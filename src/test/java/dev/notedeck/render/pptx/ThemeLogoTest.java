package dev.notedeck.render.pptx;

import static org.assertj.core.api.Assertions.assertThat;

import dev.notedeck.diagnostics.Diagnostics;
import dev.notedeck.RenderContext;
import dev.notedeck.render.deck.TestEvents;
import dev.notedeck.render.pdf.HandoutRenderer;
import dev.notedeck.resource.TestImages;
import dev.notedeck.theme.Theme;
import dev.notedeck.theme.ThemeLoader;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.poi.sl.usermodel.PictureData;
import org.apache.poi.xslf.usermodel.XMLSlideShow;
import org.apache.poi.xslf.usermodel.XSLFPictureShape;
import org.apache.poi.xslf.usermodel.XSLFSlide;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A theme's logo and background, placed on the deck and in the handout. */
class ThemeLogoTest {

  @TempDir Path dir;

  @Test
  void pngLogoSitsInACornerOfEverySlideLargerOnTheTitleSlideAndOnTheHandout() throws Exception {
    Path folder = Files.createDirectories(dir.resolve("brand"));
    Files.write(folder.resolve("logo.png"), TestImages.png(200, 100));
    Files.write(folder.resolve("background.jpg"), TestImages.jpeg(160, 90));
    Files.writeString(folder.resolve("theme.yaml"), "logo:\n  corner: bottom-left\n  height: 8mm\n");
    Theme theme = new ThemeLoader().load(folder);
    Diagnostics.Collecting warnings = new Diagnostics.Collecting();
    RenderContext context = new RenderContext(theme, dir, warnings);

    ByteArrayOutputStream pptx = new ByteArrayOutputStream();
    new DeckRenderer().render(TestEvents.stress(), context, pptx);
    try (XMLSlideShow show = WrittenDeck.open(pptx.toByteArray())) {
      WrittenDeck.assertValidOoxml(show);
      double w = show.getPageSize().getWidth();
      double h = show.getPageSize().getHeight();
      for (XSLFSlide slide : show.getSlides()) {
        XSLFPictureShape logo = logoOf(slide);
        // bottom-left, 8 mm high, twice as wide: the picture's own proportions
        double expected = slide.getSlideLayout().getName().equals("Title Slide") ? 18 : 8;
        assertThat(logo.getAnchor().getHeight()).isCloseTo(expected * 72 / 25.4, within(0.5));
        assertThat(logo.getAnchor().getWidth()).isCloseTo(2 * logo.getAnchor().getHeight(),
            within(0.5));
        assertThat(logo.getAnchor().getX()).isLessThan(w / 4);
        assertThat(logo.getAnchor().getMaxY()).isGreaterThan(h * 0.9).isLessThanOrEqualTo(h);
      }
      // the background fills every master, behind everything
      assertThat(show.getSlideMasters()).allSatisfy(m -> assertThat(
          m.getXmlObject().getCSld().getBg().getBgPr().getBlipFill().getBlip().getEmbed())
          .isNotBlank());
    }
    assertThat(warnings.warnings()).isEmpty();

    ByteArrayOutputStream pdf = new ByteArrayOutputStream();
    new HandoutRenderer().render(TestEvents.stress(), context, pdf);
    try (PDDocument handout = Loader.loadPDF(pdf.toByteArray())) {
      assertThat(images(handout.getPage(0))).as("cover").isGreaterThanOrEqualTo(1);
      assertThat(images(handout.getPage(handout.getNumberOfPages() - 1)))
          .as("running header").isGreaterThanOrEqualTo(1);
    }
  }

  /** A build plans first and writes after (and draws slide images from the plan): branded too. */
  @Test
  void aDeckPlannedThenWrittenOrDrawnCarriesTheLogoToo() throws Exception {
    Path folder = Files.createDirectories(dir.resolve("planned"));
    Files.write(folder.resolve("logo.png"), TestImages.png(200, 100));
    Files.writeString(folder.resolve("theme.yaml"), "description: logo\n");
    RenderContext context = new RenderContext(new ThemeLoader().load(folder), dir, Diagnostics.silent());
    DeckRenderer renderer = new DeckRenderer();
    var planned = renderer.plan(TestEvents.stress(), context);
    ByteArrayOutputStream pptx = new ByteArrayOutputStream();
    renderer.write(planned, context, pptx);
    try (XMLSlideShow written = WrittenDeck.open(pptx.toByteArray());
        XMLSlideShow drawn = renderer.show(planned, context)) {
      for (XMLSlideShow show : List.of(written, drawn)) {
        assertThat(show.getSlides()).isNotEmpty().allSatisfy(slide -> logoOf(slide));
      }
    }
  }

  @Test
  void anSvgLogoIsVectorsInTheHandoutAndAnSvgWithAPngFallbackInTheDeck() throws Exception {
    // red, twice as wide as high; the size comes from the view box alone
    Theme theme = svgLogoTheme("svg", "<?xml version=\"1.0\"?>\n<svg xmlns="
        + "\"http://www.w3.org/2000/svg\" viewBox=\"0 0 40 20\"><rect width=\"40\" height=\"20\" "
        + "fill=\"#dd0000\"/></svg>");
    Diagnostics.Collecting warnings = new Diagnostics.Collecting();
    RenderContext context = new RenderContext(theme, dir, warnings);

    ByteArrayOutputStream pptx = new ByteArrayOutputStream();
    new DeckRenderer().render(TestEvents.stress(), context, pptx);
    assertThat(warnings.warnings()).isEmpty();
    try (XMLSlideShow show = WrittenDeck.open(pptx.toByteArray())) {
      WrittenDeck.assertValidOoxml(show);
      for (XSLFSlide slide : show.getSlides()) {
        XSLFPictureShape logo = logoOf(slide);
        assertThat(logo.getPictureData().getType()).isEqualTo(PictureData.PictureType.PNG);
        assertThat(logo.getSvgImage()).isNotNull();
        assertThat(logo.getSvgImage().getType()).isEqualTo(PictureData.PictureType.SVG);
        assertThat(new String(logo.getSvgImage().getData(), StandardCharsets.UTF_8))
            .contains("#dd0000");
        assertThat(logo.getAnchor().getWidth()).isCloseTo(2 * logo.getAnchor().getHeight(),
            within(0.5));
      }
      // the fallback shows the logo: red in the top-right corner of a drawn slide
      BufferedImage drawn = draw(show.getSlides().get(1), show.getPageSize());
      assertThat(redPixels(drawn, drawn.getWidth() * 3 / 4, 0, drawn.getWidth(),
          drawn.getHeight() / 6)).isGreaterThan(20);
    }

    ByteArrayOutputStream pdf = new ByteArrayOutputStream();
    new HandoutRenderer().render(TestEvents.stress(), context, pdf);
    try (PDDocument handout = Loader.loadPDF(pdf.toByteArray())) {
      // vectors, not a picture: no image on the cover, but red where the logo is drawn
      assertThat(images(handout.getPage(0))).isZero();
      BufferedImage cover = new PDFRenderer(handout).renderImageWithDPI(0, 36);
      assertThat(redPixels(cover, 0, 0, cover.getWidth(), cover.getHeight() / 3)).isGreaterThan(20);
      BufferedImage last = new PDFRenderer(handout).renderImageWithDPI(
          handout.getNumberOfPages() - 1, 36);
      assertThat(redPixels(last, 0, 0, last.getWidth(), last.getHeight() / 8))
          .as("running header").isGreaterThan(4);
    }
  }

  @Test
  void anSvgThatWouldReadOtherFilesIsRefusedWithAWarning() throws Exception {
    Theme theme = svgLogoTheme("xxe", "<?xml version=\"1.0\"?>\n<!DOCTYPE svg ["
        + "<!ENTITY secret SYSTEM \"file:///etc/hostname\">]>\n<svg xmlns=\"http://www.w3.org/2000/svg\" "
        + "width=\"20\" height=\"10\"><text>&secret;</text></svg>");
    Diagnostics.Collecting warnings = new Diagnostics.Collecting();
    ByteArrayOutputStream pptx = new ByteArrayOutputStream();
    new DeckRenderer().render(TestEvents.event("세미나", List.of()),
        new RenderContext(theme, dir, warnings), pptx);
    assertThat(warnings.warnings()).anyMatch(w -> w.contains("logo.svg") && w.contains("entity"));
    try (XMLSlideShow show = WrittenDeck.open(pptx.toByteArray())) {
      assertThat(show.getSlides()).isNotEmpty();
      assertThat(show.getPictureData()).isEmpty();
    }
  }

  /** A theme folder holding only a theme.yaml and this logo.svg. */
  private Theme svgLogoTheme(String name, String svg) throws Exception {
    Path folder = Files.createDirectories(dir.resolve(name));
    Files.writeString(folder.resolve("logo.svg"), svg);
    Files.writeString(folder.resolve("theme.yaml"), "description: svg logo\n");
    return new ThemeLoader().load(folder);
  }

  private static BufferedImage draw(XSLFSlide slide, java.awt.Dimension size) {
    BufferedImage image = new BufferedImage(size.width, size.height, BufferedImage.TYPE_INT_RGB);
    Graphics2D g = image.createGraphics();
    g.setPaint(java.awt.Color.WHITE);
    g.fillRect(0, 0, size.width, size.height);
    slide.draw(g);
    g.dispose();
    return image;
  }

  /** Pixels of the logo's red (and nothing else is that red) in a rectangle of the picture. */
  static int redPixels(BufferedImage image, int x0, int y0, int x1, int y1) {
    int n = 0;
    for (int y = y0; y < Math.min(y1, image.getHeight()); y++) {
      for (int x = x0; x < Math.min(x1, image.getWidth()); x++) {
        int rgb = image.getRGB(x, y);
        int r = (rgb >> 16) & 0xff;
        int g = (rgb >> 8) & 0xff;
        int b = rgb & 0xff;
        if (r > 180 && g < 60 && b < 60) {
          n++;
        }
      }
    }
    return n;
  }

  private static XSLFPictureShape logoOf(XSLFSlide slide) {
    return (XSLFPictureShape) slide.getSlideLayout().getShapes().stream()
        .filter(s -> s instanceof XSLFPictureShape && "Logo".equals(s.getShapeName()))
        .findFirst().orElseThrow(() -> new AssertionError("no logo on " + slide.getSlideLayout().getName()));
  }

  private static int images(PDPage page) throws Exception {
    int n = 0;
    for (var name : page.getResources().getXObjectNames()) {
      if (page.getResources().getXObject(name) instanceof PDImageXObject) {
        n++;
      }
    }
    return n;
  }

  private static org.assertj.core.data.Offset<Double> within(double d) {
    return org.assertj.core.data.Offset.offset(d);
  }
}
