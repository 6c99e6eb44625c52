package dev.notedeck.cli;

import java.io.PrintWriter;
import java.nio.charset.Charset;

/** The {@code notedeck} executable. */
public final class Main {

  private Main() {}

  public static void main(String[] args) {
    // Slide images draw with Java2D; never open a window system connection (or a dock icon).
    System.setProperty("java.awt.headless", "true");
    StartupWarmup.start(args);
    Charset console = consoleCharset();
    PrintWriter out = new PrintWriter(new java.io.OutputStreamWriter(System.out, console), true);
    PrintWriter err = new PrintWriter(new java.io.OutputStreamWriter(System.err, console), true);
    int code = NotedeckCli.run(args, out, err);
    out.flush();
    err.flush();
    System.exit(code);
  }

  private static Charset consoleCharset() {
    // Korean titles must not turn into '?' on a UTF-8 terminal whose JVM default is ASCII.
    String enc = System.getProperty("stdout.encoding");
    try {
      return enc != null ? Charset.forName(enc) : Charset.defaultCharset();
    } catch (RuntimeException e) {
      return Charset.defaultCharset();
    }
  }
}
