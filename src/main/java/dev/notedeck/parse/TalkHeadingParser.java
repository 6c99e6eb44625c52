package dev.notedeck.parse;

import dev.notedeck.model.Speaker;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads number, title, subtitle and speakers out of a talk heading. Shapes understood:
 * <pre>
 * 1. machine learning on gcp ( 스타트업의 머신러닝 준비기 ) - 백재연 ( 스푼라디오 )
 * Google Next 다녀왔어요!! - 박정운 ( 닐슨 코리아 )
 * BQ ML Castle(이용운)
 * 제목 - 김하늘, 박서준 ( 회사 )          (both at 회사)
 * 제목 – 김하늘 ( A사 ), 박서준 ( B사 )
 * 3. 제목    1) 제목    (2) 제목         (numbers)
 * </pre>
 * Separators are {@code -}, {@code –}, {@code —}, {@code |} and {@code ㅡ} with spaces around
 * them, so hyphens inside words ({@code Wrap-up}, {@code e-mail}) never split a heading.
 */
final class TalkHeadingParser {

  /**
   * @param problem why the heading looks wrong (e.g. a separator without a recognisable
   *     speaker after it), or null
   */
  record TalkHeading(String number, String title, String subtitle, List<Speaker> speakers, String problem) {
    TalkHeading {
      speakers = List.copyOf(speakers);
    }
  }

  private static final Pattern NUMBER = Pattern.compile(
      "^(?:(?i:session|talk|track|세션|발표)\\s*)?(?:(\\d{1,3}(?:[.-]\\d{1,3})?)\\s*(?:[.):]|번\\.?)"
          + "|[(\\[](\\d{1,3})[)\\]]|#(\\d{1,3}))\\s+(\\S.*)$", Pattern.DOTALL);

  private static final Pattern LEADING_BRACKET = Pattern.compile("^\\[([^\\]\\[]{1,40})\\]\\s*(\\S.*)$", Pattern.DOTALL);

  /** "Google 이준영": a Latin-script company, then a Hangul name. */
  private static final Pattern COMPANY_THEN_NAME = Pattern.compile("^(\\p{IsLatin}[\\p{IsLatin}0-9 .&-]*?)\\s+([가-힣]{2,4})$");

  private TalkHeadingParser() {}

  static TalkHeading parse(String heading) {
    // "#### > 제목 - 김하늘님": a quote marker typed into the heading is no part of the title
    String text = heading.strip().replaceFirst("^(?:>\\s*)+", "").strip();
    String number = null;
    Matcher m = NUMBER.matcher(text);
    if (m.matches()) {
      number = m.group(1) != null ? m.group(1) : m.group(2) != null ? m.group(2) : m.group(3);
      text = m.group(4).strip();
    }

    // "[노트덱] 제목 - 김하늘": a company in brackets in front, when the heading names a speaker
    String bracketed = null;
    Matcher company = LEADING_BRACKET.matcher(text);
    if (company.matches()) {
      bracketed = company.group(1).strip();
      text = company.group(2).strip();
    }

    List<Speaker> speakers = List.of();
    String problem = null;
    int[] sep = lastSeparator(text);
    if (sep != null) {
      String after = text.substring(sep[1]).strip();
      List<Speaker> found = speakerList(after);
      if (found != null) {
        speakers = found;
        text = text.substring(0, sep[0]).strip();
      } else {
        problem = "could not recognise a speaker after \"" + text.substring(sep[0], sep[1]).strip()
            + "\" in talk heading \"" + abbreviate(heading.strip()) + "\"; kept it all as the title"
            + " (write it as: title - name (company))";
      }
    } else {
      // "Compose in depth by Jake Wharton": only when what follows "by" is clearly people
      int by = text.toLowerCase(java.util.Locale.ROOT).lastIndexOf(" by ");
      List<Speaker> found = by > 0 ? speakerList(text.substring(by + 4).strip()) : null;
      if (found != null) {
        speakers = found;
        text = text.substring(0, by).strip();
      }
      // "제목 / 김하늘 (노트덱)", "제목 : 김하늘": only when people follow, else the title keeps it
      for (String mark : new String[] {" / ", " : "}) {
        int at = text.lastIndexOf(mark);
        found = speakers.isEmpty() && at > 0 ? speakerList(text.substring(at + mark.length()).strip()) : null;
        if (found != null) {
          speakers = found;
          text = text.substring(0, at).strip();
        }
      }
    }
    if (bracketed != null) {
      if (speakers.isEmpty()) {
        text = "[" + bracketed + "] " + text; // a tag such as "[세션 1]", not a company
      } else {
        String affiliation = bracketed;
        speakers = speakers.stream().map(sp -> sp.affiliation() == null
            ? new Speaker(sp.name(), affiliation) : sp).toList();
      }
    }

    String subtitle = null;
    Paren paren = trailingParen(text);
    if (paren != null && speakers.isEmpty()) {
      List<Speaker> inParen = speakersInParentheses(paren.inner());
      if (inParen != null) {
        speakers = inParen;
        problem = null;
        text = paren.before();
        paren = trailingParen(text);
      }
    }
    if (paren != null && !paren.inner().isEmpty()) {
      subtitle = paren.inner();
      text = paren.before();
    }
    if (text.isEmpty() && subtitle != null) {
      text = subtitle; // "(제목)" alone: better a title than nothing
      subtitle = null;
    }
    return new TalkHeading(number, text, subtitle, speakers, problem);
  }

  /** Start and end of the rightmost separator outside parentheses, or null. */
  private static int[] lastSeparator(String s) {
    int depth = 0;
    int[] last = null;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c == '(' || c == '（' || c == '[') {
        depth++;
      } else if ((c == ')' || c == '）' || c == ']') && depth > 0) {
        depth--;
      } else if (depth == 0 && i > 0 && isSeparatorChar(c) && Character.isWhitespace(s.charAt(i - 1))) {
        int end = i + 1;
        while (end < s.length() && s.charAt(end) == c) {
          end++; // "--" or "||"
        }
        boolean dash = c == '–' || c == '—';
        if (end < s.length() && (Character.isWhitespace(s.charAt(end)) || dash)) {
          int start = i;
          while (start > 0 && Character.isWhitespace(s.charAt(start - 1))) {
            start--;
          }
          last = new int[] {start, end};
          i = end - 1;
        }
      }
    }
    return last;
  }

  private static boolean isSeparatorChar(char c) {
    return c == '-' || c == '–' || c == '—' || c == '|' || c == 'ㅡ';
  }

  /**
   * Speakers written on their own ("김하늘 (노트덱)", "Jane Doe, 박서준", "김하늘@노트덱"), as on a
   * speaker line under a heading; null when the text does not read as people.
   */
  static List<Speaker> speakers(String text) {
    return speakerList(text);
  }

  /** Speakers after a separator; null when the text does not read as a list of people. */
  private static List<Speaker> speakerList(String segment) {
    String s = withoutLabel(segment);
    if (s.isEmpty()) {
      return null;
    }
    List<String> entries = splitTopLevel(s);
    List<String> names = new ArrayList<>();
    List<String> affiliations = new ArrayList<>();
    for (String entry : entries) {
      if (entry.endsWith("님") && entry.length() > 2 && entry.substring(0, entry.length() - 1).strip().endsWith(")")) {
        entry = entry.substring(0, entry.length() - 1).strip(); // "유병욱(Curogom)님"
      }
      String name = entry;
      String affiliation = null;
      Paren p = trailingParen(entry);
      int at = entry.indexOf('@');
      if (p != null && !p.before().isEmpty()) {
        name = p.before();
        affiliation = p.inner().isEmpty() ? null : p.inner();
      } else if (at > 0 && at < entry.length() - 1) {
        // "김하늘 @ 노트덱", "김하늘@노트덱"
        name = entry.substring(0, at).strip();
        affiliation = entry.substring(at + 1).strip();
      }
      name = withoutHonorific(name);
      int plus = name.startsWith("+") ? 0 : name.indexOf(" +");
      boolean profile = plus >= 0 && plus < name.length() - 2;
      if (profile) {
        // "+Jane Doe", "Google +Jane Doe": a Google+ profile link's text, a person for sure
        String before = name.substring(0, plus).strip();
        name = name.substring(plus).strip().substring(1).strip();
        if (affiliation == null && !before.isEmpty()) {
          affiliation = before;
        }
      }
      Matcher companyFirst = COMPANY_THEN_NAME.matcher(name);
      if (affiliation == null && companyFirst.matches() && PersonNames.isStrictName(companyFirst.group(2))) {
        affiliation = companyFirst.group(1); // "Google 이준영님"
        name = companyFirst.group(2);
      }
      boolean ok = affiliation != null || profile
          ? PersonNames.isPlausibleNameWithAffiliation(name)
          : PersonNames.isStrictName(name);
      if (!ok) {
        return null;
      }
      names.add(name);
      affiliations.add(affiliation);
    }
    return withSharedAffiliations(names, affiliations);
  }

  /** {@code (이용운)}, {@code (김하늘, 박서준)}, {@code (이용운 / 회사)}; null when not people. */
  private static List<Speaker> speakersInParentheses(String parenthesised) {
    String inner = withoutLabel(parenthesised);
    if (inner.isEmpty()) {
      return null;
    }
    List<String> entries = splitTopLevel(inner);
    List<Speaker> speakers = new ArrayList<>();
    boolean allNames = true;
    for (String e : entries) {
      String name = withoutHonorific(e);
      if (!PersonNames.isStrictName(name)) {
        allNames = false;
        break;
      }
      speakers.add(new Speaker(name, null));
    }
    if (allNames) {
      return speakers;
    }
    if (entries.size() == 2 && PersonNames.isStrictName(withoutHonorific(entries.get(0)))) {
      return List.of(new Speaker(withoutHonorific(entries.get(0)), entries.get(1)));
    }
    int bar = inner.indexOf('|');
    if (bar > 0 && inner.indexOf('|', bar + 1) < 0 && !inner.substring(bar + 1).isBlank()) {
      // "(김하늘 | 노트덱)"
      String name = withoutHonorific(inner.substring(0, bar));
      if (PersonNames.isStrictName(name)) {
        return List.of(new Speaker(name, inner.substring(bar + 1).strip()));
      }
    }
    int at = inner.indexOf('@');
    if (at > 0 && PersonNames.isStrictName(inner.substring(0, at).strip())
        && !inner.substring(at + 1).isBlank()) {
      return List.of(new Speaker(inner.substring(0, at).strip(), inner.substring(at + 1).strip()));
    }
    return null;
  }

  /** "김하늘, 박서준 (회사)": names without an affiliation take the next one given after them. */
  private static List<Speaker> withSharedAffiliations(List<String> names, List<String> affiliations) {
    List<Speaker> out = new ArrayList<>();
    for (int i = 0; i < names.size(); i++) {
      String affiliation = affiliations.get(i);
      for (int j = i + 1; affiliation == null && j < names.size(); j++) {
        affiliation = affiliations.get(j);
      }
      out.add(new Speaker(names.get(i), affiliation));
    }
    return out;
  }

  /** Splits on commas, ampersands, middle dots, slashes and "and"/"및" outside parentheses. */
  private static List<String> splitTopLevel(String s) {
    List<String> parts = new ArrayList<>();
    int depth = 0;
    int start = 0;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c == '(' || c == '（') {
        depth++;
      } else if ((c == ')' || c == '）') && depth > 0) {
        depth--;
      } else if (depth == 0) {
        int cut = 0;
        if (c == ',' || c == '、' || c == '&' || c == '·' || c == '/' || c == '，') {
          cut = 1;
        } else if (s.startsWith(" and ", i) || s.startsWith(" 및 ", i)) {
          cut = s.startsWith(" and ", i) ? 5 : 3;
        }
        if (cut > 0) {
          parts.add(s.substring(start, i).strip());
          start = i + cut;
          i = start - 1;
        }
      }
    }
    parts.add(s.substring(start).strip());
    parts.removeIf(String::isEmpty);
    return parts;
  }

  private static final Pattern SPEAKER_LABEL = Pattern.compile(
      "^(?:(?:발표자|연사|스피커|(?i:speakers?|presenters?))\\s*[:：]?\\s*|(?i:by)\\s+)");

  /** "발표자: 홍길동", "Speaker: Jane Doe", "by Jane Doe" -> the names. */
  private static String withoutLabel(String s) {
    Matcher m = SPEAKER_LABEL.matcher(s.strip());
    return m.find() ? s.strip().substring(m.end()).strip() : s.strip();
  }

  private static String withoutHonorific(String name) {
    String n = name.strip();
    if (n.length() > 2 && n.endsWith("님")) {
      n = n.substring(0, n.length() - 1).strip();
    }
    return n;
  }

  /** The text before a final {@code ( ... )} and what is inside it (both stripped). */
  record Paren(String before, String inner) {}

  static Paren trailingParen(String s) {
    String t = s.strip();
    if (t.isEmpty()) {
      return null;
    }
    char last = t.charAt(t.length() - 1);
    if (last != ')' && last != '）') {
      return null;
    }
    int depth = 0;
    for (int i = t.length() - 1; i >= 0; i--) {
      char c = t.charAt(i);
      if (c == ')' || c == '）') {
        depth++;
      } else if (c == '(' || c == '（') {
        depth--;
        if (depth == 0) {
          String before = t.substring(0, i).strip();
          if (before.isEmpty()) {
            return null;
          }
          return new Paren(before, t.substring(i + 1, t.length() - 1).strip());
        }
      }
    }
    return null;
  }

  /** Short and on one line: a finding is printed as one "file:line: message" line. */
  private static String abbreviate(String heading) {
    String s = heading.replaceAll("\\s+", " ");
    return s.length() <= 80 ? s : s.substring(0, 77) + "...";
  }
}
