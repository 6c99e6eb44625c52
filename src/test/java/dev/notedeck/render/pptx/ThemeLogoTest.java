package dev.notedeck.render.pptx;

import static org.assertj.core.api.Assertions.assertThat;

import dev.notedeck.diagnostics.Diagnostics;
import dev.notedeck.RenderContext;
import dev.notedeck.render.deck.TestEvents;
import dev.notedeck.render.pdf.HandoutRenderer;
import dev.notedeck.resource.TestImages;
import dev.notedeck.theme.Theme;
import dev.notedeck.theme.ThemeLoader;
import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
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
  void anSvgLogoIsSkippedWithAWarningAndTheDeckStillBuilds() throws Exception {
    Path folder = Files.createDirectories(dir.resolve("svg"));
    Files.writeString(folder.resolve("logo.svg"), "<svg xmlns=\"http://www.w3.org/2000/svg\" "
        + "width=\"20\" height=\"10\"><rect width=\"20\" height=\"10\" fill=\"#c00\"/></svg>");
    Files.writeString(folder.resolve("theme.yaml"), "description: svg logo\n");
    Theme theme = new ThemeLoader().load(folder);
    Diagnostics.Collecting warnings = new Diagnostics.Collecting();
    ByteArrayOutputStream pptx = new ByteArrayOutputStream();
    new DeckRenderer().render(TestEvents.event("세미나", List.of()),
        new RenderContext(theme, dir, warnings), pptx);
    assertThat(warnings.warnings()).anyMatch(w -> w.contains("logo.svg") && w.contains("SVG"));
    try (XMLSlideShow show = WrittenDeck.open(pptx.toByteArray())) {
      assertThat(show.getSlides()).isNotEmpty();
    }
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
