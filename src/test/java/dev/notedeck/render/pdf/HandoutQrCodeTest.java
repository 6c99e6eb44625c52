package dev.notedeck.render.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import dev.notedeck.model.Event;
import dev.notedeck.parse.NotesParser;
import dev.notedeck.theme.Theme;
import dev.notedeck.theme.ThemeLoader;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureElement;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureNode;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Each link note of the printed handout carries a QR code a phone can open; a theme turns it off. */
class HandoutQrCodeTest {
  static final String SLIDES = "https://example.com/slides/2024/발표자료?page=3";
  static final String REPO = "https://github.com/example/notedeck-demo";
  static final String NOTES = """
      # QR 시험 행사

      ## 1. 링크가 있는 발표 - 김하늘 ( 회사 )
      ### 자료
      * [발표 자료](%s) 를 참고하세요
      * 예제 코드는 [저장소](%s) 에 있습니다
      * 본문에 그대로 쓴 주소는 각주가 없습니다: https://example.org/plain
      """.formatted(SLIDES, REPO);

  @TempDir static Path dir;
  static Event event;

  @BeforeAll
  static void parse() {
    event = new NotesParser().parse(NOTES, dir.resolve("qr.md"));
  }

  @Test
  void everyLinkNoteHasAQrCodeThatDecodesToItsAddress() throws IOException {
    RenderedHandout handout = RenderedHandout.render(event, new ThemeLoader().load("default"), dir,
        HandoutOptions.defaults());
    int page = handout.firstPageWithLines(1, "링크");
    try (PDDocument doc = handout.open()) {
      assertThat(PageQrCodes.decode(doc, page - 1)).containsExactlyInAnyOrder(SLIDES, REPO);
      // tagged as figures that say what they are, so PDF/UA readers announce them
      assertThat(figureAlts(doc)).containsExactlyInAnyOrder(
          QrDrawing.altText(SLIDES), QrDrawing.altText(REPO));
    }
    assertThat(handout.allText()).contains(REPO);
  }

  @Test
  void themeKeyLinksQrFalseLeavesTheNotesWithoutCodes() throws IOException {
    Path theme = dir.resolve("no-qr");
    Files.createDirectories(theme);
    Files.writeString(theme.resolve("theme.yaml"), "links:\n  qr: false\n");
    Theme noQr = new ThemeLoader().load(theme.toString());
    assertThat(noQr.links().qr()).isFalse();
    RenderedHandout handout = RenderedHandout.render(event, noQr, dir, HandoutOptions.defaults());
    int page = handout.firstPageWithLines(1, "링크");
    try (PDDocument doc = handout.open()) {
      assertThat(PageQrCodes.decode(doc, page - 1)).isEmpty();
      assertThat(figureAlts(doc)).isEmpty();
    }
    assertThat(handout.allText()).contains(SLIDES, REPO);
  }

  @Test
  void largerAddressesGetALargerSquareWithinPrintableBounds() {
    String shortUrl = "https://ex.com/a";
    String longUrl = "https://example.com/" + "very-long-path-segment/".repeat(12);
    assertThat(QrDrawing.sideMm(shortUrl)).isGreaterThanOrEqualTo(13);
    assertThat(QrDrawing.sideMm(longUrl)).isGreaterThan(QrDrawing.sideMm(shortUrl))
        .isLessThanOrEqualTo(24);
    // a module never prints smaller than a quarter millimetre
    assertThat(QrDrawing.sideMm(longUrl) / QrCode.of(longUrl).span()).isGreaterThan(0.25);
  }

  private static List<String> figureAlts(PDDocument doc) {
    List<String> alts = new ArrayList<>();
    collectFigures(doc.getDocumentCatalog().getStructureTreeRoot(), alts);
    return alts;
  }

  private static void collectFigures(PDStructureNode node, List<String> alts) {
    if (node == null) {
      return;
    }
    for (Object kid : node.getKids()) {
      if (kid instanceof PDStructureElement e) {
        if ("Figure".equals(e.getStructureType())) {
          alts.add(e.getAlternateDescription());
        }
        collectFigures(e, alts);
      }
    }
  }
}
