package dev.notedeck.shapes;

import static org.assertj.core.api.Assertions.assertThat;

import dev.notedeck.RenderContext;
import dev.notedeck.diagnostics.Diagnostics;
import dev.notedeck.model.Event;
import dev.notedeck.parse.NotesReader;
import dev.notedeck.render.html.HtmlHandoutRenderer;
import dev.notedeck.render.pptx.DeckRenderer;
import dev.notedeck.render.pptx.WrittenDeck;
import dev.notedeck.theme.ThemeLoader;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Issue 13's promise, in the outputs: notes in each shape people write get a deck whose agenda
 * and a handout whose contents list the real talks with their speakers, and nothing else as a
 * talk. A talk without notes still gets its divider and agenda line, and no empty slides.
 * Inputs written for these tests.
 */
class TalksInOutputsTest {

  /** Notes, then each talk as "title / speakers" as a reader of the notes would list them. */
  record Shape(String name, String notes, List<String> talks, List<String> notTalks) {
    @Override
    public String toString() {
      return name;
    }
  }

  static List<Shape> shapes() {
    return List.of(
        new Shape("talks at ### under day groups", """
            # 모바일 컨퍼런스 2031

            ## 1일차
            ### 오프닝
            환영 인사
            ### 코루틴 깊이 보기 - 김하늘 (노트덱)
            * 구조적 동시성
            ### 점심 시간
            ### 빌드 빠르게 - 박서준
            * 원격 캐시

            ## 2일차
            ### 테스트 이야기 (이수민 | 예시랩)
            * 픽스처
            ### 마무리
            """, List.of("코루틴 깊이 보기 / 김하늘 (노트덱)", "빌드 빠르게 / 박서준", "테스트 이야기 / 이수민 (예시랩)"),
            List.of("오프닝", "점심 시간", "마무리", "1일차")),
        new Shape("slots with the title and speakers quoted under them", """
            # Keynote 1
            >모바일 개발의 새 흐름
            >>Jane Park VP of Design for Example

            ### 첫 주제
            * 내용

            # Session 1
            >[패널] 모두를 위한 AI
            >>김하늘(Example 클라우드 총괄), 박서준(노트덱 연구소 교수)

            ### 질문
            * 답변

            # Session 2
            >데이터 파이프라인 입문
            >>이수민(Data Engineer, 예시랩)
            """, List.of("모바일 개발의 새 흐름 / Jane Park (VP of Design for Example)",
                "[패널] 모두를 위한 AI / 김하늘 (Example 클라우드 총괄), 박서준 (노트덱 연구소 교수)",
                "데이터 파이프라인 입문 / 이수민 (Data Engineer, 예시랩)"),
            List.of("첫 주제", "질문")),
        new Shape("talks as bold paragraphs", """
            # 특집호

            ## 현장 스케치
            **다트 3 소개 - 김하늘(Sky)님**

            다트 이야기.

            **위젯 테스트 - 박서준님, Jane Park**

            테스트 이야기.

            ## 설문
            * 좋았던 점
            """, List.of("다트 3 소개 / 김하늘 (Sky)", "위젯 테스트 / 박서준, Jane Park"),
            List.of("현장 스케치", "설문")),
        new Shape("talks as list items", """
            # 사내 밋업

            1. 코루틴 입문 - 김하늘
               * 구조적 동시성
            2. 빌드 캐시 - 박서준 (노트덱)
               * 원격 캐시
            """, List.of("코루틴 입문 / 김하늘", "빌드 캐시 / 박서준 (노트덱)"), List.of()));
  }

  @ParameterizedTest
  @MethodSource("shapes")
  void theAgendaAndTheContentsListTheRealTalksWithTheirSpeakers(Shape shape) throws Exception {
    Event event = new NotesReader().read(shape.notes(), Path.of("shape.md")).event();
    assertThat(event.talks()).extracting(t -> t.title() + " / " + t.speakerLine())
        .containsExactlyElementsOf(shape.talks());
    if (shape.name().startsWith("slots")) {
      // the slot a talk filled is kept, as its subtitle
      assertThat(event.talks()).extracting(t -> t.subtitle()).containsExactly("Keynote 1", "Session 1", "Session 2");
    }
    RenderContext context = new RenderContext(new ThemeLoader().load("default"), Path.of("."), Diagnostics.silent());

    // the handout's contents: one talk row per talk, with its speakers
    ByteArrayOutputStream page = new ByteArrayOutputStream();
    new HtmlHandoutRenderer().render(event, context, page);
    List<String> rows = talkRows(page.toString(StandardCharsets.UTF_8));
    assertThat(rows).hasSameSizeAs(shape.talks());
    for (int i = 0; i < rows.size(); i++) {
      String[] titleAndSpeakers = shape.talks().get(i).split(" / ");
      assertThat(rows.get(i)).contains(escape(titleAndSpeakers[0])).contains(escape(titleAndSpeakers[1]));
    }
    for (String notTalk : shape.notTalks()) {
      assertThat(rows).noneMatch(r -> r.contains(">" + notTalk + "<"));
    }

    // the deck's agenda: the talks and their speakers, nothing else as a numbered line
    List<String> slides = slides(event, context);
    String agenda = slides.stream().filter(s -> s.startsWith("발표 순서")).findFirst().orElseThrow();
    for (String talk : shape.talks()) {
      String[] titleAndSpeakers = talk.split(" / ");
      assertThat(agenda).contains(titleAndSpeakers[0]).contains(titleAndSpeakers[1]);
    }
    for (String notTalk : shape.notTalks()) {
      assertThat(agenda.lines()).as(notTalk).noneMatch(l -> l.equals(notTalk) && !isGroup(event, l));
    }
  }

  @ParameterizedTest
  @MethodSource("shapes")
  void aTalkWithoutNotesGetsItsDividerAndAgendaLineOnly(Shape shape) throws Exception {
    String notes = shape.notes() + "\n## 빈 발표 - 최유진 (노트덱)\n";
    if (shape.name().equals("talks at ### under day groups")) {
      notes = shape.notes() + "\n### 빈 발표 - 최유진 (노트덱)\n";
    } else if (shape.name().startsWith("slots")) {
      notes = shape.notes() + "\n# Session 3\n>빈 발표\n>>최유진(노트덱)\n";
    } else if (shape.name().equals("talks as bold paragraphs")) {
      return; // a bold talk at the end would fall into the survey section it follows
    } else if (shape.name().equals("talks as list items")) {
      notes = notes.replace("\n## 빈 발표 - 최유진 (노트덱)\n", "3. 빈 발표 - 최유진 (노트덱)\n");
    }
    Event event = new NotesReader().read(notes, Path.of("shape.md")).event();
    assertThat(event.talks()).last().satisfies(t -> {
      assertThat(t.title()).isEqualTo("빈 발표");
      assertThat(t.speakerLine()).isEqualTo("최유진 (노트덱)");
      assertThat(t.intro()).isEmpty();
      assertThat(t.sections()).isEmpty();
    });
    RenderContext context = new RenderContext(new ThemeLoader().load("default"), Path.of("."), Diagnostics.silent());
    List<String> slides = slides(event, context);
    assertThat(slides.stream().filter(s -> s.startsWith("발표 순서"))).anyMatch(s -> s.contains("빈 발표"));
    List<String> showing = slides.stream().filter(s -> s.contains("빈 발표") && !s.startsWith("발표 순서")).toList();
    assertThat(showing).as("only the divider shows the empty talk").hasSize(1);
    int divider = slides.indexOf(showing.get(0));
    assertThat(slides.get(divider)).contains("최유진");
    // what follows the divider is the closing slide, not an empty slide titled with the talk
    assertThat(slides.get(divider + 1)).contains("감사합니다");
  }

  private static boolean isGroup(Event event, String line) {
    return event.talks().stream().anyMatch(t -> line.equals(t.group()));
  }

  private static String escape(String s) {
    return s.replace("&", "&amp;").replace("<", "&lt;");
  }

  private static final Pattern TALK_ROW = Pattern.compile("<tr class=\"toc-talk\">(.*?)</tr>", Pattern.DOTALL);

  private static List<String> talkRows(String html) {
    List<String> rows = new ArrayList<>();
    Matcher m = TALK_ROW.matcher(html);
    while (m.find()) {
      rows.add(m.group(1));
    }
    return rows;
  }

  private static List<String> slides(Event event, RenderContext context) throws Exception {
    ByteArrayOutputStream pptx = new ByteArrayOutputStream();
    new DeckRenderer().render(event, context, pptx);
    return WrittenDeck.slideTexts(pptx.toByteArray());
  }
}
