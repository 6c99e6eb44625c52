package dev.notedeck.parse;

import java.util.Set;
import java.util.regex.Pattern;

/**
 * Tells a person's name from other short phrases, for reading speakers out of talk headings
 * ({@code BQ ML Castle(이용운)} has a speaker, {@code Flutter (입문)} has a subtitle).
 */
final class PersonNames {

  private PersonNames() {}

  /** Common Korean family names; a Hangul name starts with one of them. */
  private static final String SURNAMES =
      "김이박최정강조윤장임한오서신권황안송류유전홍고문양손배백허남심노하곽성차주우구민진나지엄채원천방공현함변염여추도"
          + "소석선설마길연위표명기반라왕금옥육인맹제모탁국어은편용예경봉사부가복태목형계피두감음빈동온호범좌팽승간상시갈단견당화창옹순빙묵근영궁종리";

  private static final Set<String> COMPOUND_SURNAMES =
      Set.of("남궁", "황보", "제갈", "선우", "독고", "사공", "서문", "동방");

  /** Short words that start like a surname but are not names (they often follow a title). */
  private static final Set<String> NOT_NAMES = Set.of(
      "정리", "소개", "안내", "마무리", "기초", "기본", "심화", "고급", "중급", "초급", "입문", "실습", "후기",
      "요약", "발표", "예제", "번역", "전편", "후편", "상편", "하편", "개요", "데모", "질문", "답변", "공지",
      "영상", "자료", "원문", "도구", "사례", "구현", "설계", "연습", "실전", "전략", "성능", "보안", "운영",
      "배포", "개발", "이론", "문제", "정답", "해설", "방법", "장점", "단점", "결론", "서론", "본론", "총평",
      "한국", "서울", "부산", "공유", "공개", "공식", "진행", "주제", "목차", "참고", "추가", "수정", "변경",
      "신규", "경험", "회고", "소감", "강의", "강연", "세션", "특강", "토크", "대담", "패널", "토론", "라이브",
      "현장", "온라인", "무료", "유료", "예정", "완료", "이야기", "시작", "기획", "디자인", "모바일", "서버",
      "인프라", "데이터", "인공지능", "머신러닝", "딥러닝", "클라우드", "프론트", "백엔드", "안드로이드",
      "기조연설", "오프닝", "클로징", "마감", "사전", "사후", "전반", "후반", "오전", "오후", "저녁", "점심");

  /** Capitalised words that are far more often part of a title than a name. */
  private static final Set<String> NOT_NAME_WORDS = Set.of(
      "google", "cloud", "android", "kotlin", "java", "swift", "part", "machine", "learning", "web",
      "app", "apps", "data", "server", "edition", "revised", "beginner", "beginners", "advanced",
      "basic", "basics", "intro", "introduction", "live", "demo", "session", "track", "day", "korea",
      "seoul", "version", "update", "updated", "english", "korean", "keynote", "workshop", "lab",
      "codelab", "hands", "on", "in", "of", "the", "and", "for", "with", "preview", "beta", "summary",
      "recap", "review", "case", "study", "deep", "dive", "talk", "panel", "lightning", "new",
      "open", "source", "mobile", "ios", "flutter", "firebase", "react", "spring", "python", "go",
      "rust", "ai", "ml", "api", "cli", "devops", "security", "performance", "testing", "design",
      "started", "best", "practices", "practice", "tips", "tricks", "patterns", "architecture", "how",
      "what", "why", "future", "next", "first", "from", "to", "your", "my", "our", "using", "is",
      "a", "an", "at", "by", "vs", "chapter", "step", "steps", "guide", "story", "q&a");

  private static final Pattern HANGUL_WORD = Pattern.compile("[가-힣]+");
  private static final Pattern LATIN_WORD = Pattern.compile("\\p{Lu}[\\p{L}'’.\\-]*\\.?");

  /** A Korean name: a family name then one to three syllables (e.g. 백재연, 남궁민수). */
  static boolean isHangulName(String s) {
    String name = s.strip();
    int space = name.indexOf(' ');
    if (space > 0) {
      // "남궁 민수" style: a space only right after the family name
      String family = name.substring(0, space);
      if (!(family.length() == 1 || COMPOUND_SURNAMES.contains(family))) {
        return false;
      }
      name = family + name.substring(space + 1);
    }
    if (!HANGUL_WORD.matcher(name).matches() || NOT_NAMES.contains(name)) {
      return false;
    }
    int len = name.length();
    if (len >= 3 && COMPOUND_SURNAMES.contains(name.substring(0, 2))) {
      return len <= 5;
    }
    return len >= 2 && len <= 4 && SURNAMES.indexOf(name.charAt(0)) >= 0;
  }

  /** A Latin-script name: {@code minWords}..3 capitalised words (Jake Wharton, J. Doe). */
  static boolean isLatinName(String s, int minWords) {
    String[] words = s.strip().split(" +");
    if (words.length < minWords || words.length > 3) {
      return false;
    }
    for (String w : words) {
      String lower = w.toLowerCase(java.util.Locale.ROOT);
      if (!LATIN_WORD.matcher(w).matches() || NOT_NAME_WORDS.contains(lower)
          || (lower.length() >= 6 && lower.endsWith("ing"))) {
        return false;
      }
      // all-capital acronyms (GCP, ML) are not names; initials like "J." are
      if (w.length() > 1 && w.chars().filter(Character::isLetter).allMatch(Character::isUpperCase)
          && !w.endsWith(".")) {
        return false;
      }
    }
    return true;
  }

  /** A name standing alone: after a separator or inside parentheses at the end of a title. */
  static boolean isStrictName(String s) {
    return isHangulName(s) || isLatinName(s, 2);
  }

  /**
   * A name that comes with an affiliation ({@code 제이크 워튼 (Google)}): the parentheses make
   * it a speaker, so any short phrase without sentence punctuation is accepted.
   */
  static boolean isPlausibleNameWithAffiliation(String s) {
    String name = s.strip();
    if (name.isEmpty() || name.length() > 40 || name.split(" +").length > 5) {
      return false;
    }
    for (int i = 0; i < name.length(); i++) {
      char c = name.charAt(i);
      if ("?!:;\"“”()[]{}<>|".indexOf(c) >= 0 || Character.isDigit(c)) {
        return false;
      }
    }
    return Character.isLetter(name.codePointAt(0));
  }
}
