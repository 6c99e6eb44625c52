package dev.notedeck.parse;

import static org.assertj.core.api.Assertions.assertThat;

import dev.notedeck.model.Speaker;
import dev.notedeck.parse.TalkHeadingParser.TalkHeading;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class TalkHeadingParserTest {

  private static TalkHeading parse(String s) {
    return TalkHeadingParser.parse(s);
  }

  @Test
  void numberTitleSubtitleSpeakerAffiliation() {
    TalkHeading h = parse("1. machine learning on gcp ( 스타트업의 머신러닝 준비기 ) - 백재연 ( 스푼라디오 )");
    assertThat(h.number()).isEqualTo("1");
    assertThat(h.title()).isEqualTo("machine learning on gcp");
    assertThat(h.subtitle()).isEqualTo("스타트업의 머신러닝 준비기");
    assertThat(h.speakers()).containsExactly(new Speaker("백재연", "스푼라디오"));
    assertThat(h.problem()).isNull();
  }

  @Test
  void titleWithPunctuationThenSpeaker() {
    TalkHeading h = parse("Google Next 다녀왔어요!! - 박정운 ( 닐슨 코리아 )");
    assertThat(h.number()).isNull();
    assertThat(h.title()).isEqualTo("Google Next 다녀왔어요!!");
    assertThat(h.subtitle()).isNull();
    assertThat(h.speakers()).containsExactly(new Speaker("박정운", "닐슨 코리아"));
  }

  @Test
  void speakerInParentheses() {
    TalkHeading h = parse("BQ ML Castle(이용운)");
    assertThat(h.title()).isEqualTo("BQ ML Castle");
    assertThat(h.subtitle()).isNull();
    assertThat(h.speakers()).containsExactly(new Speaker("이용운", null));

    TalkHeading latin = parse("Kotlin Coroutines (Jake Wharton)");
    assertThat(latin.title()).isEqualTo("Kotlin Coroutines");
    assertThat(latin.speakers()).containsExactly(new Speaker("Jake Wharton", null));
  }

  @Test
  void longerParentheticalIsASubtitle() {
    TalkHeading h = parse("Flutter 101 (처음 만나는 크로스 플랫폼)");
    assertThat(h.title()).isEqualTo("Flutter 101");
    assertThat(h.subtitle()).isEqualTo("처음 만나는 크로스 플랫폼");
    assertThat(h.speakers()).isEmpty();
    // short words that are not names stay subtitles
    assertThat(parse("Kotlin 코루틴 (입문)").subtitle()).isEqualTo("입문");
    assertThat(parse("Kotlin 코루틴 (정리)").speakers()).isEmpty();
    assertThat(parse("Compose (Deep Dive)").speakers()).isEmpty();
    assertThat(parse("Machine Learning (Google Cloud)").speakers()).isEmpty();
  }

  @Test
  void severalSpeakersSharingACompany() {
    TalkHeading h = parse("우리 팀의 MSA 전환기 - 김하늘, 박서준 ( 회사 )");
    assertThat(h.title()).isEqualTo("우리 팀의 MSA 전환기");
    assertThat(h.speakers()).containsExactly(new Speaker("김하늘", "회사"), new Speaker("박서준", "회사"));
  }

  @Test
  void severalSpeakersEachWithACompany() {
    TalkHeading h = parse("우리 팀의 MSA 전환기 - 김하늘 ( A사 ), 박서준 ( B사 )");
    assertThat(h.speakers()).containsExactly(new Speaker("김하늘", "A사"), new Speaker("박서준", "B사"));
    TalkHeading mixed = parse("제목 - 김하늘 (A사), 박서준");
    assertThat(mixed.speakers()).containsExactly(new Speaker("김하늘", "A사"), new Speaker("박서준", null));
  }

  @ParameterizedTest
  @ValueSource(strings = {" - ", " – ", " — ", " | ", " ㅡ "})
  void everySeparator(String sep) {
    TalkHeading h = parse("3. 서버리스 실전기" + sep + "최유진 (카카오)");
    assertThat(h.number()).isEqualTo("3");
    assertThat(h.title()).isEqualTo("서버리스 실전기");
    assertThat(h.speakers()).containsExactly(new Speaker("최유진", "카카오"));
  }

  @Test
  void numberShapes() {
    assertThat(parse("3. 제목")).extracting(TalkHeading::number, TalkHeading::title).containsExactly("3", "제목");
    assertThat(parse("1) 제목")).extracting(TalkHeading::number, TalkHeading::title).containsExactly("1", "제목");
    assertThat(parse("(2) 제목")).extracting(TalkHeading::number, TalkHeading::title).containsExactly("2", "제목");
    assertThat(parse("Session 4: 제목")).extracting(TalkHeading::number, TalkHeading::title)
        .containsExactly("4", "제목");
    // not numbers: a version, a year, a ratio
    assertThat(parse("2.0 마이그레이션").number()).isNull();
    assertThat(parse("2019 if kakao").number()).isNull();
    assertThat(parse("1:1 채팅 구현기").number()).isNull();
  }

  @Test
  void talksWithoutSpeakers() {
    TalkHeading h = parse("Clean Architecture (in Android) Revised");
    assertThat(h.title()).isEqualTo("Clean Architecture (in Android) Revised");
    assertThat(h.speakers()).isEmpty();
    assertThat(h.subtitle()).isNull();
    assertThat(parse("지금까지 이런 처리는 없었다. 이것은 Rx인가, UI 이벤트인가?").speakers()).isEmpty();
    assertThat(parse("Dagger vs Koin 어떻게 쓰는 건가요??").title()).isEqualTo("Dagger vs Koin 어떻게 쓰는 건가요??");
  }

  @Test
  void hyphensInsideWordsNeverSplit() {
    assertThat(parse("Wrap-up").title()).isEqualTo("Wrap-up");
    TalkHeading h = parse("e-mail 자동화와 Large-Scale App - 정다은");
    assertThat(h.title()).isEqualTo("e-mail 자동화와 Large-Scale App");
    assertThat(h.speakers()).containsExactly(new Speaker("정다은", null));
  }

  @Test
  void separatorWithoutASpeakerIsReported() {
    TalkHeading h = parse("Kotlin - 더 나은 코드를 위한 여정");
    assertThat(h.title()).isEqualTo("Kotlin - 더 나은 코드를 위한 여정");
    assertThat(h.speakers()).isEmpty();
    assertThat(h.problem()).contains("could not recognise a speaker");
  }

  @Test
  void honorificsAndForeignNamesWithCompany() {
    assertThat(parse("제목 - 박정운님 (닐슨)").speakers()).containsExactly(new Speaker("박정운", "닐슨"));
    assertThat(parse("제목 - 제이크 워튼 (Google)").speakers()).containsExactly(new Speaker("제이크 워튼", "Google"));
    assertThat(parse("제목 - Jane Doe").speakers()).containsExactly(new Speaker("Jane Doe", null));
  }

  @Test
  void nonTalkTitles() {
    for (String t : List.of("소개", "마무리", "들어가며", "맺음말", "후기", "정리", "목차", "Intro", "INTRODUCTION",
        "Outro", "Closing", "Summary", "Agenda", "Wrap-up", "wrap up", "공지", "참고 자료", "References",
        "0. 소개", "마무리!", "References:", "📌 공지")) {
      assertThat(NonTalkTitles.matches(t)).as(t).isTrue();
    }
    for (String t : List.of("Introduction to Kotlin", "소개팅 앱 개발기", "정리되지 않은 생각들", "Closing the gap")) {
      assertThat(NonTalkTitles.matches(t)).as(t).isFalse();
    }
  }

  @Test
  void speakerLabelsAndBy() {
    assertThat(parse("서버리스 이야기 (발표자: 최유진)").speakers()).containsExactly(new Speaker("최유진", null));
    assertThat(parse("서버리스 이야기 - 연사: 최유진 (카카오)").speakers())
        .containsExactly(new Speaker("최유진", "카카오"));
    TalkHeading by = parse("Compose in depth by Jake Wharton");
    assertThat(by.title()).isEqualTo("Compose in depth");
    assertThat(by.speakers()).containsExactly(new Speaker("Jake Wharton", null));
    // "by" followed by something that is not a person stays in the title
    TalkHeading notPeople = parse("Learning by doing");
    assertThat(notPeople.title()).isEqualTo("Learning by doing");
    assertThat(notPeople.speakers()).isEmpty();
    assertThat(notPeople.problem()).isNull();
  }
}
