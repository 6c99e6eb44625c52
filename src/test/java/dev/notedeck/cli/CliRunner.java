package dev.notedeck.cli;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;

/** Runs the CLI in-process and captures what it prints. */
record CliRunner(int exitCode, String out, String err) {

  static CliRunner run(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code = NotedeckCli.run(args, new PrintWriter(out, true), new PrintWriter(err, true));
    return new CliRunner(code, out.toString(), err.toString());
  }

  /** What a run with {@code stdin} as standard input wrote: bytes to stdout, text to stderr. */
  record Piped(int exitCode, byte[] stdout, String out, String err) {}

  static Piped piped(byte[] stdin, String... args) {
    ByteArrayOutputStream raw = new ByteArrayOutputStream();
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code = NotedeckCli.run(args, new ByteArrayInputStream(stdin), raw, new PrintWriter(out, true),
        new PrintWriter(err, true));
    return new Piped(code, raw.toByteArray(), out.toString(), err.toString());
  }
}
