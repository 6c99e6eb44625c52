package dev.notedeck.cli;

import java.io.PrintWriter;
import java.io.Writer;

/**
 * Everything the command line prints passes here, so no file name, notes text or message can
 * reach the terminal as a control character: escape sequences (which can retitle a terminal,
 * rewrite earlier lines, or worse), carriage returns and bidi overrides become '?'. Only line
 * ends pass, and the progress bar's own redraw through {@link #control}.
 */
final class ControlFreeWriter extends PrintWriter {

  private ControlFreeWriter(Writer out) {
    super(out, true);
  }

  static PrintWriter wrap(PrintWriter out) {
    return out instanceof ControlFreeWriter ? out : new ControlFreeWriter(out);
  }

  /** Prints our own control sequence (the progress bar's redraw) unfiltered. */
  static void control(PrintWriter out, String sequence) {
    if (out instanceof ControlFreeWriter safe) {
      synchronized (safe.lock) {
        safe.writeRaw(sequence);
      }
    } else {
      out.print(sequence);
    }
  }

  private void writeRaw(String s) {
    super.write(s, 0, s.length());
  }

  @Override
  public void write(int c) {
    super.write(c == '\n' ? c : safe((char) c));
  }

  @Override
  public void write(char[] buf, int off, int len) {
    write(new String(buf, off, len), 0, len);
  }

  @Override
  public void write(String s, int off, int len) {
    StringBuilder sb = new StringBuilder(len);
    for (int i = off; i < off + len; i++) {
      char c = s.charAt(i);
      boolean lineEnd = c == '\n' || (c == '\r' && i + 1 < off + len && s.charAt(i + 1) == '\n');
      sb.append(lineEnd ? c : safe(c));
    }
    super.write(sb.toString(), 0, sb.length());
  }

  static char safe(char c) {
    boolean control = (c < 0x20 && c != '\t') || (c >= 0x7f && c <= 0x9f);
    boolean bidi = (c >= 0x202a && c <= 0x202e) || (c >= 0x2066 && c <= 0x2069);
    return control || bidi ? '?' : c;
  }
}
