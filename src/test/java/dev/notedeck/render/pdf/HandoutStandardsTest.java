package dev.notedeck.render.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import dev.notedeck.model.Event;
import dev.notedeck.theme.Theme;
import dev.notedeck.theme.ThemeLoader;
import java.io.IOException;
import java.nio.file.Path;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The handout is tagged PDF/UA-1 and PDF/A-3u by default, plain on request. (veraPDF validates
 * the seed's handout in SeedHandoutTest; once is enough for the suite's time.)
 */
class HandoutStandardsTest {
  @TempDir static Path dir;
  static Event event;
  static Theme theme;
  static RenderedHandout tagged;

  @BeforeAll
  static void render() throws IOException {
    TestImages.png(dir.resolve("arch.png"), 1600, 900);
    event = SampleEvents.everyBlock("arch.png", "missing/none.png");
    theme = new ThemeLoader().load("default");
    tagged = RenderedHandout.render(event, theme, dir, HandoutOptions.defaults());
  }

  @Test
  void standardNoneGivesAPlainSmallerPdfWithTheSameText() throws IOException {
    RenderedHandout plain = RenderedHandout.render(event, theme, dir,
        new HandoutOptions(PdfStandard.NONE));
    try (PDDocument doc = tagged.open()) {
      assertThat(doc.getDocumentCatalog().getStructureTreeRoot()).isNotNull();
      assertThat(doc.getDocumentCatalog().getOutputIntents()).hasSize(1);
      assertThat(doc.getDocumentCatalog().getMarkInfo().isMarked()).isTrue();
    }
    assertThat(plain.pdf.length).isLessThan(tagged.pdf.length);
    // Same text in the same order; line wrapping may differ (tagged mode measures text in
    // its own way, so a long title or URL can wrap one word or character earlier).
    // Page breaks may move too, so running header and footer lines are left out.
    assertThat(body(plain)).isEqualTo(body(tagged));
    try (PDDocument doc = plain.open()) {
      assertThat(doc.getDocumentCatalog().getStructureTreeRoot()).isNull();
      assertThat(doc.getDocumentCatalog().getOutputIntents()).isEmpty();
      assertThat(doc.getDocumentInformation().getTitle()).isEqualTo(event.title());
    }
  }

  @Test
  void parsesTheCommandLineNames() {
    assertThat(PdfStandard.parse("none")).isEqualTo(PdfStandard.NONE);
    assertThat(PdfStandard.parse("UA")).isEqualTo(PdfStandard.UA1_A3U);
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> PdfStandard.parse("pdf/x"))
        .isInstanceOf(dev.notedeck.NotedeckException.class).hasMessageContaining("ua, none");
  }

  /** The text of all pages without running header and footer lines, without whitespace. */
  private static String body(RenderedHandout handout) {
    StringBuilder sb = new StringBuilder();
    for (int p = 0; p < handout.pageTexts.size(); p++) {
      java.util.List<String> lines = handout.pageTexts.get(p).lines().toList();
      sb.append(String.join("", lines.subList(p == 0 ? 0 : 1, lines.size() - 1)));
    }
    return sb.toString().replaceAll("\\s+", "");
  }
}
