package dev.notedeck.cli;

import dev.notedeck.NotedeckException;
import picocli.CommandLine;

/** Turns an exception escaping a command into one line for a person (stack only with --verbose). */
final class ErrorReporter implements CommandLine.IExecutionExceptionHandler {

  private final boolean verbose;

  ErrorReporter(boolean verbose) {
    this.verbose = verbose;
  }

  @Override
  public int handleExecutionException(Exception ex, CommandLine cli, CommandLine.ParseResult parsed) {
    var err = cli.getErr();
    if (ex instanceof NotedeckException) {
      for (String line : ex.getMessage().split("\n")) {
        err.println("notedeck: " + line);
      }
    } else {
      err.println("notedeck: internal error (" + ex.getClass().getSimpleName()
          + (ex.getMessage() == null ? "" : ": " + ex.getMessage())
          + "); run again with --verbose and report it");
    }
    if (verbose) {
      ex.printStackTrace(err);
    }
    return NotedeckCli.EXIT_ERROR;
  }
}
