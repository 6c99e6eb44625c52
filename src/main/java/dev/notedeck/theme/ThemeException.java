package dev.notedeck.theme;

import dev.notedeck.NotedeckException;
import java.util.List;

/**
 * A theme that cannot be used, with every problem found at once (one
 * {@code theme.yaml:LINE: what is wrong (what is allowed)} line each). The message is those lines
 * joined by newlines, so the CLI can print it as is.
 */
public final class ThemeException extends NotedeckException {
  private final List<String> problems;

  public ThemeException(List<String> problems) {
    super(String.join("\n", problems));
    this.problems = List.copyOf(problems);
  }

  public List<String> problems() {
    return problems;
  }
}
