package dev.notedeck.render.slidespdf;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.notedeck.diagnostics.Diagnostics;
import dev.notedeck.NotedeckException;
import dev.notedeck.RenderContext;
import dev.notedeck.model.Event;
import dev.notedeck.parse.NotesParser;
import dev.notedeck.render.deck.Deck;
import dev.notedeck.render.deck.DeckFonts;
import dev.notedeck.render.deck.Para;
import dev.notedeck.render.deck.SlideSpec;
import dev.notedeck.render.deck.TextMeasurer;
import dev.notedeck.render.pdf.PageQrCodes;
import dev.notedeck.render.pdf.PdfStandard;
import dev.notedeck.render.pdf.VeraPdf;
import dev.notedeck.render.pptx.DeckRenderer;
import dev.notedeck.theme.Theme;
import dev.notedeck.theme.ThemeLoader;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineItem;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.verapdf.pdfa.flavours.PDFAFlavour;

/** The slides handout of a small deck, read back with PDFBox, ZXing and veraPDF. */
class SlidesHandoutTest {
  static final String LINK = "https://example.com/자료/slides?talk=2";
  static final String NOTES = """
      # 슬라이드 인쇄 시험

      ## 1. 첫 번째 발표 - 김하늘 ( 노트덱 )
      ### 배경
      * 발표자가 인쇄해 달라고 하는 것은 노트가 곁에 있는 슬라이드입니다
      * 한글 줄바꿈은 어절 단위로 유지되어야 하며 긴 문장은 다음 줄로 넘어갑니다 그리고 이 문장은 충분히 길어서 적어도 한 번은 줄이 바뀝니다
      ### 자료
      * [발표 자료](%s) 를 휴대폰으로 여세요

      ### 장단점
      :::: columns
      ::: column
      * 빠른 빌드
      :::
      ::: column
      * 느린 첫 시작
      :::
      ::::

      ::: notes
      여기서 청중에게 써 본 적이 있는지 묻기
      :::

      ## 2. 두 번째 발표 - 박서준 ( 회사 )
      ### 코드
      ```java
      int answer = 42; // 정답
      ```
      ### 표
      이름 | 값
      --- | ---
      사과 | 3
      배 | 5
      """.formatted(LINK);

  @TempDir static Path dir;
  static Event event;
  static Theme theme;
  static RenderContext context;
  static Deck deck;
  static byte[] onePerPage;
  static final dev.notedeck.render.deck.DeckOptions.Override FULL =
      new dev.notedeck.render.deck.DeckOptions.Override(dev.notedeck.render.deck.DeckOptions.Mode.FULL, null, null, null);

  @BeforeAll
  static void plan() throws IOException {
    event = new NotesParser().parse(NOTES, dir.resolve("print.md"));
    theme = new ThemeLoader().load("default");
    context = new RenderContext(theme, dir, Diagnostics.silent());
    // one slide run per section (--deck full): the checks below look for bullet slides, which a
    // recap of these short sections would put together as cards
    deck = new DeckRenderer().plan(event, context, FULL);
    onePerPage = render(1, PdfStandard.UA1_A3U);
  }

  static byte[] render(int perPage, PdfStandard standard) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    new SlidesHandoutRenderer(new SlidesHandoutOptions(perPage, standard))
        .render(event, deck, context, out);
    return out.toByteArray();
  }

  @Test
  void pagesHoldTheChosenNumberOfSlides() throws IOException {
    int slides = deck.slides().size();
    assertThat(slides).isGreaterThan(6);
    assertThat(pages(onePerPage)).isEqualTo(slides);
    assertThat(pages(render(3, PdfStandard.NONE))).isEqualTo((slides + 2) / 3);
    assertThat(pages(render(6, PdfStandard.NONE))).isEqualTo((slides + 5) / 6);
  }

  @Test
  void everySlideLineIsTextOnItsPageBrokenAsThePlannerBrokeIt() throws IOException {
    TextMeasurer measurer = new TextMeasurer(DeckFonts.of(theme));
    try (PDDocument doc = Loader.loadPDF(onePerPage)) {
      for (int i = 0; i < deck.slides().size(); i++) {
        SlideSpec spec = deck.slides().get(i);
        List<String> pageLines = lines(doc, i + 1);
        for (String line : slideLines(spec, measurer)) {
          if (sideBySide(spec)) {
            // frames side by side share a line of extracted text: each line is a piece of one
            assertThat(pageLines).as("slide %d", i + 1).anyMatch(l -> l.contains(line));
          } else {
            assertThat(pageLines).as("slide %d", i + 1).contains(line);
          }
        }
        // the speaker notes are there too, under the slide (wrapped to the notes' width)
        if (i == 0 || !spec.notes().equals(deck.slides().get(i - 1).notes())) {
          assertThat(String.join("", pageLines).replaceAll("\\s+", "")).as("notes of slide %d", i + 1)
              .contains(spec.notes().replaceAll("\\s+", ""));
        }
      }
    }
  }

  @Test
  void theKoreanBulletWrapsAtTheSameWordAsInTheDeck() throws IOException {
    TextMeasurer measurer = new TextMeasurer(DeckFonts.of(theme));
    SlideSpec.BulletSlide slide = deck.slides().stream()
        .filter(s -> s instanceof SlideSpec.BulletSlide b && b.body().plainText().contains("어절"))
        .map(s -> (SlideSpec.BulletSlide) s).findFirst().orElseThrow();
    Para para = slide.body().paras().stream().filter(p -> p.plainText().contains("어절"))
        .findFirst().orElseThrow();
    List<TextMeasurer.Line> wrapped = measurer.linesAsSet(para, slide.body().innerWidth());
    assertThat(wrapped).hasSizeGreaterThan(1);
    int page = deck.slides().indexOf(slide) + 1;
    try (PDDocument doc = Loader.loadPDF(onePerPage)) {
      List<String> pageLines = lines(doc, page);
      String text = para.plainText();
      // the bullet and the text of the first line, then each further line alone
      assertThat(pageLines).contains(para.bullet() + " "
          + text.substring(wrapped.get(0).start(), wrapped.get(0).end()).strip());
      for (TextMeasurer.Line l : wrapped.subList(1, wrapped.size())) {
        assertThat(pageLines).contains(text.substring(l.start(), l.end()).strip());
      }
    }
  }

  @Test
  void aLinkOnASlideGetsANoteWithAQrCodeUnderIt() throws IOException {
    int slide = indexOf("휴대폰") + 1;
    try (PDDocument doc = Loader.loadPDF(onePerPage)) {
      assertThat(PageQrCodes.decode(doc, slide - 1)).containsExactly(LINK);
      assertThat(lines(doc, slide).stream().map(l -> l.replaceAll("\\s+", " ")))
          .contains("1. " + LINK);
      assertThat(PageQrCodes.decode(doc, 0)).isEmpty();
    }
  }

  @Test
  void fontsAreEmbeddedBookmarksNameEachTalkAndRebuildsAreIdentical() throws IOException {
    try (PDDocument doc = Loader.loadPDF(onePerPage)) {
      for (int i = 0; i < doc.getNumberOfPages(); i++) {
        var resources = doc.getPage(i).getResources();
        for (var name : resources.getFontNames()) {
          PDFont font = resources.getFont(name);
          assertThat(font.isEmbedded()).as(font.getName()).isTrue();
        }
      }
      List<String> bookmarks = new ArrayList<>();
      for (PDOutlineItem item : doc.getDocumentCatalog().getDocumentOutline().children()) {
        bookmarks.add(item.getTitle());
      }
      assertThat(bookmarks).containsExactly(event.title(), "01. 첫 번째 발표", "02. 두 번째 발표");
      // A4 by the default theme
      assertThat(doc.getPage(0).getMediaBox().getWidth()).isCloseTo(595.3f,
          org.assertj.core.data.Offset.offset(0.5f));
      // every page: the event title above, "page / pages" below
      int pages = doc.getNumberOfPages();
      for (int page = 1; page <= pages; page++) {
        List<String> lines = lines(doc, page).stream().filter(l -> !l.isEmpty()).toList();
        assertThat(lines.get(0)).as("header of page %d", page).isEqualTo(event.title());
        assertThat(lines.get(lines.size() - 1)).as("footer of page %d", page).isEqualTo(page + " / " + pages);
      }
    }
    assertThat(render(1, PdfStandard.UA1_A3U)).isEqualTo(onePerPage);
  }

  @Test
  void passesVeraPdfForPdfUa1AndPdfA3u() throws Exception {
    byte[] three = render(3, PdfStandard.UA1_A3U);
    assertThat(VeraPdf.violations(three, PDFAFlavour.PDFUA_1)).isEmpty();
    assertThat(VeraPdf.violations(three, PDFAFlavour.PDFA_3_U)).isEmpty();
  }

  @Test
  void theColumnsSlideShowsBothColumnsAndItsAuthoredNotes() throws IOException {
    SlideSpec columns = deck.slides().stream().filter(SlideSpec.ColumnsSlide.class::isInstance)
        .findFirst().orElseThrow();
    int page = deck.slides().indexOf(columns) + 1;
    try (PDDocument doc = Loader.loadPDF(onePerPage)) {
      List<String> pageLines = lines(doc, page);
      assertThat(String.join("\n", pageLines)).contains("빠른 빌드", "느린 첫 시작",
          "여기서 청중에게 써 본 적이 있는지 묻기");
    }
  }

  @Test
  void aSlideWithoutNotesGetsRuledLinesToWriteOn() throws IOException {
    SlideSpec.BulletSlide any = deck.slides().stream().filter(SlideSpec.BulletSlide.class::isInstance)
        .map(SlideSpec.BulletSlide.class::cast).findFirst().orElseThrow();
    SlideSpec.BulletSlide silent = new SlideSpec.BulletSlide(any.title(), any.body(), "", any.page());
    Deck one = new Deck(deck.info(), deck.frames(), List.of(silent, any));
    for (int perPage : new int[] {1, 3, 6}) {
      String xhtml = new SlidesHandoutRenderer(new SlidesHandoutOptions(perPage, PdfStandard.NONE))
          .xhtml(event, one, context);
      // one block of rules, in the cell of the slide that has no notes (the first)
      assertThat(xhtml.split("class=\"ruled\"", -1)).as("%d per page", perPage).hasSize(2);
      assertThat(xhtml.indexOf("class=\"ruled\"")).isLessThan(xhtml.indexOf("class=\"notes-text\""));
    }
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    new SlidesHandoutRenderer(new SlidesHandoutOptions(3, PdfStandard.NONE)).render(event, one, context, out);
    try (PDDocument doc = Loader.loadPDF(out.toByteArray())) {
      // the rules are drawn lines, not text: the page holds the other slide's notes only once
      String text = new PDFTextStripper().getText(doc).replaceAll("\\s+", "");
      String notes = any.notes().replaceAll("\\s+", "");
      assertThat(text.indexOf(notes)).isGreaterThanOrEqualTo(0);
      assertThat(text.indexOf(notes)).isEqualTo(text.lastIndexOf(notes));
      java.awt.image.BufferedImage page = new org.apache.pdfbox.rendering.PDFRenderer(doc)
          .renderImageWithDPI(0, 50);
      assertThat(grayRows(page, page.getWidth() * 6 / 10, page.getWidth() - 40, 0, page.getHeight() / 3))
          .as("ruled lines beside the first slide").isGreaterThanOrEqualTo(5);
    }
  }

  /** Rows between y0 and y1 where most pixels from x0 to x1 are neither white nor black text. */
  private static int grayRows(java.awt.image.BufferedImage img, int x0, int x1, int y0, int y1) {
    int rows = 0;
    for (int y = y0; y < y1; y++) {
      int marked = 0;
      for (int x = x0; x < x1; x++) {
        int rgb = img.getRGB(x, y) & 0xFFFFFF;
        if (rgb != 0xFFFFFF) {
          marked++;
        }
      }
      if (marked > (x1 - x0) * 0.8) {
        rows++;
      }
    }
    return rows;
  }

  @Test
  void themeKeyLinksQrFalseKeepsTheLinkNoteWithoutACode() throws IOException {
    Path folder = dir.resolve("no-qr");
    java.nio.file.Files.createDirectories(folder);
    java.nio.file.Files.writeString(folder.resolve("theme.yaml"), "links:\n  qr: false\n");
    Theme noQr = new ThemeLoader().load(folder.toString());
    RenderContext plain = new RenderContext(noQr, dir, Diagnostics.silent());
    Deck planned = new DeckRenderer().plan(event, plain, FULL);
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    new SlidesHandoutRenderer(new SlidesHandoutOptions(1, PdfStandard.NONE)).render(event, planned, plain, out);
    int slide = indexOf("휴대폰") + 1;
    try (PDDocument doc = Loader.loadPDF(out.toByteArray())) {
      assertThat(PageQrCodes.decode(doc, slide - 1)).isEmpty();
      assertThat(lines(doc, slide).stream().map(l -> l.replaceAll("\\s+", " ")))
          .contains("1. " + LINK);
    }
  }

  @Test
  void theThemesPaperSizeIsTheSheetsSize() throws IOException {
    Path folder = dir.resolve("letter");
    java.nio.file.Files.createDirectories(folder);
    java.nio.file.Files.writeString(folder.resolve("theme.yaml"), "page:\n  paper: Letter\n");
    RenderContext letter = new RenderContext(new ThemeLoader().load(folder.toString()), dir,
        Diagnostics.silent());
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    new SlidesHandoutRenderer(new SlidesHandoutOptions(3, PdfStandard.NONE))
        .render(event, new DeckRenderer().plan(event, letter), letter, out);
    try (PDDocument doc = Loader.loadPDF(out.toByteArray())) {
      for (int i = 0; i < doc.getNumberOfPages(); i++) {
        assertThat(doc.getPage(i).getMediaBox().getWidth()).isCloseTo(612f,
            org.assertj.core.data.Offset.offset(0.5f));
        assertThat(doc.getPage(i).getMediaBox().getHeight()).isCloseTo(792f,
            org.assertj.core.data.Offset.offset(0.5f));
      }
    }
  }

  @Test
  void taggedLikeTheMainHandoutOnlyWhenItIs() throws IOException {
    try (PDDocument tagged = Loader.loadPDF(onePerPage);
        PDDocument plain = Loader.loadPDF(render(1, PdfStandard.NONE))) {
      var catalog = tagged.getDocumentCatalog();
      assertThat(catalog.getStructureTreeRoot()).isNotNull();
      assertThat(catalog.getMarkInfo().isMarked()).isTrue();
      assertThat(catalog.getLanguage()).isEqualTo("ko");
      assertThat(plain.getDocumentCatalog().getStructureTreeRoot()).isNull();
      // text the same either way
      assertThat(new PDFTextStripper().getText(plain)).isEqualTo(new PDFTextStripper().getText(tagged));
    }
  }

  @Test
  void notesRepeatedOnAContinuedSlideArePrintedOnceAndPointedTo() throws IOException {
    StringBuilder list = new StringBuilder("# 긴 목록\n\n## 1. 발표 - 김하늘 ( 회사 )\n\n### 많은 요점\n\n");
    for (int i = 1; i <= 30; i++) {
      list.append("* 요점 ").append(i).append("번은 한 줄을 채울 만큼 충분히 긴 문장입니다\n");
    }
    Event long_ = new NotesParser().parse(list.toString(), dir.resolve("long.md"));
    Deck planned = new DeckRenderer().plan(long_, context);
    List<SlideSpec> slides = planned.slides();
    int first = -1;
    for (int i = 1; i < slides.size(); i++) {
      if (!slides.get(i).notes().isBlank() && slides.get(i).notes().equals(slides.get(i - 1).notes())) {
        first = i - 1;
        break;
      }
    }
    assertThat(first).as("a list long enough to continue with the same notes").isGreaterThanOrEqualTo(0);
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    new SlidesHandoutRenderer(new SlidesHandoutOptions(1, PdfStandard.NONE)).render(long_, planned, context, out);
    try (PDDocument doc = Loader.loadPDF(out.toByteArray())) {
      String all = new PDFTextStripper().getText(doc);
      String marker = "요점 30번은";
      // in every thumbnail that shows it, and once in the notes
      long onSlides = slides.stream().filter(sl -> sl.frames().stream()
          .anyMatch(f -> f.plainText().contains(marker))).count();
      assertThat(all.split(marker, -1).length - 1).isEqualTo((int) onSlides + 1);
      List<String> next = lines(doc, first + 2);
      assertThat(next).contains("발표자 노트 (" + (first + 1) + ")");
    }
  }

  @Test
  void theThemesLogoAndBackgroundAreOnTheThumbnailsAsOnTheSlidesAndStillPdfUa() throws Exception {
    Path folder = dir.resolve("brand");
    java.nio.file.Files.createDirectories(folder);
    java.nio.file.Files.write(folder.resolve("logo.png"), dev.notedeck.resource.TestImages.png(200, 100));
    java.nio.file.Files.write(folder.resolve("background.jpg"), dev.notedeck.resource.TestImages.jpeg(160, 90));
    java.nio.file.Files.writeString(folder.resolve("theme.yaml"), "logo:\n  corner: bottom-left\n");
    RenderContext branded = new RenderContext(new ThemeLoader().load(folder), dir, Diagnostics.silent());
    Deck planned = new DeckRenderer().plan(event, branded);
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    new SlidesHandoutRenderer(new SlidesHandoutOptions(1, PdfStandard.UA1_A3U)).render(event, planned, branded, out);
    try (PDDocument doc = Loader.loadPDF(out.toByteArray())) {
      for (int i = 0; i < doc.getNumberOfPages(); i++) {
        // each slide: its background and its logo (a QR code is drawn as vectors, not a picture)
        assertThat(imagesDrawn(doc, i)).as("page %d", i + 1).isGreaterThanOrEqualTo(2);
      }
    }
    assertThat(VeraPdf.violations(out.toByteArray(), PDFAFlavour.PDFUA_1)).isEmpty();
  }

  /** Pictures drawn on a page, counted from its content stream. */
  private static int imagesDrawn(PDDocument doc, int page) throws IOException {
    int[] count = {0};
    new org.apache.pdfbox.contentstream.PDFStreamEngine() {
      @Override
      protected void processOperator(org.apache.pdfbox.contentstream.operator.Operator operator,
          List<org.apache.pdfbox.cos.COSBase> operands) throws IOException {
        if ("Do".equals(operator.getName()) && !operands.isEmpty()
            && operands.get(0) instanceof org.apache.pdfbox.cos.COSName name
            && getResources().getXObject(name)
                instanceof org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject) {
          count[0]++;
        }
        super.processOperator(operator, operands);
      }
    }.processPage(doc.getPage(page));
    return count[0];
  }

  @Test
  void perPageOffersOneTwoThreeFourOrSix() {
    for (int n : new int[] {1, 2, 3, 4, 6}) {
      assertThat(new SlidesHandoutOptions(n, null).perPage()).isEqualTo(n);
    }
    assertThatThrownBy(() -> new SlidesHandoutOptions(5, null))
        .isInstanceOf(NotedeckException.class).hasMessageContaining("1, 2, 3, 4, 6");
  }

  /** Each line the planner set on the slide, as text extraction gives it back. */
  private static List<String> slideLines(SlideSpec spec, TextMeasurer measurer) {
    List<String> out = new ArrayList<>();
    for (var frame : spec.frames()) {
      for (Para p : frame.paras()) {
        String text = p.plainText();
        List<TextMeasurer.Line> lines = measurer.linesAsSet(p, frame.innerWidth());
        for (int i = 0; i < lines.size(); i++) {
          String line = text.substring(lines.get(i).start(), lines.get(i).end()).strip();
          if (line.isEmpty()) {
            continue;
          }
          if (i == 0 && p.hasMarker()) {
            line = (p.number() > 0 ? p.number() + "." : p.bullet()) + " " + line;
          }
          out.add(line);
        }
      }
    }
    return out;
  }

  private static boolean sideBySide(SlideSpec spec) {
    return spec instanceof SlideSpec.ColumnsSlide || spec instanceof SlideSpec.CardsSlide;
  }

  private static int indexOf(String text) {
    for (int i = 0; i < deck.slides().size(); i++) {
      if (deck.slides().get(i).notes().contains(text)) {
        return i;
      }
    }
    throw new AssertionError("no slide with " + text);
  }

  private static int pages(byte[] pdf) throws IOException {
    try (PDDocument doc = Loader.loadPDF(pdf)) {
      return doc.getNumberOfPages();
    }
  }

  private static List<String> lines(PDDocument doc, int page) throws IOException {
    PDFTextStripper stripper = new PDFTextStripper();
    stripper.setSortByPosition(true);
    stripper.setStartPage(page);
    stripper.setEndPage(page);
    return stripper.getText(doc).lines().map(String::strip).toList();
  }
}
