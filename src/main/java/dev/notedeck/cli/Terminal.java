package dev.notedeck.cli;

/** Whether a person watches the output: decides between a redrawn progress bar and plain lines. */
final class Terminal {

  /** ANSI "erase to end of line", understood by every terminal that has a console. */
  static final String CLEAR_TO_END = "\u001b[K";

  private Terminal() {}

  static boolean interactive() {
    // System.console() is null when stdin or stdout is redirected (CI logs, pipes, tests).
    return System.console() != null && !"dumb".equals(System.getenv("TERM"));
  }
}
