package dev.notedeck.render.deck;

import static org.assertj.core.api.Assertions.assertThat;

import dev.notedeck.diagnostics.Diagnostics;
import dev.notedeck.model.Event;
import dev.notedeck.render.deck.SlideSpec.BulletSlide;
import dev.notedeck.render.deck.SlideSpec.CodeSlide;
import dev.notedeck.render.deck.SlideSpec.TableSlide;
import dev.notedeck.theme.SlideSetup;
import dev.notedeck.theme.Theme;
import dev.notedeck.theme.ThemeLoader;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The planner alone (no POI): fit by measurement, continuation slides, nothing dropped. */
class DeckPlannerTest {

  private static Theme theme;
  private static TextMeasurer measurer;
  private static Deck deck;
  private static Event event;

  @BeforeAll
  static void plan() {
    theme = new ThemeLoader().load("default");
    measurer = new TextMeasurer(DeckFonts.of(theme));
    event = TestEvents.stress();
    deck = planner().plan(event);
  }

  private static DeckPlanner planner() {
    return new DeckPlanner(theme.slides(), SlideFrames.fallback(960, 540), measurer,
        DeckPlanner.ImageSource.none(), Diagnostics.silent());
  }

  private static DeckPlanner fullPlanner() {
    return new DeckPlanner(theme.slides(), SlideFrames.fallback(960, 540), measurer,
        DeckPlanner.ImageSource.none(), Diagnostics.silent(),
        new DeckOptions.Override(DeckOptions.Mode.FULL, null, null, null));
  }

  private static List<SlideSpec> titled(String prefix) {
    return deck.slides().stream().filter(s -> s.title().plainText().startsWith(prefix)).toList();
  }

  @Test
  void everyTextFrameFitsItsBoxAndTheSlide() {
    for (SlideSpec s : deck.slides()) {
      for (TextFrame f : s.frames()) {
        assertThat(measurer.fits(f)).as("%s fits: %s", s.title().plainText(), f.plainText()).isTrue();
        assertThat(f.box().within(960, 540)).as("%s inside the slide: %s", s.title().plainText(), f.box())
            .isTrue();
      }
      if (s instanceof TableSlide t) {
        assertThat(t.table().box().within(960, 540)).isTrue();
        double sum = t.table().rowHeights().stream().mapToDouble(Double::doubleValue).sum();
        assertThat(t.table().box().y() + sum).isLessThanOrEqualTo(540);
      }
    }
  }

  @Test
  void longListContinuesOnSlidesTitledWithPageNumbers() {
    List<SlideSpec> pages = titled("마흔 개 목록");
    assertThat(pages).hasSizeGreaterThan(1);
    for (int i = 0; i < pages.size(); i++) {
      // the slides after the first say so in the notes' language (issue 15)
      assertThat(pages.get(i).title().plainText())
          .isEqualTo("마흔 개 목록 (" + (i > 0 ? "계속, " : "") + (i + 1) + "/" + pages.size() + ")");
    }
    // all forty items, in order, none twice
    List<String> items = new ArrayList<>();
    for (SlideSpec s : pages) {
      for (Para p : ((BulletSlide) s).body().paras()) {
        if (p.level() == 0) {
          items.add(p.plainText());
        }
      }
    }
    assertThat(items).hasSize(40);
    for (int i = 0; i < 40; i++) {
      assertThat(items.get(i)).startsWith("항목 " + (i + 1) + ":");
    }
  }

  @Test
  void bulletsStayWithTheirChildren() {
    for (SlideSpec s : titled("마흔 개 목록")) {
      List<Para> paras = ((BulletSlide) s).body().paras();
      assertThat(paras.get(0).level()).as("page %s starts with a top-level item", s.title().plainText())
          .isZero();
    }
  }

  @Test
  void tighteningNeverGoesBelowTheThemeMinimum() {
    SlideSetup setup = theme.slides();
    for (SlideSpec s : deck.slides()) {
      for (TextFrame f : s.frames()) {
        for (Para p : f.paras()) {
          double min = p.role() == Para.Role.CODE ? setup.minCodeSize() : Math.min(setup.minBodySize(), 10);
          assertThat(p.size()).as("size of %s", p.plainText()).isGreaterThanOrEqualTo(min);
        }
      }
    }
  }

  @Test
  void longCodeSplitsAtLineBoundariesKeepingTheLanguage() {
    List<CodeSlide> code = titled("긴 코드").stream().map(CodeSlide.class::cast).toList();
    assertThat(code).hasSizeGreaterThan(1);
    List<String> lines = new ArrayList<>();
    for (CodeSlide c : code) {
      assertThat(c.language()).isEqualTo("sql");
      assertThat(c.label().plainText()).startsWith("sql");
      c.code().paras().forEach(p -> lines.add(p.plainText()));
      assertThat(c.code().paras()).allMatch(p -> p.role() == Para.Role.CODE);
    }
    assertThat(lines).hasSize(120);
    for (int i = 0; i < 120; i++) {
      assertThat(lines.get(i)).startsWith("SELECT col_" + (i + 1) + ",");
    }
  }

  @Test
  void tallTableSplitsByRowsWithTheHeaderRepeated() {
    List<TableSlide> tables = titled("서른 줄 표").stream().map(TableSlide.class::cast).toList();
    assertThat(tables).hasSizeGreaterThan(1);
    int bodyRows = 0;
    for (TableSlide t : tables) {
      assertThat(t.table().header()).isTrue();
      assertThat(t.table().rows().get(0).get(0).plainText()).isEqualTo("이름");
      bodyRows += t.table().rows().size() - 1;
      double widths = t.table().columnWidths().stream().mapToDouble(Double::doubleValue).sum();
      assertThat(widths).isLessThanOrEqualTo(deck.frames().body().width() + 0.01);
    }
    assertThat(bodyRows).isEqualTo(30);
  }

  @Test
  void inTheFullDeckEachSubsectionGetsItsOwnSlide() {
    Deck full = fullPlanner().plan(event);
    for (int i = 1; i <= 10; i++) {
      String title = "소주제 " + i;
      assertThat(full.slides()).as("slide for %s", title).anyMatch(s -> s.title().plainText().startsWith(title));
    }
  }

  @Test
  void aVeryLongBulletIsKeptWhole() {
    String bullet = ((BulletSlide) titled("긴 글머리표").get(0)).body().paras().get(0).plainText();
    assertThat(bullet).hasSize(300);
  }

  @Test
  void nothingIsDropped() {
    StringBuilder all = new StringBuilder();
    for (SlideSpec s : deck.slides()) {
      all.append(DeckChecks.slideText(s)).append('\n').append(s.notes()).append('\n');
    }
    String text = DeckChecks.squash(all.toString());
    for (String piece : DeckChecks.sourceTexts(event)) {
      assertThat(text.contains(DeckChecks.squash(piece))).as("the deck has \"%s\"", piece).isTrue();
    }
  }

  @Test
  void continuationIsDataAndTheTitleShowsIt() {
    int continued = 0;
    for (int i = 0; i < deck.slides().size(); i++) {
      SlideSpec.Page page = deck.slides().get(i).page();
      String shown = deck.slides().get(i).title().plainText();
      if (!page.continued()) {
        assertThat(shown).isEqualTo(page.heading());
        continue;
      }
      continued++;
      assertThat(shown).isEqualTo(page.heading() + " (" + (page.number() > 1 ? "계속, " : "")
          + page.number() + "/" + page.of() + ")");
      if (page.number() == 1) {
        // the run's slides follow one another, numbered 2..of under the same heading
        for (int k = 1; k < page.of(); k++) {
          SlideSpec.Page next = deck.slides().get(i + k).page();
          assertThat(next).isEqualTo(new SlideSpec.Page(page.heading(), k + 1, page.of()));
        }
      }
    }
    assertThat(continued).as("the stress event continues some sections").isGreaterThan(0);
  }

  @Test
  void takeawaysCollectQuotesAndConclusions() {
    List<SlideSpec> t = deck.slides().stream().filter(SlideSpec.TakeawaysSlide.class::isInstance).toList();
    assertThat(t).hasSize(1);
    assertThat(DeckChecks.slideText(t.get(0))).contains("측정해서 나누면 아무것도 잃지 않는다");
  }

  @Test
  void aLongAgendaContinuesOnMoreSlides() {
    List<dev.notedeck.model.Part> talks = new ArrayList<>();
    for (int i = 1; i <= 30; i++) {
      talks.add(TestEvents.talk(i, "발표 제목 " + i + " — 긴 제목이 붙은 세션", "부제 " + i,
          List.of(new dev.notedeck.model.Speaker("발표자" + i, "회사" + i)), List.of(),
          TestEvents.section("내용", TestEvents.p("본문 " + i))));
    }
    Deck big = planner().plan(TestEvents.event("큰 행사", talks));
    List<SlideSpec> agenda = big.slides().stream().filter(SlideSpec.AgendaSlide.class::isInstance).toList();
    assertThat(agenda).hasSizeGreaterThan(1);
    assertThat(agenda.get(0).title().plainText()).endsWith("(1/" + agenda.size() + ")");
    String text = agenda.stream().map(DeckChecks::slideText).reduce("", String::concat);
    for (int i = 1; i <= 30; i++) {
      assertThat(text).contains("발표 제목 " + i + " — ").contains("발표자" + i);
    }
    for (SlideSpec s : agenda) {
      for (TextFrame f : s.frames()) {
        assertThat(measurer.fits(f)).isTrue();
      }
      // a talk's details never start a page without the talk they belong to
      assertThat(((SlideSpec.AgendaSlide) s).body().paras().get(0).level()).isZero();
    }
  }

  @Test
  void hugeTitlesAndBareEventsStillFitTheSlide() {
    String longTitle = "아주 긴 발표 제목이 끝없이 이어집니다 A very long talk title goes on and on ".repeat(5);
    List<dev.notedeck.model.Part> parts = List.of(
        TestEvents.talk(1, longTitle, longTitle, List.of(new dev.notedeck.model.Speaker("김", longTitle)),
            List.of(), TestEvents.section(longTitle, TestEvents.p("본문"))),
        TestEvents.section("빈 절"));
    for (Event e : List.of(TestEvents.event(longTitle, parts),
        new Event("빈 행사", dev.notedeck.model.Metadata.empty(), List.of(), List.of(), List.of()))) {
      Deck d = planner().plan(e);
      assertThat(d.slides()).hasSizeGreaterThanOrEqualTo(2);
      for (SlideSpec s : d.slides()) {
        for (TextFrame f : s.frames()) {
          assertThat(f.box().within(960, 540)).as("%s inside: %s", s.getClass().getSimpleName(), f.box()).isTrue();
          assertThat(measurer.fits(f)).as("%s fits: %s", s.getClass().getSimpleName(), f.plainText()).isTrue();
        }
      }
      String all = d.slides().stream().map(x -> DeckChecks.slideText(x) + x.notes()).reduce("", String::concat);
      for (String piece : DeckChecks.sourceTexts(e)) {
        assertThat(DeckChecks.squash(all)).contains(DeckChecks.squash(piece));
      }
    }
  }

  @Test
  void inTheFullDeckALongQuoteAmongTextGetsItsOwnSlideAfterTheBulletsAShortOneStaysInline() {
    String longQuote = "측정하지 않은 것은 개선할 수 없다. 그래서 우리는 모든 배포의 지연 시간을 기록하고 매주 함께 돌아봤습니다.";
    String shortQuote = "빠르게, 그러나 안전하게";
    Event e = TestEvents.event("인용 테스트", List.of(TestEvents.section("배포 문화",
        TestEvents.p("첫 문단입니다."), TestEvents.quote(longQuote), TestEvents.p("둘째 문단입니다."),
        TestEvents.quote(shortQuote))));
    // the full deck: the text first, then the quote (the recap keeps the source order instead)
    List<SlideSpec> slides = fullPlanner().plan(e).slides().stream()
        .filter(s -> s.title().plainText().startsWith("배포 문화")).toList();
    assertThat(slides).hasSize(2);
    BulletSlide bullets = (BulletSlide) slides.get(0);
    String bulletText = DeckChecks.slideText(bullets);
    assertThat(bulletText).contains("첫 문단입니다.", "둘째 문단입니다.", shortQuote).doesNotContain(longQuote);
    assertThat(bullets.body().paras()).anyMatch(p -> p.role() == Para.Role.QUOTE && p.plainText().equals(shortQuote));
    assertThat(slides.get(1)).isInstanceOf(SlideSpec.QuoteSlide.class);
    assertThat(DeckChecks.squash(DeckChecks.slideText(slides.get(1)))).contains(DeckChecks.squash(longQuote));
    assertThat(slides.get(1).notes()).contains(longQuote);
    assertThat(longQuote.length()).isGreaterThan(SectionSlides.INLINE_QUOTE_MAX);
    assertThat(shortQuote.length()).isLessThanOrEqualTo(SectionSlides.INLINE_QUOTE_MAX);
  }

  @Test
  void everySlideHasNotes() {
    assertThat(deck.slides()).allMatch(s -> !s.notes().isBlank());
  }
}
