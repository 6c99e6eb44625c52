package dev.notedeck.render.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import dev.notedeck.model.Section;
import dev.notedeck.model.Talk;
import dev.notedeck.theme.ThemeLoader;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineItem;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** A generated 60-talk handout (about 100 pages): pagination must hold on long inputs. */
class LongHandoutTest {
  static RenderedHandout handout;
  static List<Talk> talks;
  static List<Integer> starts = new ArrayList<>();

  @BeforeAll
  static void render() {
    handout = RenderedHandout.render(SampleEvents.manyTalks(60), new ThemeLoader().load("default"),
        null, HandoutOptions.defaults());
    talks = handout.event.talks();
    for (Talk t : talks) {
      starts.add(handout.firstPageWithLines(2, HandoutXhtml.number(t), t.title()));
    }
  }

  @Test
  void everyTalkStartsOnItsOwnPageInOrder() {
    assertThat(starts).doesNotContain(-1).isSorted().doesNotHaveDuplicates();
    for (int i = 0; i < talks.size(); i++) {
      // The header block is the first thing on the page, right under the running header.
      List<String> lines = handout.pageTexts.get(starts.get(i) - 1).lines().toList();
      assertThat(lines.get(1).strip()).isEqualTo(HandoutXhtml.number(talks.get(i)));
    }
  }

  @Test
  void contentsPageNumbersAndLinksMatchTheRealStartPages() throws IOException {
    try (PDDocument doc = handout.open()) {
      List<TocChecks.Entry> toc = TocChecks.entries(doc, starts.get(0));
      assertThat(toc).hasSize(talks.size());
      for (int i = 0; i < talks.size(); i++) {
        assertThat(toc.get(i)).as("contents entry of talk %d", i + 1)
            .isEqualTo(new TocChecks.Entry(starts.get(i), starts.get(i)));
      }
    }
  }

  @Test
  void bookmarksPointAtTheRealPagesOfTalksAndSections() throws IOException {
    try (PDDocument doc = handout.open()) {
      List<PDOutlineItem> top = new ArrayList<>();
      doc.getDocumentCatalog().getDocumentOutline().children().forEach(top::add);
      assertThat(top).hasSize(talks.size());
      for (int i = 0; i < talks.size(); i++) {
        assertThat(RenderedHandout.pageOf(doc, top.get(i).getDestination())).isEqualTo(starts.get(i));
        List<Section> sections = talks.get(i).sections();
        List<PDOutlineItem> children = new ArrayList<>();
        top.get(i).children().forEach(children::add);
        assertThat(children).hasSameSizeAs(sections);
        for (int s = 0; s < sections.size(); s++) {
          int page = RenderedHandout.pageOf(doc, children.get(s).getDestination());
          // The section's heading is on that page, not pushed to the next one by its margin.
          assertThat(handout.pageTexts.get(page - 1).lines().map(String::strip))
              .as("page %d of bookmark %s", page, sections.get(s).title())
              .contains(sections.get(s).title());
        }
      }
    }
  }

  @Test
  void noHangulWordIsBrokenAcrossLines() {
    assertThat(SourceWords.brokenHangulWords(handout, "목차")).isEmpty();
  }

  @Test
  void noSectionHeadingIsLeftAtThePageBottom() {
    Set<String> headings = new HashSet<>();
    talks.forEach(t -> t.sections().forEach(s -> headings.add(s.title())));
    for (int p = starts.get(0); p <= handout.pageTexts.size(); p++) {
      List<String> lines = handout.pageTexts.get(p - 1).lines().map(String::strip)
          .filter(l -> !l.isEmpty()).toList();
      String lastBodyLine = lines.get(lines.size() - 2); // the footer "n / N" is last
      assertThat(headings).as("last line of page %d", p).doesNotContain(lastBodyLine);
    }
  }

  @Test
  void aTableSpanningPagesRepeatsItsHeaderOnEach() {
    List<Integer> pages = new ArrayList<>();
    for (int p = 0; p < handout.pageTexts.size(); p++) {
      if (handout.pageTexts.get(p).lines().anyMatch(l -> l.matches("행 \\d+ .*"))) {
        pages.add(p);
      }
    }
    assertThat(pages).as("pages with table rows").hasSizeGreaterThan(1);
    for (int p : pages) {
      assertThat(handout.pageTexts.get(p)).as("page %d", p + 1).contains(SampleEvents.TABLE_HEADER);
    }
  }

  @Test
  void noTextLeavesThePage() throws IOException {
    try (PDDocument doc = handout.open()) {
      assertThat(PageBounds.textOutsideColumn(doc, 18)).isEmpty();
    }
  }
}
