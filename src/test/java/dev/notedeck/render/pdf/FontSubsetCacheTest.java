package dev.notedeck.render.pdf;

import static dev.notedeck.render.pdf.SampleEvents.para;
import static dev.notedeck.render.pdf.SampleEvents.section;
import static org.assertj.core.api.Assertions.assertThat;

import dev.notedeck.fonts.ParsedFonts;
import dev.notedeck.model.Event;
import dev.notedeck.model.Metadata;
import dev.notedeck.model.Speaker;
import dev.notedeck.model.Talk;
import dev.notedeck.theme.Theme;
import dev.notedeck.theme.ThemeLoader;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Font subsets reused from an earlier render must give exactly the document a fresh subset
 * gives, and a render with other characters in between must get its own subsets.
 */
class FontSubsetCacheTest {
  @TempDir static Path dir;
  static RenderedHandout first;
  static RenderedHandout other;
  static RenderedHandout again;

  @BeforeAll
  static void render() {
    Theme theme = new ThemeLoader().load("default");
    // syllables no other test uses, so the first render makes its subsets and the last reuses them
    Event rare = event("똠방각하 뷁 꿻 뜛 쀍 괇 횐 밇");
    first = RenderedHandout.render(rare, theme, dir, HandoutOptions.defaults());
    other = RenderedHandout.render(event("가나다라 마바사 아자차카 타파하"), theme, dir, HandoutOptions.defaults());
    again = RenderedHandout.render(rare, theme, dir, HandoutOptions.defaults());
  }

  @Test
  void aReusedSubsetGivesTheSameBytesAsAFreshOne() {
    assertThat(again.pdf).isEqualTo(first.pdf);
  }

  @Test
  void eachRenderKeepsItsOwnCharacters() {
    assertThat(first.allText()).contains("똠방각하 뷁 꿻 뜛 쀍 괇 횐 밇");
    assertThat(other.allText()).contains("가나다라 마바사 아자차카 타파하").doesNotContain("똠방각하");
  }

  @Test
  void pdfboxInternalsTheCacheNeedsAreThere() throws IOException {
    // without them the cache is silently off (PDFBox subsets as before): a PDFBox upgrade must
    // not lose the speed-up unnoticed
    try (PDDocument doc = new PDDocument()) {
      assertThat(SubsetAccess.fontsToSubset(doc)).isNotNull();
      var regular = new ThemeLoader().load("default").fonts().body().regular();
      PDType0Font font = PDType0Font.load(doc, ParsedFonts.of(regular), true);
      font.addToSubset('가');
      SubsetAccess.Used used = SubsetAccess.used(font);
      assertThat(used).isNotNull();
      assertThat(used.font()).isSameAs(ParsedFonts.of(regular));
      assertThat(used.codePoints()).containsExactly((int) '가');
      assertThat(SubsetKey.of(used)).isNotNull();
    }
  }

  private static Event event(String words) {
    Talk talk = new Talk(1, "1", "글자 모음 발표", null, List.of(new Speaker("발표자", "회사")),
        List.of(), List.of(section("절 제목", 3, List.of(para(words)))), 0);
    return new Event("글자 모음", Metadata.empty(), List.of(), List.of(), List.of(talk));
  }
}
