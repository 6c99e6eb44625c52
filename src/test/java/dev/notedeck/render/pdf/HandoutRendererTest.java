package dev.notedeck.render.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import dev.notedeck.model.Part;
import dev.notedeck.model.Section;
import dev.notedeck.model.Speaker;
import dev.notedeck.model.Talk;
import dev.notedeck.theme.ThemeLoader;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.interactive.action.PDActionURI;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotation;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationLink;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineItem;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The handout of a hand-built event that uses every block type, read back with PDFBox. */
class HandoutRendererTest {
  @TempDir static Path dir;
  static RenderedHandout handout;

  @BeforeAll
  static void render() throws IOException {
    TestImages.png(dir.resolve("arch.png"), 1600, 900);
    handout = RenderedHandout.render(SampleEvents.everyBlock("arch.png", "missing/none.png"),
        new ThemeLoader().load("default"), dir, HandoutOptions.defaults());
  }

  @Test
  void everyTalkTitleAndSpeakerIsInTheText() {
    String text = handout.allText();
    for (Talk talk : handout.event.talks()) {
      assertThat(text).contains(talk.title());
      for (Speaker s : talk.speakers()) {
        assertThat(text).contains(s.name());
        if (s.affiliation() != null) {
          assertThat(text).contains(s.affiliation());
        }
      }
    }
  }

  @Test
  void coverShowsTitleInfoTableAndIntro() {
    String cover = handout.pageTexts.get(0);
    assertThat(cover).contains("Google Cloud Next Extended", "일시", "2019.04.27.(토) 11:00 ~ 18:00",
        "양재at센터", "https://festa.io/events/256", "구글 클라우드 행사 정리 노트");
  }

  @Test
  void paragraphLineBreaksAndInlineTextComeBackExactly() {
    String text = handout.allText();
    assertThat(text).contains("많은 구글 서비스. 무엇을 쓸까?\n정말 다양한데.. 문제가 많다.\n"
        + "클라우드보다 내 옆에서 쓸 수 있는 워크스테이션이 짱!");
    assertThat(text).contains("굵게, 기울임, select 1, 취소선 그리고 <태그> & \"따옴표\"");
    assertThat(text).contains("넷째 수준 항목입니다", "linear_reg", "수치 예측",
        "데이터 넣으면 다 된다는 그것");
    assertThat(text).contains("step_70 = rows[70] * 2  # 단계 70", "after a tab");
    assertThat(text).doesNotContain("\t", "\u0000");
    assertThat(text).contains("IFNULL(device.operatingSystem, \"\") AS os",
        "System.out.println(\"안녕하세요 \" + 42); // 출력");
  }

  @Test
  void eachPartStartsOnTheContentsPageNumberAndTheLinkGoesThere() throws IOException {
    List<Part> parts = handout.event.parts();
    List<Integer> starts = new ArrayList<>();
    for (Part part : parts) {
      int page = part instanceof Talk t
          ? handout.firstPageWithLines(2, HandoutXhtml.number(t), t.title())
          : handout.firstPageWithLines(2, part.title());
      assertThat(page).as("start page of %s", part.title()).isPositive();
      starts.add(page);
    }
    assertThat(starts).isSorted();
    try (PDDocument doc = handout.open()) {
      List<TocChecks.Entry> toc = TocChecks.entries(doc, starts.get(0));
      assertThat(toc).hasSize(parts.size());
      for (int i = 0; i < parts.size(); i++) {
        assertThat(toc.get(i).printedPage()).as("printed page of %s", parts.get(i).title())
            .isEqualTo(starts.get(i));
        assertThat(toc.get(i).linkTarget()).as("link of %s", parts.get(i).title())
            .isEqualTo(starts.get(i));
      }
    }
  }

  @Test
  void bookmarksNameEveryPartAndSectionAndPointAtItsPage() throws IOException {
    try (PDDocument doc = handout.open()) {
      List<PDOutlineItem> top = new ArrayList<>();
      doc.getDocumentCatalog().getDocumentOutline().children().forEach(top::add);
      List<Part> parts = handout.event.parts();
      assertThat(top).hasSize(parts.size());
      for (int i = 0; i < parts.size(); i++) {
        Part part = parts.get(i);
        PDOutlineItem item = top.get(i);
        assertThat(item.getTitle()).isEqualTo(HandoutXhtml.partLabel(part));
        int page = RenderedHandout.pageOf(doc, item.getDestination());
        assertThat(handout.pageTexts.get(page - 1)).contains(part.title());
        List<PDOutlineItem> children = new ArrayList<>();
        item.children().forEach(children::add);
        List<Section> sections = HandoutXhtml.sectionsOf(part);
        assertThat(children).extracting(PDOutlineItem::getTitle)
            .containsExactlyElementsOf(sections.stream().map(Section::title).toList());
        for (PDOutlineItem child : children) {
          int childPage = RenderedHandout.pageOf(doc, child.getDestination());
          assertThat(handout.pageTexts.get(childPage - 1)).contains(child.getTitle());
        }
      }
    }
  }

  @Test
  void everyFontIsEmbeddedAndNoBaseFontSneaksIn() throws IOException {
    try (PDDocument doc = handout.open()) {
      List<String> names = new ArrayList<>();
      for (PDPage page : doc.getPages()) {
        PDResources res = page.getResources();
        for (COSName name : res.getFontNames()) {
          PDFont font = res.getFont(name);
          names.add(font.getName());
          assertThat(font.isEmbedded()).as("font %s embedded", font.getName()).isTrue();
        }
      }
      assertThat(names).isNotEmpty().allMatch(n -> n.matches("[A-Z]{6}\\+Nanum.*"));
      // ToUnicode maps no glyph to U+0000: the Nanum fonts give U+0000..U+0020 one glyph.
      java.util.Set<String> checked = new java.util.HashSet<>();
      for (PDPage page : doc.getPages()) {
        for (COSName name : page.getResources().getFontNames()) {
          PDFont font = page.getResources().getFont(name);
          if (!checked.add(font.getName())) {
            continue;
          }
          for (int code = 0; code <= 0xFFFF; code++) {
            String u = font.toUnicode(code);
            assertThat(u == null || u.indexOf('\u0000') < 0).as("code %d of %s", code, font.getName())
                .isTrue();
          }
        }
      }
      assertThat(names).noneMatch(n -> n.contains("Times") || n.contains("Helvetica"));
    }
  }

  @Test
  void metadataHasTitleAuthorLanguageAndDescription() throws IOException {
    try (PDDocument doc = handout.open()) {
      PDDocumentInformation info = doc.getDocumentInformation();
      assertThat(info.getTitle()).isEqualTo("Google Cloud Next Extended Seoul 2019");
      assertThat(info.getAuthor()).contains("백재연", "이동민", "이용운");
      assertThat(info.getSubject()).contains("Google Cloud Next Extended Seoul 2019", "3개 발표");
      assertThat(doc.getDocumentCatalog().getLanguage()).isEqualTo("ko");
      String xmp = new String(doc.getDocumentCatalog().getMetadata().toByteArray(),
          java.nio.charset.StandardCharsets.UTF_8);
      assertThat(xmp).contains("Google Cloud Next Extended Seoul 2019", "pdfuaid:part", "pdfaid:part");
    }
  }

  @Test
  void linksAreClickableAndDescribed() throws IOException {
    try (PDDocument doc = handout.open()) {
      List<String> uris = new ArrayList<>();
      for (PDPage page : doc.getPages()) {
        for (PDAnnotation a : page.getAnnotations()) {
          if (a instanceof PDAnnotationLink link) {
            assertThat(link.getContents()).as("link /Contents").isNotBlank();
            if (link.getAction() instanceof PDActionURI uri) {
              uris.add(uri.getURI());
            }
          }
        }
      }
      assertThat(uris).contains("https://festa.io/events/256",
          "https://www.slideshare.net/mobile/x/data-engineering-142510599");
    }
    // The link's target is printed too, since its text differs from it.
    assertThat(handout.allText()).contains("https://www.slideshare.net/mobile/x/data-engineering-142510599");
  }

  @Test
  void missingImageShowsAPlaceholderAndWarns() {
    assertThat(handout.allText()).contains("이미지 없음: missing/none.png");
    assertThat(handout.warnings).singleElement().asString()
        .contains("notes.md:42", "missing/none.png");
  }

  @Test
  void imageIsScaledToTheColumnKeepingItsRatio() throws IOException {
    try (PDDocument doc = handout.open()) {
      ImageBounds.Found found = ImageBounds.find(doc);
      assertThat(found).as("an image is drawn").isNotNull();
      double column = (210 - 18 - 18) / 25.4 * 72;
      assertThat(found.width()).isCloseTo(column, org.assertj.core.data.Offset.offset(2.0));
      assertThat(found.width() / found.height()).isCloseTo(1600.0 / 900, org.assertj.core.data.Offset.offset(0.01));
    }
  }

  @Test
  void runningHeaderAndPageFooter() {
    int pages = handout.pageTexts.size();
    for (int p = 2; p <= pages; p++) {
      String text = handout.pageTexts.get(p - 1);
      assertThat(text).contains(p + " / " + pages);
      assertThat(text).contains("Google Cloud Next Extended Seoul 2019");
    }
    // a part's later pages say it goes on; its first page has its title in large type instead
    int talk1 = handout.firstPageWithLines(2, "1", "machine learning on gcp");
    assertThat(handout.pageTexts.get(talk1 - 1)).doesNotContain("1. machine learning on gcp");
    // a part's later pages say in the header that it goes on from the page before
    int continued = 0;
    for (int p = 3; p <= pages; p++) {
      for (dev.notedeck.model.Part part : handout.event.parts()) {
        if (handout.pageTexts.get(p - 1).contains(HandoutXhtml.partLabel(part) + " (계속)")) {
          continued++;
          assertThat(handout.pageTexts.get(p - 2)).contains(part.title());
        }
      }
    }
    assertThat(continued).as("the sample's long table continues a part").isPositive();
  }

  @Test
  void aLongUrlWrapsInsideTheColumn() throws IOException {
    String text = handout.allText().replace("\n", "");
    assertThat(text).contains(SampleEvents.LONG_URL);
    try (PDDocument doc = handout.open()) {
      assertThat(PageBounds.textOutsideColumn(doc, 18)).isEmpty();
    }
  }
}
