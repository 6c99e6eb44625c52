package dev.notedeck.render.deck;

import static dev.notedeck.render.deck.TestEvents.item;
import static dev.notedeck.render.deck.TestEvents.p;
import static dev.notedeck.render.deck.TestEvents.section;
import static dev.notedeck.render.deck.TestEvents.text;
import static dev.notedeck.render.deck.TestEvents.ul;
import static org.assertj.core.api.Assertions.assertThat;

import dev.notedeck.diagnostics.Diagnostics;
import dev.notedeck.model.Block;
import dev.notedeck.model.Event;
import dev.notedeck.model.Metadata;
import dev.notedeck.model.Section;
import dev.notedeck.model.Speaker;
import dev.notedeck.model.Talk;
import dev.notedeck.render.deck.SlideSpec.BulletSlide;
import dev.notedeck.render.deck.SlideSpec.CardsSlide;
import dev.notedeck.render.deck.SlideSpec.TakeawaysSlide;
import dev.notedeck.theme.SlideSetup;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The recap deck (issue 14), planned without POI: condensed, sized to fill, nothing dropped. */
class RecapPlannerTest {

  private static final SlideSetup setup = DefaultSlides.SETUP;
  private static final TextMeasurer measurer = DefaultSlides.MEASURER;

  private static Deck plan(Event e, DeckOptions.Override choices) {
    return new DeckPlanner(setup, SlideFrames.fallback(960, 540), measurer, DeckPlanner.ImageSource.none(),
        Diagnostics.silent(), choices).plan(e);
  }

  private static Deck plan(Event e) {
    return plan(e, DeckOptions.Override.NONE);
  }

  private static Talk talk(String title, Section... sections) {
    return TestEvents.talk(1, title, null, List.of(new Speaker("김하늘", "회사")), List.of(), sections);
  }

  private static Event event(Section... sections) {
    return TestEvents.event("테스트 행사", List.of(talk("발표 하나", sections)));
  }

  private static String allText(Deck d) {
    StringBuilder sb = new StringBuilder();
    d.slides().forEach(s -> sb.append(DeckChecks.slideText(s)).append(s.notes()));
    return DeckChecks.squash(sb.toString());
  }

  private static void nothingDropped(Event e, Deck d) {
    String all = allText(d);
    for (String piece : DeckChecks.sourceTexts(e)) {
      assertThat(all).as("the deck has \"%s\"", piece).contains(DeckChecks.squash(piece));
    }
  }

  private static void everythingFits(Deck d) {
    for (SlideSpec s : d.slides()) {
      for (TextFrame f : s.frames()) {
        assertThat(measurer.fits(f)).as("%s fits: %s", s.title().plainText(), f.plainText()).isTrue();
        assertThat(f.box().within(960, 540)).as("%s inside the slide", s.title().plainText()).isTrue();
      }
    }
  }

  @Test
  void shortSectionsShareASlideAsTitledCardsInOrder() {
    Event e = event(section("배경", p("서비스가 커지면서 배포가 느려졌다")),
        section("문제", ul(item("빌드 20분"), item("테스트 불안정"))),
        section("해결", p("캐시와 병렬 실행")),
        section("결과", p("빌드 5분으로 단축")));
    Deck d = plan(e);
    List<CardsSlide> cards = d.slides().stream().filter(CardsSlide.class::isInstance).map(CardsSlide.class::cast).toList();
    assertThat(cards).hasSize(1);
    List<String> headings = cards.get(0).cards().stream().map(f -> f.paras().get(0).plainText()).toList();
    assertThat(headings).containsExactly("배경", "문제", "해결", "결과");
    assertThat(cards.get(0).cards()).allSatisfy(f -> assertThat(f.paras().get(0).role()).isEqualTo(Para.Role.HEADING));
    // no card overlaps another
    List<TextFrame> fs = cards.get(0).cards();
    for (int i = 0; i < fs.size(); i++) {
      for (int j = i + 1; j < fs.size(); j++) {
        Box a = fs.get(i).box();
        Box b = fs.get(j).box();
        boolean apart = a.right() <= b.x() + 0.01 || b.right() <= a.x() + 0.01
            || a.bottom() <= b.y() + 0.01 || b.bottom() <= a.y() + 0.01;
        assertThat(apart).as("cards %d and %d apart", i, j).isTrue();
      }
    }
    everythingFits(d);
    nothingDropped(e, d);
    // the full deck keeps one slide per section
    assertThat(plan(e, new DeckOptions.Override(DeckOptions.Mode.FULL, null, null, null)).slides()
        .stream().filter(BulletSlide.class::isInstance)).hasSize(4);
  }

  @Test
  void aLongSectionKeepsItsOwnSlidesAndContinues() {
    List<dev.notedeck.model.ListItem> items = new ArrayList<>();
    for (int i = 1; i <= 40; i++) {
      items.add(item("항목 " + i + " 은 충분히 길어서 한 줄을 거의 채우는 설명을 가진다"));
    }
    Event e = event(section("짧은 절", p("한 줄")),
        section("긴 절", new Block.ListBlock(false, 1, items)),
        section("또 짧은 절", p("두 줄")));
    Deck d = plan(e);
    List<SlideSpec> long_ = d.slides().stream().filter(s -> s.page().heading().equals("긴 절")).toList();
    assertThat(long_).hasSizeGreaterThan(1).allMatch(s -> s.page().of() == long_.size());
    // order kept: the short sections come before and after the long one
    int first = d.slides().indexOf(long_.get(0));
    int last = d.slides().indexOf(long_.get(long_.size() - 1));
    assertThat(DeckChecks.slideText(d.slides().get(first - 1))).contains("한 줄");
    assertThat(DeckChecks.slideText(d.slides().get(last + 1))).contains("두 줄");
    everythingFits(d);
    nothingDropped(e, d);
  }

  @Test
  void textIsSetAsLargeAsFitsAndShortTextIsCentred() {
    Event e = event(section("하나뿐인 절", p("짧은 요점 하나")));
    Deck d = plan(e);
    BulletSlide s = d.slides().stream().filter(BulletSlide.class::isInstance).map(BulletSlide.class::cast)
        .findFirst().orElseThrow();
    assertThat(s.body().paras().get(0).size()).isEqualTo(setup.bodySize());
    assertThat(s.body().anchor()).isEqualTo(TextFrame.Anchor.MIDDLE);
    assertThat(setup.bodySize()).isBetween(28.0, 32.0);
    assertThat(setup.minBodySize()).isEqualTo(18.0);
  }

  @Test
  void takeawaysComeOnlyFromConclusionsNeverFromTablesCodeOrOrdinarySections() {
    Block.Table table = new Block.Table(List.of(text("항목"), text("값")),
        List.of(List.of(text("정리: 표 안의 행"), text("1"))), List.of());
    Event e = event(section("본문", p("평범한 문단"), TestEvents.quote("본문의 인용은 요점이 아니다"), table,
            new Block.Code("java", "// 정리: 코드 주석")),
        section("정리", ul(item("작게 시작하라"), item("측정하라")), new Block.Code("sql", "SELECT 1")));
    Deck d = plan(e);
    List<TakeawaysSlide> t = d.slides().stream().filter(TakeawaysSlide.class::isInstance)
        .map(TakeawaysSlide.class::cast).toList();
    assertThat(t).hasSize(1);
    String text = DeckChecks.slideText(t.get(0));
    assertThat(text).contains("작게 시작하라", "측정하라")
        .doesNotContain("평범한 문단", "본문의 인용", "표 안의 행", "코드 주석", "SELECT");
    nothingDropped(e, d);

    Event none = event(section("본문", p("평범한 발표 내용"), TestEvents.quote("인용도 요점이 아니다")));
    assertThat(plan(none).slides()).noneMatch(TakeawaysSlide.class::isInstance);
  }

  @Test
  void agendaTakeawaysAndClosingCanEachBeTurnedOff() {
    Event e = TestEvents.event("행사", List.of(talk("발표", section("정리", p("요점")))));
    Deck all = plan(e);
    assertThat(all.slides()).anyMatch(SlideSpec.AgendaSlide.class::isInstance)
        .anyMatch(TakeawaysSlide.class::isInstance).anyMatch(SlideSpec.ClosingSlide.class::isInstance);
    Deck none = plan(e, new DeckOptions.Override(null, false, false, false));
    assertThat(none.slides()).noneMatch(SlideSpec.AgendaSlide.class::isInstance)
        .noneMatch(TakeawaysSlide.class::isInstance).noneMatch(SlideSpec.ClosingSlide.class::isInstance);
    nothingDropped(e, none);
    // the same from the front matter
    Event fm = new Event(e.title(), new Metadata(null, Map.of("deck-agenda", "off", "deck-takeaways", "false",
        "deck-closing", "no", "deck", "full")), e.info(), e.intro(), e.parts());
    assertThat(DeckOptions.of(fm, DeckOptions.Override.NONE))
        .isEqualTo(new DeckOptions(DeckOptions.Mode.FULL, false, false, false));
    assertThat(plan(fm).slides()).noneMatch(SlideSpec.AgendaSlide.class::isInstance)
        .noneMatch(SlideSpec.ClosingSlide.class::isInstance);
    // the command line wins over the front matter
    assertThat(DeckOptions.of(fm, new DeckOptions.Override(DeckOptions.Mode.RECAP, true, null, null)))
        .isEqualTo(new DeckOptions(DeckOptions.Mode.RECAP, true, false, false));
  }

  @Test
  void theClosingLineUsesTheNotesLanguage() {
    Event korean = TestEvents.event("한국어 행사", List.of(talk("발표", section("절", p("내용")))));
    Event english = new Event("Meetup", Metadata.empty(), List.of(), List.of(),
        List.of(talk("A talk", section("Part", p("content")))));
    assertThat(last(plan(korean)).title().plainText()).isEqualTo("감사합니다");
    assertThat(last(plan(english)).title().plainText()).isEqualTo("Thank you");
  }

  private static SlideSpec last(Deck d) {
    return d.slides().get(d.slides().size() - 1);
  }
}
