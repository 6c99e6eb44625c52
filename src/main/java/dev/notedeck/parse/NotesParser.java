package dev.notedeck.parse;

import dev.notedeck.model.Event;
import java.nio.file.Path;

/** Markdown notes -> {@link Event}. The only class outside this package that sees flexmark. */
public final class NotesParser {

  /** Reads and parses a notes file; throws NotedeckException for unreadable input. */
  public Event parse(Path file) {
    throw new UnsupportedOperationException("not yet");
  }

  /** Parses notes held in memory; {@code source} (may be null) names them in the model and messages. */
  public Event parse(String markdown, Path source) {
    throw new UnsupportedOperationException("not yet");
  }
}
