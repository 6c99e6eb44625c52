package dev.notedeck.authoring;

import static org.assertj.core.api.Assertions.assertThat;

import dev.notedeck.diagnostics.Diagnostics;
import dev.notedeck.RenderContext;
import dev.notedeck.model.Event;
import dev.notedeck.parse.NotesParser;
import dev.notedeck.render.pptx.DeckRenderer;
import dev.notedeck.theme.ThemeLoader;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.file.Path;
import java.util.List;
import org.apache.poi.xslf.usermodel.XMLSlideShow;
import org.apache.poi.xslf.usermodel.XSLFSlide;
import org.apache.poi.xslf.usermodel.XSLFTextRun;
import org.apache.poi.xslf.usermodel.XSLFTextShape;
import org.junit.jupiter.api.Test;

/** A heading's {layout="…"} and {.big}/{.cards} pick how its slides look; unknown names warn. */
class SlideLayoutAttributeTest {

  static final String NOTES = """
      # Layouts

      ## 1. Layouts - Jane Park
      ### Plain
      Ship small, ship often

      ### Big {.big}
      Ship small, ship often

      ### Two {layout="Two Content"}
      * left

      ### Cards {.cards}
      * one

      ### Unknown {layout="Fancy Layout"}
      * text
      """;

  @Test
  void layoutsFollowTheHeadingAndAnUnknownNameWarnsWithFileAndLine() throws Exception {
    Path file = Path.of("layouts.md");
    Event event = new NotesParser().parse(NOTES, file);
    Diagnostics.Collecting warnings = new Diagnostics.Collecting();
    RenderContext context = new RenderContext(new ThemeLoader().load("default"), Path.of("."), warnings);
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    new DeckRenderer().render(event, context, out);
    try (XMLSlideShow show = new XMLSlideShow(new ByteArrayInputStream(out.toByteArray()))) {
      List<XSLFSlide> slides = show.getSlides();
      assertThat(layoutOf(slides, "Two")).isEqualTo("Two Content");
      assertThat(layoutOf(slides, "Cards")).isEqualTo("Two Content");
      assertThat(layoutOf(slides, "Unknown")).isEqualTo("Title and Content");
      assertThat(largestSize(slides, "Big", "Ship small"))
          .isGreaterThan(largestSize(slides, "Plain", "Ship small") * 1.3);
    }
    assertThat(warnings.warnings()).anySatisfy(w -> assertThat(w)
        .startsWith("layouts.md:16: ").contains("\"Fancy Layout\"").contains("Two Content"));
  }

  private static XSLFSlide slide(List<XSLFSlide> slides, String title) {
    return slides.stream().filter(s -> s.getShapes().stream().anyMatch(sh -> sh instanceof XSLFTextShape t
        && t.getText().strip().equals(title))).findFirst().orElseThrow();
  }

  private static String layoutOf(List<XSLFSlide> slides, String title) {
    return slide(slides, title).getSlideLayout().getName();
  }

  private static double largestSize(List<XSLFSlide> slides, String title, String text) {
    double max = 0;
    for (var shape : slide(slides, title).getShapes()) {
      if (shape instanceof XSLFTextShape t && t.getText().contains(text)) {
        for (var p : t.getTextParagraphs()) {
          for (XSLFTextRun r : p.getTextRuns()) {
            max = Math.max(max, r.getFontSize() == null ? 0 : r.getFontSize());
          }
        }
      }
    }
    return max;
  }
}
