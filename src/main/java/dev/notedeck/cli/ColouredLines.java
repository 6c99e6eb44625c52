package dev.notedeck.cli;

import java.io.PrintWriter;
import java.io.Writer;
import java.util.regex.Pattern;

/**
 * Colours the error stream line by line on a terminal: warnings yellow, errors red, everything
 * else (summaries, suggestions) as it is. Works on whole lines, so no command has to know.
 */
final class ColouredLines extends Writer {

  static final String YELLOW = "\u001b[33m";
  static final String RED = "\u001b[31m";
  static final String RESET = "\u001b[0m";
  /** {@code notedeck: …}, {@code file:12: …}, and both after a watch-mode time stamp. */
  private static final Pattern ERROR = Pattern.compile("^(\\[[0-9:]+] )?(notedeck: |\\S+:\\d+: )");

  private final Writer target;
  private final StringBuilder line = new StringBuilder();

  private ColouredLines(Writer target) {
    this.target = target;
  }

  static PrintWriter wrap(Writer target) {
    return new PrintWriter(new ColouredLines(target), true);
  }

  /** The colour for one line of the error stream, or null for none. */
  static String colourOf(String text) {
    if (text.contains("warning: ")) {
      return YELLOW;
    }
    return ERROR.matcher(text).find() ? RED : null;
  }

  @Override
  public synchronized void write(char[] chars, int off, int len) throws java.io.IOException {
    for (int i = off; i < off + len; i++) {
      char c = chars[i];
      if (c == '\n') {
        emit();
        target.write('\n');
      } else {
        line.append(c);
      }
    }
  }

  private void emit() throws java.io.IOException {
    String text = line.toString();
    line.setLength(0);
    String colour = colourOf(text);
    target.write(colour == null || text.isEmpty() ? text : colour + text + RESET);
  }

  @Override
  public synchronized void flush() throws java.io.IOException {
    // a progress bar redraws a line without ending it: pass it on uncoloured
    if (line.length() > 0) {
      target.write(line.toString());
      line.setLength(0);
    }
    target.flush();
  }

  @Override
  public synchronized void close() throws java.io.IOException {
    flush();
    target.close();
  }
}
