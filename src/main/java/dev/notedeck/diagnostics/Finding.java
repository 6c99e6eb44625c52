package dev.notedeck.diagnostics;

import java.nio.file.Path;
import java.util.Objects;

/**
 * Something found while reading, planning or rendering that the author should know about (a talk
 * heading whose speaker could not be recognised, a missing image, a guessed encoding).
 *
 * @param file the file it is about (notes, theme), or null when not known (notes held in memory)
 * @param line 1-based line, 0 when the finding is about the whole file
 * @param code a stable identifier such as {@code talk.no-speaker}, for editors and CI filters
 */
public record Finding(Path file, int line, Severity severity, String code, String message) {

  /** Longest message kept: one line a person reads, whatever the notes quote into it. */
  public static final int MAX_MESSAGE = 500;

  public Finding {
    Objects.requireNonNull(severity, "severity");
    Objects.requireNonNull(code, "code");
    Objects.requireNonNull(message, "message");
    if (message.length() > MAX_MESSAGE) {
      int end = Character.isHighSurrogate(message.charAt(MAX_MESSAGE - 1)) ? MAX_MESSAGE - 1 : MAX_MESSAGE;
      message = message.substring(0, end) + "…";
    }
  }

  public static Finding warning(Path file, int line, String code, String message) {
    return new Finding(file, line, Severity.WARNING, code, message);
  }

  public static Finding info(Path file, int line, String code, String message) {
    return new Finding(file, line, Severity.INFO, code, message);
  }

  /** The same finding about {@code other} (a file named later than the finding was made). */
  public Finding in(Path other) {
    return new Finding(other, line, severity, code, message);
  }

  /**
   * {@code file:line: message}: the one shape every command prints ({@code line N: message}
   * when the file is not known, the message alone when neither is).
   */
  @Override
  public String toString() {
    if (file == null) {
      return line > 0 ? "line " + line + ": " + message : message;
    }
    return line > 0 ? file + ":" + line + ": " + message : file + ": " + message;
  }
}
