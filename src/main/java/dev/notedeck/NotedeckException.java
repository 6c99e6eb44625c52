package dev.notedeck;

import java.nio.file.Path;

/**
 * A problem the user can fix (bad file, theme or option). Its message is one line that names
 * the file (and line) and says what to do; the CLI prints it without a stack trace.
 */
public class NotedeckException extends RuntimeException {

  public NotedeckException(String message) {
    super(message);
  }

  public NotedeckException(String message, Throwable cause) {
    super(message, cause);
  }

  /** "file:line: message" (line omitted when &lt;= 0). */
  public NotedeckException(Path file, int line, String message) {
    super(where(file, line) + message);
  }

  public NotedeckException(Path file, int line, String message, Throwable cause) {
    super(where(file, line) + message, cause);
  }

  private static String where(Path file, int line) {
    if (file == null) {
      return "";
    }
    return line > 0 ? file + ":" + line + ": " : file + ": ";
  }
}
