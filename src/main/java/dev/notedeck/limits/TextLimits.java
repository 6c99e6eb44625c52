package dev.notedeck.limits;

import dev.notedeck.diagnostics.Diagnostics;
import dev.notedeck.NotedeckException;
import java.nio.file.Path;

/**
 * Limits checked on the text before Markdown parsing, where the parser itself would take
 * minutes: flexmark's time grows with the cube of list nesting and the square of table rows.
 *
 * <ul>
 *   <li>Lines indented more than {@link #MAX_INDENT} columns (lists nested tens of levels deep
 *       over many lines) are kept at that indentation, with a warning naming the first. Deep
 *       markers on one line ({@code > > > …}) are the parser's NestingLimiter's job.
 *   <li>A table longer than {@link #MAX_TABLE_ROWS} rows: the rows after that are left out,
 *       with a warning naming the table's line (a handout of thousands of rows helps nobody).
 * </ul>
 * Fenced code blocks are skipped: their content is not Markdown.
 */
public final class TextLimits {

  public static final int MAX_INDENT = 128;
  public static final int MAX_TABLE_ROWS = 500;

  private TextLimits() {}

  /** {@code text} (LF line ends) within the limits. */
  public static String apply(Path file, String text, Diagnostics diagnostics) {
    StringBuilder out = new StringBuilder(text.length());
    String fence = null;
    int tableStart = 0;
    int tableRows = -1; // -1: not in a table; else rows seen so far (header and delimiter excluded)
    int dropped = 0;
    int firstDeep = 0;
    int parts = 0; // "## " headings: talks and sections, counted before parsing them all
    String previous = "";
    int lineNo = 0;
    int start = 0;
    while (start <= text.length()) {
      int end = text.indexOf('\n', start);
      boolean last = end < 0;
      String line = last ? text.substring(start) : text.substring(start, end);
      lineNo++;
      boolean keep = true;

      if (fence != null) {
        if (isFence(line) && line.strip().startsWith(fence)) {
          fence = null;
        }
      } else if (isFence(line)) {
        fence = line.strip().substring(0, 3);
        tableRows = -1;
      } else {
        if (line.startsWith("## ") && ++parts > ModelLimits.MAX_PARTS) {
          throw new NotedeckException(file, lineNo, "more than " + ModelLimits.MAX_PARTS
              + " talks and sections are more than one handout and deck hold; "
              + "split the notes into one file per event");
        }
        if (indentColumns(line) > MAX_INDENT) {
          line = clipIndent(line);
          if (firstDeep == 0) {
            firstDeep = lineNo;
          }
        }
        if (tableRows >= 0) {
          if (line.contains("|") && !line.isBlank()) {
            tableRows++;
            if (tableRows > MAX_TABLE_ROWS) {
              keep = false;
              dropped++;
            }
          } else {
            warnDropped(file, tableStart, tableRows, dropped, diagnostics);
            tableRows = -1;
            dropped = 0;
          }
        } else if (isDelimiterRow(line) && previous.contains("|")) {
          tableRows = 0;
          tableStart = lineNo - 1;
        }
      }
      if (keep) {
        out.append(line);
        if (!last) {
          out.append('\n');
        }
      }
      previous = line;
      if (last) {
        break;
      }
      start = end + 1;
    }
    if (tableRows >= 0) {
      warnDropped(file, tableStart, tableRows, dropped, diagnostics);
    }
    if (firstDeep > 0) {
      diagnostics.warn(file, firstDeep, "notes.indent", "indented more than " + MAX_INDENT
          + " columns (lists nested too deep); the deeper lines are kept at that depth");
    }
    return out.toString();
  }

  private static void warnDropped(Path file, int line, int rows, int dropped, Diagnostics diagnostics) {
    if (dropped > 0) {
      diagnostics.warn(file, line, "notes.table-rows", "table of " + rows + " rows: only the first "
          + MAX_TABLE_ROWS + " are kept; shorten it or link to the data instead");
    }
  }

  /** Leading whitespace in columns (tabs to the next multiple of 4). */
  private static int indentColumns(String line) {
    int col = 0;
    for (int i = 0; i < line.length(); i++) {
      char c = line.charAt(i);
      if (c == ' ') {
        col++;
      } else if (c == '\t') {
        col += 4 - col % 4;
      } else {
        break;
      }
    }
    return col;
  }

  private static String clipIndent(String line) {
    return " ".repeat(MAX_INDENT) + line.stripLeading();
  }

  private static boolean isFence(String line) {
    String s = stripUpTo3(line);
    return s.startsWith("```") || s.startsWith("~~~");
  }

  private static String stripUpTo3(String line) {
    int i = 0;
    while (i < 3 && i < line.length() && line.charAt(i) == ' ') {
      i++;
    }
    return line.substring(i);
  }

  /** {@code |---|:--:|} or {@code --- | ---}: the line under a table's header. */
  static boolean isDelimiterRow(String line) {
    String s = line.strip();
    if (!s.contains("-") || (!s.contains("|") && !s.contains(":"))) {
      return false;
    }
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c != '|' && c != '-' && c != ':' && c != ' ' && c != '\t') {
        return false;
      }
    }
    return s.contains("|");
  }
}
