package dev.notedeck.parse;

import java.util.List;

/**
 * Cuts absurdly deep nesting written on one line ({@code > > > > …} or {@code - - - - …} ten
 * thousand times) down to {@link #MAX_MARKERS} markers before flexmark sees it: flexmark tries a
 * regular expression over the rest of the line at every level, which is quadratic and recursive.
 * The line's text is kept; only surplus markers go. Real notes never come near the limit.
 */
final class NestingLimiter {

  static final int MAX_MARKERS = 100;

  private NestingLimiter() {}

  /** The text with over-deep marker runs shortened; adds one warning line per changed line. */
  static String limit(String text, List<int[]> changedLines) {
    StringBuilder out = null;
    int lineStart = 0;
    int lineNo = 1;
    int n = text.length();
    while (lineStart <= n) {
      int lineEnd = text.indexOf('\n', lineStart);
      if (lineEnd < 0) {
        lineEnd = n;
      }
      int[] cut = markerRun(text, lineStart, lineEnd);
      if (cut != null) {
        if (out == null) {
          out = new StringBuilder(n);
          out.append(text, 0, lineStart);
        }
        out.append(text, lineStart, cut[0]).append(text, cut[1], lineEnd);
        changedLines.add(new int[] {lineNo, cut[2]});
      } else if (out != null) {
        out.append(text, lineStart, lineEnd);
      }
      if (lineEnd < n && out != null) {
        out.append('\n');
      }
      lineStart = lineEnd + 1;
      lineNo++;
    }
    return out == null ? text : out.toString();
  }

  /**
   * For a line starting with more than MAX_MARKERS container markers: {end of the markers kept,
   * end of all markers, number of markers}; else null. Linear in the line length.
   */
  private static int[] markerRun(String s, int start, int end) {
    int i = start;
    int count = 0;
    int keepEnd = -1;
    while (i < end) {
      int j = i;
      while (j < end && j - i < 4 && s.charAt(j) == ' ') {
        j++;
      }
      if (j >= end) {
        break;
      }
      char c = s.charAt(j);
      int next;
      if (c == '>') {
        next = j + 1;
      } else if ((c == '-' || c == '*' || c == '+') && j + 1 < end && s.charAt(j + 1) == ' ') {
        next = j + 2;
      } else if (Character.isDigit(c)) {
        int k = j;
        while (k < end && k - j < 9 && Character.isDigit(s.charAt(k))) {
          k++;
        }
        if (k < end - 1 && (s.charAt(k) == '.' || s.charAt(k) == ')') && s.charAt(k + 1) == ' ') {
          next = k + 2;
        } else {
          break;
        }
      } else {
        break;
      }
      count++;
      if (count == MAX_MARKERS) {
        keepEnd = next;
      }
      i = next;
    }
    return count > MAX_MARKERS ? new int[] {keepEnd, i, count} : null;
  }
}
