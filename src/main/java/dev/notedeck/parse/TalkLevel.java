package dev.notedeck.parse;

import com.vladsch.flexmark.ast.Heading;
import java.util.List;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * Which heading level holds the talks, decided per document from the evidence: the level where
 * most headings name a speaker (in the heading, or on a speaker line right under it). Notes
 * without such evidence keep the plain rule: talks at {@code ##}, else at the shallowest level.
 * Headings above the talks' level group them ("Day 1", "2일차", "Track A").
 */
final class TalkLevel {

  /** How many speaker-naming headings it takes to move the talks off the plain rule's level. */
  static final int MIN_EVIDENCE = 2;

  private TalkLevel() {}

  /**
   * @param forced the front matter's {@code talks:} level, or 0
   * @param hasSpeaker whether a heading names a speaker (itself or on the line under it)
   */
  static int decide(List<Heading> headings, Heading title, int forced, Predicate<Heading> hasSpeaker) {
    if (forced >= 1 && forced <= 6) {
      return forced;
    }
    int plain = plainRule(headings, title);
    int[] evidence = new int[7];
    for (Heading h : headings) {
      if (h != title && hasSpeaker.test(h)) {
        evidence[h.getLevel()]++;
      }
    }
    int best = plain;
    for (int level = 1; level <= 6; level++) {
      if (evidence[level] > evidence[best]) {
        best = level;
      }
    }
    return evidence[best] >= MIN_EVIDENCE && evidence[best] > evidence[plain] ? best : plain;
  }

  /** Talks are at {@code ##}; notes without any {@code ##} use their shallowest heading level. */
  static int plainRule(List<Heading> headings, Heading title) {
    int min = Integer.MAX_VALUE;
    for (Heading h : headings) {
      if (h == title) {
        continue;
      }
      if (h.getLevel() == 2) {
        return 2;
      }
      min = Math.min(min, h.getLevel());
    }
    return min == Integer.MAX_VALUE ? 2 : min;
  }

  /** "###" for level 3. */
  static String marks(int level) {
    return "#".repeat(level);
  }

  /** Headings' text, for callers that decide on it. */
  static Predicate<Heading> speakerIn(Function<Heading, String> text, Function<Heading, Boolean> lineUnder) {
    return h -> {
      String t = text.apply(h);
      TalkHeadingParser.TalkHeading th = TalkHeadingParser.parse(t);
      return (!th.speakers().isEmpty() && !NonTalkTitles.matches(t)) || lineUnder.apply(h);
    };
  }
}
