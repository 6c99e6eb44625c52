package dev.notedeck.parse;

import dev.notedeck.diagnostics.Diagnostics;
import dev.notedeck.model.Event;
import java.nio.file.Path;

/**
 * Markdown notes -> {@link Event}, for library callers that want the model only: a shorthand for
 * {@link NotesReader}, which every command uses (same decoding, limits and findings).
 */
public final class NotesParser {

  private final NotesReader reader = new NotesReader();

  /** Reads and parses a notes file; throws NotedeckException for unreadable input. */
  public Event parse(Path file) {
    return reader.read(file).event();
  }

  /** As {@link #parse(Path)}, reporting each finding to {@code diagnostics}. */
  public Event parse(Path file, Diagnostics diagnostics) {
    return report(reader.read(file), diagnostics);
  }

  /** Parses notes held in memory; {@code source} (may be null) names them in the model and messages. */
  public Event parse(String markdown, Path source) {
    return reader.read(markdown, source).event();
  }

  public Event parse(String markdown, Path source, Diagnostics diagnostics) {
    return report(reader.read(markdown, source), diagnostics);
  }

  private static Event report(ParseResult result, Diagnostics diagnostics) {
    result.findings().forEach(diagnostics::report);
    return result.event();
  }
}
