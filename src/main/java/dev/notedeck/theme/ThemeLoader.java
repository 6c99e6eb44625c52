package dev.notedeck.theme;

import java.util.List;

/** Loads built-in themes (by name) and user themes (by folder), resolving {@code extends}. */
public final class ThemeLoader {

  /** A built-in theme name ("default") or a path to a theme folder; throws NotedeckException. */
  public Theme load(String nameOrFolder) {
    throw new UnsupportedOperationException("not yet");
  }

  /** Built-in theme names with their one-line descriptions, in display order. */
  public List<ThemeInfo> builtIns() {
    throw new UnsupportedOperationException("not yet");
  }

  public record ThemeInfo(String name, String description) {}
}
