package dev.notedeck.cli;

import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.OptionalInt;

/** The {@code notedeck} executable. */
public final class Main {

  private Main() {}

  public static void main(String[] given) {
    OptionalInt relaunched = Utf8Relaunch.relaunchIfNeeded(given);
    if (relaunched.isPresent()) {
      System.exit(relaunched.getAsInt());
    }
    String[] args = Utf8Relaunch.arguments(given);
    // Slide images draw with Java2D; never open a window system connection (or a dock icon).
    System.setProperty("java.awt.headless", "true");
    PrintWriter out = writer(System.out);
    PrintWriter err = writer(System.err);
    int code = NotedeckCli.run(args, out, err);
    out.flush();
    err.flush();
    System.exit(code);
  }

  private static PrintWriter writer(OutputStream stream) {
    return new PrintWriter(new OutputStreamWriter(stream, consoleCharset()), true);
  }

  /**
   * UTF-8, so Korean titles and file names never turn into '?' (Java 17 would pick ASCII under
   * LANG=C even on a UTF-8 terminal); only a console that states another real charset (a
   * Windows code page) gets that one.
   */
  static Charset consoleCharset() {
    String enc = System.getProperty("stdout.encoding", System.getProperty("sun.stdout.encoding"));
    try {
      Charset stated = enc == null ? null : Charset.forName(enc);
      return stated == null || stated.equals(StandardCharsets.US_ASCII) ? StandardCharsets.UTF_8 : stated;
    } catch (RuntimeException e) {
      return StandardCharsets.UTF_8;
    }
  }
}
