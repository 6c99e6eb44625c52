package dev.notedeck.render.deck;

import static org.assertj.core.api.Assertions.assertThat;

import dev.notedeck.diagnostics.Diagnostics;
import dev.notedeck.model.Event;
import dev.notedeck.parse.NotesParser;
import dev.notedeck.render.code.CodeHighlighter.Kind;
import dev.notedeck.render.deck.SlideSpec.AgendaSlide;
import dev.notedeck.render.deck.SlideSpec.BulletSlide;
import dev.notedeck.render.deck.SlideSpec.CodeSlide;
import dev.notedeck.render.deck.SlideSpec.ColumnsSlide;
import dev.notedeck.render.deck.SlideSpec.ImageSlide;
import dev.notedeck.render.deck.SlideSpec.TableSlide;
import dev.notedeck.resource.ImageFormat;
import dev.notedeck.resource.LoadedImage;
import dev.notedeck.theme.SlideSetup;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The recap's layouts by content shape (issue 14), planned from notes written in the shapes real
 * notes have: highlighted code sized to its panel, tables as wide and large as fit, Q/A pairs,
 * big numbers, pictures beside short text, grouped agendas, notes and columns condensed too.
 */
class RecapLayoutsTest {

  private static final SlideSetup setup = DefaultSlides.SETUP;
  private static final TextMeasurer measurer = DefaultSlides.MEASURER;

  static Event parse(String markdown) {
    return new NotesParser().parse(markdown, Path.of("talk.md"), Diagnostics.silent());
  }

  private static Deck plan(Event e, DeckPlanner.ImageSource images) {
    return new DeckPlanner(setup, SlideFrames.fallback(960, 540), measurer, images, Diagnostics.silent()).plan(e);
  }

  private static Deck plan(String markdown) {
    return plan(parse(markdown), DeckPlanner.ImageSource.none());
  }

  private static final String HEAD = "# 테스트 밋업\n\n## 1. 빅쿼리로 분석하기 - 김하늘 ( 회사 )\n\n";

  private static <T extends SlideSpec> List<T> of(Deck d, Class<T> kind) {
    return d.slides().stream().filter(kind::isInstance).map(kind::cast).toList();
  }

  /** Every frame fits its box at its sizes, every box lies on the slide, no body text under the minimum. */
  private static void sound(Deck d) {
    for (SlideSpec s : d.slides()) {
      for (TextFrame f : s.frames()) {
        assertThat(measurer.fits(f)).as("%s fits: %s", s.title().plainText(), f.plainText()).isTrue();
        assertThat(f.box().within(960, 540)).as("%s on the slide", s.title().plainText()).isTrue();
      }
      for (TextFrame f : s.frames().subList(1, s.frames().size())) {
        for (Para p : f.paras()) {
          double min = p.role() == Para.Role.CODE ? setup.minCodeSize() : setup.minBodySize();
          if (p.role() != Para.Role.MUTED && p.role() != Para.Role.QUOTE_SOURCE) {
            assertThat(p.size()).as("%s: %s", s.title().plainText(), p.plainText()).isGreaterThanOrEqualTo(min);
          }
        }
      }
    }
  }

  private static String allText(Deck d) {
    StringBuilder sb = new StringBuilder();
    d.slides().forEach(s -> sb.append(DeckChecks.slideText(s)).append('\n').append(s.notes()).append('\n'));
    return DeckChecks.squash(sb.toString());
  }

  private static String slidesText(Deck d) {
    StringBuilder sb = new StringBuilder();
    d.slides().forEach(s -> sb.append(DeckChecks.slideText(s)).append('\n'));
    return DeckChecks.squash(sb.toString());
  }

  @Test
  void shortCodeIsHighlightedAtTheLargestSizeAndCentred() {
    Deck d = plan(HEAD + "### 쿼리\n\n```sql\nSELECT name, COUNT(*) AS n -- 세기\nFROM talks\nWHERE year = 2019\n"
        + "GROUP BY name\n```\n");
    sound(d);
    List<CodeSlide> code = of(d, CodeSlide.class);
    assertThat(code).hasSize(1);
    TextFrame panel = code.get(0).code();
    assertThat(panel.paras()).hasSize(4);
    assertThat(panel.paras()).allSatisfy(p -> assertThat(p.size()).isEqualTo(setup.codeSize()));
    Para first = panel.paras().get(0);
    assertThat(first.plainText()).isEqualTo("SELECT name, COUNT(*) AS n -- 세기");
    assertThat(first.tokens()).hasSameSizeAs(first.spans()).contains(Kind.KEYWORD, Kind.COMMENT);
    assertThat(first.spans().get(first.tokens().indexOf(Kind.KEYWORD)).text()).isEqualTo("SELECT");
    assertThat(panel.paras().get(2).tokens()).contains(Kind.NUMBER);
    // short code sits in the middle of the content area, not stuck to its top
    Box area = new FrameFitter(setup, SlideFrames.fallback(960, 540), measurer).bodyBelow("쿼리");
    double above = panel.box().y() - area.y();
    double below = area.bottom() - panel.box().bottom();
    assertThat(above).isGreaterThan(20);
    assertThat(Math.abs(above - below - code.get(0).label().box().height())).isLessThan(2);
  }

  @Test
  void codeInsideAListIsColouredToo() {
    Deck d = plan(HEAD + "### 설정\n\n- 의존성을 추가합니다\n\n  ```kotlin\n  val answer = 42 // 정답\n  ```\n- 그다음 실행합니다\n");
    sound(d);
    Para line = d.slides().stream().flatMap(s -> s.frames().stream()).flatMap(f -> f.paras().stream())
        .filter(p -> p.role() == Para.Role.CODE).findFirst().orElseThrow();
    assertThat(line.plainText()).isEqualTo("val answer = 42 // 정답");
    assertThat(line.tokens()).contains(Kind.KEYWORD, Kind.NUMBER, Kind.COMMENT);
    assertThat(line.level()).isGreaterThan(0);
  }

  @Test
  void longCodeSplitsBetweenLinesOnlyWhenTheMinimumSizeCannotHoldIt() {
    StringBuilder md = new StringBuilder(HEAD + "### 긴 코드\n\n```java\n");
    for (int i = 1; i <= 60; i++) {
      md.append("int value").append(i).append(" = compute(").append(i).append("); // 줄 ").append(i).append('\n');
    }
    md.append("```\n");
    Deck d = plan(md.toString());
    sound(d);
    List<CodeSlide> code = of(d, CodeSlide.class);
    assertThat(code.size()).isGreaterThan(1);
    List<String> lines = new ArrayList<>();
    for (CodeSlide c : code) {
      assertThat(c.code().paras()).allSatisfy(p -> assertThat(p.size()).isEqualTo(setup.minCodeSize()));
      c.code().paras().forEach(p -> lines.add(p.plainText()));
      assertThat(c.label().plainText()).startsWith("java · lines ");
    }
    assertThat(lines).hasSize(60).startsWith("int value1 = compute(1); // 줄 1").endsWith("int value60 = compute(60); // 줄 60");
    // a page ends only where the next line would not fit any more
    CodeSlide firstPage = code.get(0);
    List<Para> more = new ArrayList<>(firstPage.code().paras());
    more.add(code.get(1).code().paras().get(0));
    Box box = new FrameFitter(setup, SlideFrames.fallback(960, 540), measurer).bodyBelow("긴 코드 (1/2)");
    assertThat(measurer.height(more, firstPage.code().innerWidth()))
        .isGreaterThan(box.height() - firstPage.label().box().height() - 2 * TextFrame.INSET_Y);

    // a 15-line block fits one slide at some size: not split
    StringBuilder twenty = new StringBuilder(HEAD + "### 중간 코드\n\n```java\n");
    for (int i = 1; i <= 15; i++) {
      twenty.append("call(").append(i).append(");\n");
    }
    Deck one = plan(twenty.append("```\n").toString());
    assertThat(of(one, CodeSlide.class)).hasSize(1);
    assertThat(of(one, CodeSlide.class).get(0).code().paras().get(0).size()).isGreaterThanOrEqualTo(setup.minCodeSize());
  }

  @Test
  void aSmallTableIsSetAtTheBodySizeAcrossTheContentWidth() {
    Deck d = plan(HEAD + "### 비교\n\n| 항목 | 이전 | 이후 |\n|---|---|---|\n| 빌드 | 12분 | 3분 |\n| 배포 | 주 1회 | 매일 |\n");
    sound(d);
    List<TableSlide> tables = of(d, TableSlide.class);
    assertThat(tables).hasSize(1);
    SlideSpec.TableSpec t = tables.get(0).table();
    Box area = new FrameFitter(setup, SlideFrames.fallback(960, 540), measurer).bodyBelow("비교");
    assertThat(t.box().width()).isCloseTo(area.width(), org.assertj.core.data.Offset.offset(0.5));
    assertThat(t.box().x()).isCloseTo(area.x(), org.assertj.core.data.Offset.offset(0.5));
    assertThat(t.rows()).allSatisfy(r -> r.forEach(p -> assertThat(p.size()).isEqualTo(setup.bodySize())));
    assertThat(t.box().bottom()).isLessThanOrEqualTo(area.bottom() + 0.01);
    assertThat(t.box().y()).isGreaterThan(area.y()); // centred, not stuck to the top
  }

  @Test
  void aLongTableTakesNoMoreSlidesThanAtTheMinimumSize() {
    StringBuilder md = new StringBuilder(HEAD + "### 발표 자료\n\n| 세션 | 발표자 | 자료 |\n|---|---|---|\n");
    for (int i = 1; i <= 14; i++) {
      md.append("| 세션 제목이 조금 긴 ").append(i).append("번째 발표 | 발표자 ").append(i)
          .append(" | https://docs.example.com/presentation/d/1abcdefghijklmnopqrstuvwxyz").append(i).append("/edit |\n");
    }
    Event e = parse(md.toString());
    Deck d = plan(e, DeckPlanner.ImageSource.none());
    sound(d);
    SlideSetup small = new SlideSetup(setup.widthPt(), setup.heightPt(), setup.latinTypeface(),
        setup.eastAsianTypeface(), setup.codeTypeface(), setup.titleSize(), setup.minBodySize(), setup.minBodySize(),
        setup.codeSize(), setup.minCodeSize(), setup.fromTemplate(), setup.templateKeys());
    Deck atMinimum = new DeckPlanner(small, SlideFrames.fallback(960, 540), measurer, DeckPlanner.ImageSource.none(),
        Diagnostics.silent()).plan(e);
    assertThat(of(d, TableSlide.class)).hasSameSizeAs(of(atMinimum, TableSlide.class));
    List<String> cells = of(d, TableSlide.class).stream().flatMap(t -> t.table().rows().stream().skip(1))
        .map(r -> r.get(1).plainText()).toList();
    assertThat(cells).hasSize(14).startsWith("발표자 1").endsWith("발표자 14");
  }

  @Test
  void questionsAndAnswersReadApart() {
    Deck d = plan(HEAD + "### 질의응답\n\n- Q: 비용은 얼마나 드나요?\n  - 한 달에 10만 원 정도입니다\n"
        + "- Q: 팀은 몇 명인가요?\n  - A: 세 명이서 시작했습니다\n  - 지금은 다섯 명입니다\n");
    sound(d);
    List<Para> paras = d.slides().stream().filter(s -> DeckChecks.slideText(s).contains("Q: 비용"))
        .flatMap(s -> s.frames().stream().skip(1))
        .flatMap(f -> f.paras().stream()).filter(p -> !p.plainText().equals("질의응답")).toList();
    List<Para> questions = paras.stream().filter(p -> p.plainText().startsWith("Q:")).toList();
    List<Para> answers = paras.stream().filter(p -> !p.plainText().startsWith("Q:")).toList();
    assertThat(questions).hasSize(2).allSatisfy(q -> {
      assertThat(q.role()).isEqualTo(Para.Role.HEADING);
      assertThat(q.level()).isZero();
    });
    assertThat(answers).hasSize(3).allSatisfy(a -> {
      assertThat(a.role()).isEqualTo(Para.Role.BODY);
      assertThat(a.level()).isGreaterThanOrEqualTo(1);
    });
    assertThat(slidesText(d)).contains(DeckChecks.squash("한 달에 10만 원 정도입니다"), DeckChecks.squash("A: 세 명이서 시작했습니다"));
    // a list that only mentions a question is no Q/A
    assertThat(QaPairs.isQa(List.of(Para.plain("Q&A 시간이 짧았어요", Para.Role.BODY, 0)))).isFalse();
  }

  @Test
  void aPointLeadingWithAStrikingNumberGetsABigNumberSlide() {
    Deck d = plan(HEAD + "### 성과\n\n- 38% → 61% 전환율 상승\n\n### 배경\n\n- 2019 행사 소개\n- 15초 데이터에 0.006달러\n");
    sound(d);
    List<BulletSlide> big = of(d, BulletSlide.class).stream()
        .filter(s -> s.body().paras().stream().anyMatch(p -> p.role() == Para.Role.NUMBER)).toList();
    assertThat(big).hasSize(1);
    Para number = big.get(0).body().paras().get(0);
    assertThat(number.plainText()).isEqualTo("38% → 61%");
    assertThat(number.size()).isGreaterThan(setup.bodySize() * 1.5);
    assertThat(big.get(0).body().paras().get(1).plainText()).isEqualTo("전환율 상승");
    assertThat(BigNumbers.of("12,000건 처리")).isPresent();
    assertThat(BigNumbers.of("3배 빨라진 빌드")).isPresent();
    assertThat(BigNumbers.of("2019 행사 소개")).isEmpty();
    assertThat(BigNumbers.of("15초 데이터에 0.006달러")).isEmpty();
    assertThat(BigNumbers.of("1. 소개")).isEmpty();
  }

  @Test
  void aPictureSitsBesideShortTextAndAMissingOneIsALabelledLine() {
    String md = HEAD + "### 구조\n\n- 수집, 저장, 분석 세 단계\n\n![구조도](arch.png)\n\n### 없는 그림\n\n"
        + "- 발표 자료에 있던 그림\n- 두 번째 설명이 조금 더 길게 이어지는 줄입니다\n\n### 끝\n\n![빠진 그림](gone.png)\n"
        + "\n### 앞 그림\n\n![원격 그림](https://example.com/front.png)\n\n- 그림 다음에 오는 짧은 설명\n";
    Event e = parse(md);
    LoadedImage png = new LoadedImage("arch.png", new byte[] {1}, ImageFormat.PNG, 800, 600);
    Deck d = plan(e, (src, line) -> src.equals("arch.png") ? Optional.of(png) : Optional.empty());
    sound(d);
    List<ImageSlide> images = of(d, ImageSlide.class);
    assertThat(images).hasSize(2);
    ImageSlide beside = images.get(0);
    assertThat(beside.text().plainText()).contains("수집, 저장, 분석 세 단계");
    assertThat(beside.text().box().right()).isLessThanOrEqualTo(beside.box().x());
    assertThat(beside.box().within(960, 540)).isTrue();
    // a picture that cannot be shown, right before short text: a small labelled box beside it
    ImageSlide box = images.get(1);
    assertThat(box.image()).isNull();
    assertThat(box.text().plainText()).isEqualTo("그림 다음에 오는 짧은 설명");
    assertThat(box.caption().plainText()).contains("https://example.com/front.png").contains("원격 그림");
    assertThat(box.box().width() * box.box().height()).isLessThan(0.25 * 960 * 540);
    assertThat(box.box().x()).isGreaterThanOrEqualTo(box.text().box().right());
    // no slide of its own for a picture that cannot be shown: its label stands with the text
    String text = slidesText(d);
    assertThat(text).contains(DeckChecks.squash("gone.png — 빠진 그림"));
    assertThat(d.slides().stream().filter(s -> DeckChecks.slideText(s).contains("gone.png")).findFirst().orElseThrow())
        .isNotInstanceOf(ImageSlide.class);
  }

  private static final String[] NAMES = {"김하늘", "박서준", "이수민", "최지우", "정민호", "한유진"};

  @Test
  void aLongGroupedAgendaSplitsBetweenGroups() {
    StringBuilder md = new StringBuilder("# 이틀짜리 컨퍼런스\n\n");
    for (int day = 1; day <= 3; day++) {
      md.append("\n## Day ").append(day).append('\n');
      for (int t = 1; t <= 4; t++) {
        md.append("### 세션 제목 ").append(day).append('-').append(t).append(" - ").append(NAMES[t - 1])
            .append(" (노트덱)\n* 내용 한 줄\n");
      }
    }
    Event e = parse(md.toString());
    assertThat(e.talks()).hasSize(12);
    assertThat(e.talks().get(4).group()).isEqualTo("Day 2");
    Deck d = plan(e, DeckPlanner.ImageSource.none());
    sound(d);
    List<AgendaSlide> agenda = of(d, AgendaSlide.class);
    assertThat(agenda).hasSizeGreaterThan(1);
    for (AgendaSlide a : agenda) {
      assertThat(a.body().paras().get(0).role()).as("each agenda slide opens with its group").isEqualTo(Para.Role.HEADING);
    }
    String all = agenda.stream().map(a -> a.body().plainText()).collect(Collectors.joining("\n"));
    for (var t : e.talks()) {
      assertThat(all).contains(t.title());
    }
  }

  @Test
  void notesAndColumnsCondenseToo() {
    String md = HEAD + "### 첫째\n\n- 짧은 요점 하나\n\n::: notes\n여기서 손을 들어 보라고 하기\n:::\n\n"
        + "### 둘째\n\n- 짧은 요점 둘\n\n### 셋째\n\n- 짧은 요점 셋\n\n### 장단점\n\n:::: columns\n::: column\n- 빠름\n:::\n"
        + "::: column\n- 보통\n:::\n::: column\n- 느림\n:::\n::::\n";
    Event e = parse(md);
    Deck d = plan(e, DeckPlanner.ImageSource.none());
    sound(d);
    List<SlideSpec.CardsSlide> cards = of(d, SlideSpec.CardsSlide.class);
    assertThat(cards).as("short sections share a slide even with speaker notes").isNotEmpty();
    SlideSpec withNotes = d.slides().stream().filter(s -> s.notes().contains("손을 들어")).findFirst().orElseThrow();
    assertThat(DeckChecks.slideText(withNotes)).contains("짧은 요점 하나").doesNotContain("손을 들어");
    List<ColumnsSlide> columns = of(d, ColumnsSlide.class);
    assertThat(columns).hasSize(1);
    assertThat(columns.get(0).columns()).hasSize(3);
    assertThat(columns.get(0).layout()).isEqualTo(SlideLayout.COMPARISON);
    assertThat(allText(d)).contains(DeckChecks.squash("빠름"), DeckChecks.squash("느림"));
    assertThat(slidesText(d)).doesNotContain(DeckChecks.squash("손을 들어"));
  }

  @Test
  void theThemesDeckKeysSitUnderTheFrontMatterAndTheCommandLine() {
    Event plain = parse(HEAD + "### 하나\n\n- 요점\n");
    Event full = parse("---\ndeck: full\ndeck-agenda: on\n---\n" + HEAD + "### 하나\n\n- 요점\n");
    DeckOptions themed = new DeckOptions(DeckOptions.Mode.RECAP, false, true, false);
    assertThat(DeckOptions.of(plain, DeckOptions.Override.NONE, themed)).isEqualTo(themed);
    assertThat(DeckOptions.of(full, DeckOptions.Override.NONE, themed))
        .isEqualTo(new DeckOptions(DeckOptions.Mode.FULL, true, true, false));
    assertThat(DeckOptions.of(full, new DeckOptions.Override(null, false, null, true), themed))
        .isEqualTo(new DeckOptions(DeckOptions.Mode.FULL, false, true, true));
    Deck d = new DeckPlanner(setup, SlideFrames.fallback(960, 540), measurer, DeckPlanner.ImageSource.none(),
        Diagnostics.silent(), DeckOptions.Override.NONE, themed).plan(plain);
    assertThat(of(d, AgendaSlide.class)).isEmpty();
    assertThat(d.slides()).noneMatch(s -> s instanceof SlideSpec.ClosingSlide);
  }
}
