package dev.notedeck.parse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.notedeck.model.Event;
import dev.notedeck.model.Part;
import dev.notedeck.model.Section;
import dev.notedeck.model.Speaker;
import dev.notedeck.model.Talk;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Notes in the shapes people write them in the wild (issue 13): talks found at whatever heading
 * level holds them, groups above them, speakers in every common spelling, talks without headings,
 * and event sections that are not talks. Inputs written for these tests.
 */
class NotesShapesTest {

  private static Event read(String markdown) {
    return new NotesReader().read(markdown, Path.of("shapes.md")).event();
  }

  private static List<String> talkTitles(Event e) {
    return e.talks().stream().map(Talk::title).toList();
  }

  @Test
  void talksAtLevelThreeUnderDayGroups() {
    Event e = read("""
        # 데브페스트 2030

        ## Day 1
        ### 코루틴 깊이 보기 - 김하늘 (노트덱)
        * 구조적 동시성
        ### 빌드 빠르게 - 박서준
        * 캐시

        ## Day 2
        ### 테스트 이야기 - 이수민 (예시랩)
        * 픽스처
        """);
    assertThat(e.title()).isEqualTo("데브페스트 2030");
    assertThat(e.talks()).extracting(Talk::title, Talk::group, Talk::speakerLine).containsExactly(
        tuple("코루틴 깊이 보기", "Day 1", "김하늘 (노트덱)"),
        tuple("빌드 빠르게", "Day 1", "박서준"),
        tuple("테스트 이야기", "Day 2", "이수민 (예시랩)"));
    assertThat(e.parts()).allMatch(Talk.class::isInstance);
    assertThat(e.meta().talkLevel()).isEqualTo(3);
  }

  @Test
  void talksAtLevelFourUnderTracksWithQuoteMarkersInTheHeadings() {
    Event e = read("""
        ### 웹 트랙
        #### > 웹 컴포넌트 입문 - 김하늘님
        본문
        #### > 서비스 워커 - 캐시 전략  - [+Jane Doe](https://example.com/jane)님
        본문
        ### 클라우드
        #### > 서버리스 후기 - Example 이수민님
        본문
        """);
    assertThat(e.talks()).extracting(Talk::title, Talk::group, Talk::speakerLine).containsExactly(
        tuple("웹 컴포넌트 입문", "웹 트랙", "김하늘"),
        tuple("서비스 워커 - 캐시 전략", "웹 트랙", "Jane Doe"),
        tuple("서버리스 후기", "클라우드", "이수민 (Example)"));
  }

  @Test
  void talksAtLevelOneWithoutAnEventHeading() {
    Event e = read("""
        ---
        title: 모바일 세미나
        ---
        # 앱 성능 - 김하늘 (노트덱)
        * 시작 시간
        # 접근성 - 박서준 (예시랩)
        * 스크린 리더
        """);
    assertThat(e.title()).isEqualTo("모바일 세미나");
    assertThat(talkTitles(e)).containsExactly("앱 성능", "접근성");
    assertThat(e.meta().talkLevel()).isEqualTo(1);
  }

  @Test
  void groupHeadingsAtTheTalksLevelGroupTheTalksAfterThem() {
    Event e = read("""
        # 행사
        ## 오전
        ## 첫 발표 - 김하늘
        내용
        ## 점심 시간
        ## 오후
        ## 둘째 발표 - 박서준
        내용
        """);
    assertThat(e.talks()).extracting(Talk::title, Talk::group)
        .containsExactly(tuple("첫 발표", "오전"), tuple("둘째 발표", "오후"));
    assertThat(e.parts()).extracting(Part::title).containsExactly("첫 발표", "점심 시간", "둘째 발표");
  }

  @ParameterizedTest
  @CsvSource(delimiter = ';', value = {
      "2일차; true", "Day 2; true", "Track A; true", "Hall 2; true", "오후 세션; true", "A 트랙; true",
      "Room 101; true", "코루틴 입문; false", "Day One Android; false", "Kotlin 2.0; false"})
  void groupTitles(String title, boolean group) {
    assertThat(NonTalkTitles.isGroup(title)).isEqualTo(group);
  }

  @ParameterizedTest
  @CsvSource(delimiter = ';', value = {
      "소개", "점심", "점심 시간", "열린점심", "쉬는 시간", "참가 신청", "후기", "마무리", "END", "TODO",
      "Q&A", "Lunch", "Coffee Break", "Registration"})
  void eventSectionsAreNotTalks(String title) {
    Event e = read("# 행사\n## " + title + "\n내용\n## 발표 - 김하늘\n내용\n");
    assertThat(e.parts().get(0)).isInstanceOf(Section.class);
    assertThat(talkTitles(e)).containsExactly("발표");
  }

  @ParameterizedTest
  @CsvSource(delimiter = ';', value = {
      "코루틴 (김하늘 | 노트덱); 코루틴; 김하늘; 노트덱",
      "코루틴 (김하늘, 스푼라디오); 코루틴; 김하늘; 스푼라디오",
      "코루틴 / 김하늘 (노트덱); 코루틴; 김하늘; 노트덱",
      "Compose in depth by Jane Doe; Compose in depth; Jane Doe; ",
      "[노트덱] 코루틴 - 김하늘; 코루틴; 김하늘; 노트덱",
      "코루틴 - 김하늘@노트덱; 코루틴; 김하늘; 노트덱",
      "코루틴 : 김하늘; 코루틴; 김하늘; ",
      "코루틴 - 김하늘님; 코루틴; 김하늘; ",
      "코루틴 - 유병욱(Curogom)님; 코루틴; 유병욱; Curogom",
      "코루틴 - Google +Jane Doe님; 코루틴; Jane Doe; Google"})
  void speakerShapesInTheHeading(String heading, String title, String name, String affiliation) {
    TalkHeadingParser.TalkHeading th = TalkHeadingParser.parse(heading);
    assertThat(th.title()).isEqualTo(title);
    assertThat(th.speakers()).containsExactly(new Speaker(name, affiliation));
  }

  @Test
  void severalSpeakersWithEnglishNames() {
    TalkHeadingParser.TalkHeading th = TalkHeadingParser.parse("협업 - Jane Doe, 김하늘 (노트덱)");
    assertThat(th.speakers()).containsExactly(new Speaker("Jane Doe", "노트덱"), new Speaker("김하늘", "노트덱"));
  }

  @Test
  void speakerLinesUnderTheHeading() {
    Event e = read("""
        # 행사
        ## 코루틴
        발표자: 김하늘 (노트덱)

        * 내용
        ## 빌드
        연사 - 박서준

        * 내용
        ## 테스트
        Speaker - Jane Doe@예시랩

        * 내용
        ## 배포
        ### Speaker - 이수민
        ### 파이프라인
        * 내용
        """);
    assertThat(e.talks()).extracting(Talk::title, Talk::speakerLine).containsExactly(
        tuple("코루틴", "김하늘 (노트덱)"), tuple("빌드", "박서준"), tuple("테스트", "Jane Doe (예시랩)"),
        tuple("배포", "이수민"));
    // the speaker line is read, not repeated as notes
    assertThat(e.talks().get(0).intro()).hasSize(1);
    assertThat(e.talks().get(3).sections()).extracting(Section::title).containsExactly("파이프라인");
  }

  @Test
  void slotHeadingsTakeTheirTitleAndSpeakersFromTheQuotesUnderThem() {
    Event e = read("""
        # Keynote 1
        >모바일 개발의 새 흐름
        >>Jane Park VP of Design for Example

        ### 첫 주제
        * 내용

        # Keynote 2
        >플랫폼의 다음 10년

        ### 도구 이야기
        >김하늘
        >>Product Manager

        * 내용

        # Session 1
        >[패널] 모두를 위한 AI
        >>김하늘(Example 클라우드 총괄), 박서준(노트덱 연구소 교수)

        # Session 2
        >데이터 파이프라인 입문
        >>이수민(Data Engineer, 예시랩)
        """);
    assertThat(e.title()).isEqualTo("shapes");
    assertThat(e.meta().talkLevel()).isEqualTo(1);
    assertThat(e.talks()).extracting(Talk::title, Talk::subtitle, Talk::speakers).containsExactly(
        tuple("모바일 개발의 새 흐름", "Keynote 1", List.of(new Speaker("Jane Park", "VP of Design for Example"))),
        tuple("플랫폼의 다음 10년", "Keynote 2", List.of()),
        tuple("[패널] 모두를 위한 AI", "Session 1", List.of(new Speaker("김하늘", "Example 클라우드 총괄"),
            new Speaker("박서준", "노트덱 연구소 교수"))),
        tuple("데이터 파이프라인 입문", "Session 2", List.of(new Speaker("이수민", "Data Engineer, 예시랩"))));
    // the quotes were read, not repeated; a quote under a section stays a quote
    assertThat(e.talks().get(0).intro()).isEmpty();
    assertThat(e.talks().get(1).sections().get(0).blocks().get(0)).isInstanceOf(dev.notedeck.model.Block.Quote.class);
  }

  @Test
  void aTeamAndNameQuotedUnderTheHeadingIsTheSpeaker() {
    Event e = read("""
        # 사내 밋업

        > 밋업을 정리한 글

        ## 1. 자바에서 코틀린으로
        > 결제 플랫폼 스쿼드/김하늘님

        ### 1. 널 안전성
        내용

        ## 테스트 코드 작성하기
        > 참고
        >
        > - 품질개발팀/박서준님 밋업 발표
        > - https://example.com/guide

        ### 도구
        내용
        """);
    assertThat(e.talks()).extracting(Talk::title, Talk::speakerLine).containsExactly(
        tuple("자바에서 코틀린으로", "김하늘 (결제 플랫폼 스쿼드)"), tuple("테스트 코드 작성하기", "박서준 (품질개발팀)"));
    assertThat(e.talks().get(0).intro()).isEmpty(); // the speaker line is read, not repeated
    assertThat(e.talks().get(1).intro()).hasSize(1); // the references stay
  }

  @Test
  void talksAsBoldParagraphsUnderAHeading() {
    Event e = read("""
        # 특집
        ## 현장
        **1. 다트 3 소개 : 김하늘**

        다트 이야기.

        **위젯 테스트 - 박서준(Bear)님, Jane Doe**

        테스트 이야기.
        ## 설문
        * 좋았다
        """);
    assertThat(e.talks()).extracting(Talk::number, Talk::title, Talk::speakerLine, Talk::group).containsExactly(
        tuple("1", "다트 3 소개", "김하늘", "현장"), tuple(null, "위젯 테스트", "박서준 (Bear), Jane Doe", "현장"));
    assertThat(e.talks().get(0).intro()).hasSize(1);
    assertThat(e.parts()).filteredOn(Section.class::isInstance).extracting(Part::title).containsExactly("설문");
  }

  @Test
  void talksAsNumberedListItemsWithNestedNotes() {
    Event e = read("""
        # 밋업
        1. 코루틴 - 김하늘
           * 구조적 동시성
        2. 빌드 - 박서준 (노트덱)
           * 캐시
        """);
    assertThat(e.talks()).extracting(Talk::title, Talk::speakerLine)
        .containsExactly(tuple("코루틴", "김하늘"), tuple("빌드", "박서준 (노트덱)"));
    assertThat(e.talks().get(1).intro()).hasSize(1);
  }

  @Test
  void frontMatterSettlesTheTalksLevel() {
    Event e = read("""
        ---
        talks: 3
        ---
        # 행사
        ## 1부
        ### 첫째
        내용
        ### 둘째
        내용
        """);
    assertThat(talkTitles(e)).containsExactly("첫째", "둘째");
    assertThat(e.talks()).allSatisfy(t -> assertThat(t.group()).isEqualTo("1부"));
  }

  @Test
  void frontMatterListsTheTalksByTitle() {
    Event e = read("""
        ---
        talks:
          - 첫째
          - 둘째
        ---
        # 행사
        ## 첫째
        내용
        ## 잡담
        내용
        ## 둘째
        내용
        """);
    assertThat(talkTitles(e)).containsExactly("첫째", "둘째");
    assertThat(e.parts()).extracting(Part::title).containsExactly("첫째", "잡담", "둘째");
  }

  @Test
  void theSummarySaysWhatWasFound() {
    Event e = read("""
        # 행사
        ## Day 1
        ### 하나 - 김하늘
        내용
        ### 둘
        내용
        ## Day 2
        ### 셋 - 박서준
        내용
        """);
    assertThat(TalkSummary.of(e).message()).isEqualTo("3 talks at ###, in 2 groups; 1 without speaker");
    assertThat(TalkSummary.of(read("# 행사\n\n본문\n")).message()).startsWith("0 talks found;");
  }

  @Test
  void frontMatterOfJekyllHugoAndVuePress() {
    Event jekyll = read("---\nlayout: post\ntitle: \"긴 제목:\n  두 줄\"\ndate: 2024-05-01 10:00:00 +0900\n"
        + "author:\n  name: 누군가\ntags: [a, b]\ncategories:\n  - devfest\nlang: ko\n---\n## 발표 - 김하늘\n내용\n");
    assertThat(jekyll.title()).isEqualTo("긴 제목: 두 줄");
    assertThat(jekyll.meta().get("date")).hasValue("2024-05-01 10:00:00 +0900");
    assertThat(jekyll.meta().get("lang")).hasValue("ko");
    assertThat(jekyll.meta().get("author")).isEmpty();
    Event hugo = read("+++\ntitle = \"휴고 글\"\ndescription = \"설명\"\n[params]\n  x = 1\n+++\n## 발표 - 김하늘\n내용\n");
    assertThat(hugo.title()).isEqualTo("휴고 글");
    assertThat(hugo.meta().get("description")).hasValue("설명");
    assertThat(hugo.talks()).extracting(Talk::line).containsExactly(7);
    Event vuepress = read("---\ntitle: 뷰\ndescription: >\n  접힌\n  설명\nsidebar: auto\n---\n## 발표 - 김하늘\n내용\n");
    assertThat(vuepress.meta().get("description")).hasValue("접힌 설명");
  }

  @Test
  void githubMarkdownShapes() {
    Event e = read("## 발표 - 김하늘\n첫 줄<br>둘째 줄\n\n이름 | 값\n-- | -\n가 | 1\n\n"
        + "<iframe src=\"https://www.youtube.com/embed/x\" title=\"발표 영상\"></iframe>\n\n"
        + "글 <video src=\"https://example.com/v.mp4\"></video> 끝\n");
    List<dev.notedeck.model.Block> intro = e.talks().get(0).intro();
    assertThat(intro.get(0)).isEqualTo(new dev.notedeck.model.Block.Paragraph(
        dev.notedeck.model.RichText.of("첫 줄\n둘째 줄")));
    assertThat(intro.get(1)).isInstanceOfSatisfying(dev.notedeck.model.Block.Table.class,
        t -> assertThat(t.rows()).hasSize(1));
    assertThat(intro.get(2)).isInstanceOfSatisfying(dev.notedeck.model.Block.Paragraph.class, p -> {
      assertThat(p.text().plainText()).isEqualTo("발표 영상");
      assertThat(p.text().spans().get(0).href()).isEqualTo("https://www.youtube.com/embed/x");
    });
    assertThat(intro.get(3)).isInstanceOfSatisfying(dev.notedeck.model.Block.Paragraph.class,
        p -> assertThat(p.text().spans()).anySatisfy(s -> assertThat(s.href()).isEqualTo("https://example.com/v.mp4")));
  }

  @Test
  void liquidTagsAndHeadingsWithoutASpaceStayTextWithAFinding() {
    ParseResult r = new NotesReader().read("## 발표 - 김하늘\n{{ site.baseurl }} 와 {% raw %}\n\n####단점\n"
        + "```\n####코드 안은 괜찮다 {{ x }}\n```\n", Path.of("w.md"));
    assertThat(r.findings()).extracting(f -> f.code() + "@" + f.line())
        .containsExactly("notes.liquid@2", "heading.no-space@4");
    assertThat(r.event().talks().get(0).intro()).filteredOn(dev.notedeck.model.Block.Paragraph.class::isInstance)
        .extracting(b -> ((dev.notedeck.model.Block.Paragraph) b).text().plainText())
        .startsWith("{{ site.baseurl }} 와 {% raw %}", "####단점");
  }

  @Test
  void imagesAmongTextAreKeptAsImages() {
    Event e = read("## 발표 - 김하늘\n구조는 ![도표](a.png) 이렇다\n\n* 항목 ![그림](b.png)\n* 다음\n");
    List<dev.notedeck.model.Block> intro = e.talks().get(0).intro();
    assertThat(intro.get(1)).isEqualTo(new dev.notedeck.model.Block.Image("a.png", "도표", "", 2));
    assertThat(intro.get(2)).isInstanceOfSatisfying(dev.notedeck.model.Block.ListBlock.class, l ->
        assertThat(l.items().get(0).children()).containsExactly(new dev.notedeck.model.Block.Image("b.png", "그림", "", 4)));
  }
}
