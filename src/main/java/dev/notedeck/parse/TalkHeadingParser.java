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

  private TalkHeadingParser() {}

  static TalkHeading parse(String heading) {
    String text = heading.strip();
    String number = null;
    Matcher m = NUMBER.matcher(text);
    if (m.matches()) {
      number = m.group(1) != null ? m.group(1) : m.group(2) != null ? m.group(2) : m.group(3);
      text = m.group(4).strip();
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
      String name = entry;
      String affiliation = null;
      Paren p = trailingParen(entry);
      int at = entry.indexOf(" @ ");
      if (p != null && !p.before().isEmpty()) {
        name = p.before();
        affiliation = p.inner().isEmpty() ? null : p.inner();
      } else if (at > 0) {
        name = entry.substring(0, at).strip();
        affiliation = entry.substring(at + 3).strip();
      }
      name = withoutHonorific(name);
      boolean ok = affiliation != null
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
