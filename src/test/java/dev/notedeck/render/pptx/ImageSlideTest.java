package dev.notedeck.render.pptx;

import static org.assertj.core.api.Assertions.assertThat;

import dev.notedeck.diagnostics.Diagnostics;
import dev.notedeck.RenderContext;
import dev.notedeck.model.Block;
import dev.notedeck.model.Event;
import dev.notedeck.model.Speaker;
import dev.notedeck.render.deck.TestEvents;
import dev.notedeck.theme.ThemeLoader;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.nio.file.Path;
import java.util.List;
import javax.imageio.ImageIO;
import org.apache.poi.xslf.usermodel.XMLSlideShow;
import org.apache.poi.xslf.usermodel.XSLFPictureShape;
import org.apache.poi.xslf.usermodel.XSLFSlide;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Pictures: scaled into the content area keeping their ratio; a missing one warns and says so. */
class ImageSlideTest {

  @TempDir
  Path dir;

  @Test
  void picturesKeepTheirRatioAndMissingOnesLeaveAPlaceholder() throws Exception {
    BufferedImage wide = new BufferedImage(1600, 400, BufferedImage.TYPE_INT_RGB);
    ImageIO.write(wide, "png", dir.resolve("wide.png").toFile());
    Event event = TestEvents.event("이미지 행사", List.of(TestEvents.talk(1, "그림 발표", null,
        List.of(new Speaker("김그림", null)), List.of(),
        TestEvents.section("아키텍처", new Block.Image("wide.png", "전체 구조도", "", 5)),
        TestEvents.section("없는 그림", new Block.Image("missing.png", "사라진 그림", "", 9)))));
    Diagnostics.Collecting warnings = new Diagnostics.Collecting();
    var theme = new ThemeLoader().load("default");
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    new DeckRenderer().render(event, new RenderContext(theme, dir, warnings), out);

    try (XMLSlideShow show = WrittenDeck.open(out.toByteArray())) {
      List<XSLFPictureShape> pictures = show.getSlides().stream().flatMap(s -> s.getShapes().stream())
          .filter(XSLFPictureShape.class::isInstance).map(XSLFPictureShape.class::cast).toList();
      assertThat(pictures).hasSize(1);
      var a = pictures.get(0).getAnchor();
      assertThat(a.getWidth() / a.getHeight()).isCloseTo(4.0, org.assertj.core.data.Offset.offset(0.01));
      WrittenDeck.assertShapesInside(show);
      assertThat(warnings.warnings()).anyMatch(w -> w.contains("missing.png"));
      XSLFSlide missing = show.getSlides().stream()
          .filter(s -> WrittenDeck.slideText(s).contains("missing.png")).findFirst().orElseThrow();
      assertThat(WrittenDeck.slideText(missing)).contains("사라진 그림");
      assertThat(WrittenDeck.slideText(show.getSlides().stream()
          .filter(s -> s.getShapes().stream().anyMatch(XSLFPictureShape.class::isInstance))
          .findFirst().orElseThrow())).contains("전체 구조도");
      WrittenDeck.assertValidOoxml(show);
    }
  }
}
