package dev.notedeck.parse;

import java.util.Locale;
import java.util.Set;

/**
 * Recognises {@code ##} headings that open or close an event rather than name a talk
 * ({@code 소개}, {@code 마무리}, {@code References}). The whole title must match, ignoring case,
 * numbering, spaces and punctuation; "Introduction to Kotlin" is still a talk.
 */
final class NonTalkTitles {

  private static final Set<String> TITLES = Set.of(
      // Korean
      "소개", "행사소개", "행사정보", "개요", "들어가며", "들어가기", "들어가기전에", "시작하며", "시작하기전에",
      "머리말", "서문", "인사말", "마무리", "마치며", "맺음말", "맺으며", "끝으로", "나가며", "후기", "총평",
      "소감", "느낀점", "정리", "요약", "총정리", "목차", "차례", "공지", "공지사항", "안내", "참고", "참고자료",
      "참고링크", "참고문헌", "링크", "관련링크", "발표자료", "일정", "타임테이블", "시간표", "아젠다", "회고",
      "점심", "점심시간", "열린점심", "점심식사", "쉬는시간", "휴식", "휴식시간", "참가신청", "신청", "등록",
      "접수", "네트워킹", "저녁", "저녁식사", "뒤풀이", "경품추첨", "추첨", "단체사진", "오프닝", "클로징",
      "질의응답", "질문", "끝", "감사합니다", "할일",
      // English
      "intro", "introduction", "outro", "closing", "closingremarks", "conclusion", "conclusions",
      "summary", "agenda", "wrapup", "notice", "notices", "announcements", "references", "reference",
      "resources", "links", "furtherreading", "seealso", "toc", "tableofcontents", "contents",
      "overview", "preface", "prologue", "epilogue", "about", "schedule", "timetable",
      "retrospective", "opening", "openingremarks", "welcome", "notes", "end", "theend", "todo",
      "qa", "qna", "questions", "faq", "lunch", "lunchbreak", "break", "coffeebreak", "registration",
      "networking", "dinner", "afterparty", "thanks", "thankyou");

  /** Headings that group talks: "Day 1", "2일차", "오전", "오후 세션", "Track A", "Hall 2", "Room 101". */
  private static final java.util.regex.Pattern GROUP = java.util.regex.Pattern.compile(
      "(?i)^(?:(?:day|track|hall|room|stage|트랙|룸|홀)\\s*[0-9A-Za-z가-힣]{1,3}"
          + "|[0-9]{1,2}\\s*일\\s*차|(?:첫|둘|셋)째\\s*날|[0-9A-Za-z]\\s*(?:트랙|홀|룸)|오전|오후|오전\\s*세션|오후\\s*세션"
          + "|morning|afternoon|morning\\s+sessions?|afternoon\\s+sessions?)"
          + "(?:\\s*[(:：-].*)?$");

  /** Whether a heading's title reads as a group of talks rather than a talk. */
  static boolean isGroup(String title) {
    return GROUP.matcher(title.strip()).matches();
  }

  private NonTalkTitles() {}

  static boolean matches(String title) {
    if (TITLES.contains(normalize(title))) {
      return true;
    }
    // "소개 (Intro)", "References [links]": the part before the parentheses decides
    int paren = indexOfAny(title, "([（");
    return paren > 0 && TITLES.contains(normalize(title.substring(0, paren)));
  }

  /** Lower case, letters only (numbers, spaces, punctuation and emoji dropped). */
  static String normalize(String s) {
    StringBuilder sb = new StringBuilder(s.length());
    s.codePoints()
        .filter(Character::isLetter)
        .forEach(cp -> sb.appendCodePoint(Character.toLowerCase(cp)));
    return sb.toString().toLowerCase(Locale.ROOT);
  }

  private static int indexOfAny(String s, String chars) {
    for (int i = 0; i < s.length(); i++) {
      if (chars.indexOf(s.charAt(i)) >= 0) {
        return i;
      }
    }
    return -1;
  }
}
