package dev.notedeck.parse;

import dev.notedeck.model.Speaker;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A line that names a talk's speakers on its own, under the heading or as a heading below it:
 * {@code 발표자: 김하늘 (노트덱)}, {@code 연사 - 김하늘}, {@code Speaker - Jane Doe@노트덱}.
 */
final class SpeakerLine {

  private static final Pattern LABELLED = Pattern.compile(
      "^(?:발표자|발표|연사|스피커|(?i:speakers?|presenters?|presented by))\\s*(?:[:：]|[-–—|]\\s)\\s*(\\S.*)$");

  private SpeakerLine() {}

  /** The speakers named by {@code line}, or null when it is no speaker line. */
  static List<Speaker> parse(String line) {
    String first = line.strip();
    int end = first.indexOf('\n');
    if (end >= 0) {
      first = first.substring(0, end).strip();
    }
    Matcher m = LABELLED.matcher(first);
    return m.matches() ? TalkHeadingParser.speakers(m.group(1).strip()) : null;
  }

  /** Whether {@code text} is a speaker line and nothing else (so it can be dropped once read). */
  static boolean isWhole(String text) {
    return text.strip().indexOf('\n') < 0 && parse(text) != null;
  }
}
