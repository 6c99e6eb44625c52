package dev.notedeck.parse;

import java.nio.file.Path;

/**
 * Something in the notes that parsed but will probably not look as the author meant (a talk
 * heading whose speaker could not be recognised, a guessed encoding).
 *
 * @param file the notes file, or null for notes held in memory
 * @param line 1-based line, 0 when the finding is about the whole file
 */
public record Finding(Path file, int line, String message) {

  /** {@code file:line: message}, the shape {@code notedeck check} prints. */
  @Override
  public String toString() {
    String where = file == null ? "<notes>" : file.toString();
    return line > 0 ? where + ":" + line + ": " + message : where + ": " + message;
  }
}
