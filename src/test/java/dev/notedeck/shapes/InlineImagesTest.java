package dev.notedeck.shapes;

import static org.assertj.core.api.Assertions.assertThat;

import dev.notedeck.RenderContext;
import dev.notedeck.diagnostics.Diagnostics;
import dev.notedeck.model.Event;
import dev.notedeck.parse.NotesReader;
import dev.notedeck.render.pdf.HandoutRenderer;
import dev.notedeck.render.pptx.DeckRenderer;
import dev.notedeck.theme.ThemeLoader;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.imageio.ImageIO;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.poi.xslf.usermodel.XMLSlideShow;
import org.apache.poi.xslf.usermodel.XSLFPictureShape;
import org.apache.poi.xslf.usermodel.XSLFSlide;
import org.apache.poi.xslf.usermodel.XSLFTextShape;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 13, nothing lost in silence: an image anywhere inline (among a paragraph's text, on the
 * line after a bullet, inside a list item, next to {@code <br>}) is placed in both outputs; one
 * that cannot be shown warns once with file:line and is named in the text, never a slide of its
 * own. Inputs written for this test.
 */
class InlineImagesTest {

  static final String NOTES = """
      # 그림 모임

      ## 1. 그림 이야기 - 김하늘
      ### 구조
      * 첫 항목 ![항목 그림](a.png)
      * 둘째 항목
      ![줄 다음 그림](b.png)

      글 한 줄<br>![줄바꿈 옆 그림](c.png)

      구조는 ![문단 속 그림](d.png) 이렇다

      * 없는 그림 항목 ![없는 그림](missing.png)

      ![원격 그림](https://example.com/e.png)
      """;

  @TempDir
  Path dir;

  @Test
  void everyInlineImageIsPlacedAndEveryMissingOneWarnsOnceAndIsNamedInTheText() throws Exception {
    int width = 400;
    for (String name : List.of("a", "b", "c", "d")) {
      // of different sizes, so no output can take two for one
      ImageIO.write(new BufferedImage(width, 300, BufferedImage.TYPE_INT_RGB), "png", dir.resolve(name + ".png").toFile());
      width += 40;
    }
    Path notes = Files.writeString(dir.resolve("images.md"), NOTES);
    Event event = new NotesReader().read(notes).event();
    Diagnostics.Collecting warnings = new Diagnostics.Collecting();
    RenderContext context = new RenderContext(new ThemeLoader().load("default"), dir, warnings);

    ByteArrayOutputStream pdf = new ByteArrayOutputStream();
    new HandoutRenderer().render(event, context, pdf);
    ByteArrayOutputStream pptx = new ByteArrayOutputStream();
    new DeckRenderer().render(event, context, pptx);

    try (PDDocument doc = Loader.loadPDF(pdf.toByteArray())) {
      int images = 0;
      for (PDPage page : doc.getPages()) {
        for (COSName name : page.getResources().getXObjectNames()) {
          if (page.getResources().getXObject(name) instanceof PDImageXObject) {
            images++;
          }
        }
      }
      assertThat(images).as("a, b, c and d in the handout").isEqualTo(4);
    }
    List<String> slides = new ArrayList<>();
    int pictures = 0;
    try (XMLSlideShow show = new XMLSlideShow(new ByteArrayInputStream(pptx.toByteArray()))) {
      for (XSLFSlide slide : show.getSlides()) {
        pictures += (int) slide.getShapes().stream().filter(XSLFPictureShape.class::isInstance).count();
        StringBuilder text = new StringBuilder();
        slide.getShapes().stream().filter(XSLFTextShape.class::isInstance)
            .forEach(s -> text.append(((XSLFTextShape) s).getText()).append('\n'));
        slides.add(text.toString());
      }
    }
    assertThat(pictures).as("a, b, c and d in the deck").isEqualTo(4);
    // what cannot be shown: one warning each, with file and line
    assertThat(warnings.warnings()).filteredOn(w -> w.contains("missing.png")).hasSize(1)
        .allMatch(w -> w.contains("images.md:13"));
    assertThat(warnings.warnings()).filteredOn(w -> w.contains("example.com/e.png")).hasSize(1)
        .allMatch(w -> w.contains("images.md:15"));
    // ... named beside the text it stands in, not given a placeholder slide of its own
    String remote = slides.stream().filter(s -> s.contains("https://example.com/e.png")).findFirst().orElseThrow();
    assertThat(remote).contains("없는 그림 항목");
    assertThat(slides.stream().filter(s -> s.contains("missing.png")).findFirst().orElseThrow()).contains("없는 그림 항목");
  }
}
