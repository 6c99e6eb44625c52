package dev.notedeck.parse;

import java.util.List;

/**
 * Cuts absurd nesting down before flexmark sees it: marker runs on one line ({@code > > > > …} or
 * {@code - - - - …} ten thousand times) to {@link #MAX_MARKERS} markers, since flexmark tries a
 * regular expression over the rest of the line at every level (quadratic and recursive); and
 * indentation to {@link #MAX_INDENT} columns; and fenced divs ({@code :::}) to {@link #MAX_DIVS}
 * open at once, since flexmark asks every open div about every line (thousands of nested divs:
 * minutes). The text of every line is kept; only surplus markup goes. Real notes never come near
 * any of these limits.
 */
final class NestingLimiter {

  static final int MAX_MARKERS = 100;
  /** Fenced divs open at once; deeper ones lose their fences (their content stays). */
  static final int MAX_DIVS = 32;

  private NestingLimiter() {}

  /**
   * Lines indented further than this many columns are pulled back to it. Nesting that deep is
   * flattened in the model anyway, and flexmark's cost grows with open containers times line
   * length: 2,000 levels of indented lists take minutes.
   */
  static final int MAX_INDENT = 256;

  /** What was changed on one line. */
  record Change(int line, int markers, boolean indent) {}

  /** The fenced divs open so far and whether a code fence is open, line by line. */
  private static final class Fences {
    private int divs;
    private int surplus;
    private char codeFence;
    private int codeFenceLength;

    /** Whether this line is a div fence past the limit (or the close of one): to be blanked. */
    boolean surplus(String s, int start, int end) {
      int i = start;
      while (i < end && i - start < 3 && s.charAt(i) == ' ') {
        i++;
      }
      char c = i < end ? s.charAt(i) : 0;
      int run = 0;
      while (i + run < end && s.charAt(i + run) == c) {
        run++;
      }
      if (codeFence != 0) {
        if (c == codeFence && run >= codeFenceLength && s.substring(i + run, end).isBlank()) {
          codeFence = 0;
        }
        return false;
      }
      if ((c == '`' || c == '~') && run >= 3) {
        codeFence = c;
        codeFenceLength = run;
        return false;
      }
      if (c != ':' || run < 3) {
        return false;
      }
      if (s.substring(i + run, end).isBlank()) { // a closing fence
        if (surplus > 0) {
          surplus--;
          return true;
        }
        divs = Math.max(0, divs - 1);
        return false;
      }
      if (divs < MAX_DIVS) {
        divs++;
        return false;
      }
      surplus++;
      return true;
    }
  }

  /** The text with over-deep marker runs and indentation shortened; one change per line. */
  static String limit(String text, List<Change> changes) {
    StringBuilder out = null;
    int lineStart = 0;
    int lineNo = 1;
    int n = text.length();
    Fences fences = new Fences();
    while (lineStart <= n) {
      int lineEnd = text.indexOf('\n', lineStart);
      if (lineEnd < 0) {
        lineEnd = n;
      }
      int contentStart = lineStart;
      int columns = 0;
      while (contentStart < lineEnd && (text.charAt(contentStart) == ' ' || text.charAt(contentStart) == '\t')) {
        columns = text.charAt(contentStart) == '\t' ? (columns / 4 + 1) * 4 : columns + 1;
        contentStart++;
      }
      boolean indent = columns > MAX_INDENT;
      int[] cut = markerRun(text, contentStart, lineEnd);
      if (fences.surplus(text, lineStart, lineEnd)) {
        // the fence goes, the line stays (empty), so every later line keeps its number
        if (out == null) {
          out = new StringBuilder(n);
          out.append(text, 0, lineStart);
        }
        changes.add(new Change(lineNo, 0, false));
      } else if (indent || cut != null) {
        if (out == null) {
          out = new StringBuilder(n);
          out.append(text, 0, lineStart);
        }
        if (indent) {
          out.append(" ".repeat(MAX_INDENT));
        } else {
          out.append(text, lineStart, contentStart);
        }
        if (cut != null) {
          out.append(text, contentStart, cut[0]).append(text, cut[1], lineEnd);
        } else {
          out.append(text, contentStart, lineEnd);
        }
        changes.add(new Change(lineNo, cut == null ? 0 : cut[2], indent));
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
