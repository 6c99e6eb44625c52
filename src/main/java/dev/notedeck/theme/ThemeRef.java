package dev.notedeck.theme;

import java.nio.file.Path;
import java.util.Optional;

/**
 * A theme as asked for: a built-in name or a folder, and the folder a relative one lies in
 * (null: the working directory).
 */
public record ThemeRef(String nameOrFolder, Path relativeTo) {

  /**
   * The theme of one notes file: {@code --theme} wins and resolves against the working
   * directory; else the front matter's {@code theme:}, beside the notes file; else
   * {@code default}. Every command picks a notes file's theme this way.
   */
  public static ThemeRef forNotes(String commandLine, Optional<String> frontMatter,
      Path notesFile) {
    if (commandLine != null) {
      return new ThemeRef(commandLine, null);
    }
    Path folder = notesFile.toAbsolutePath().getParent();
    return new ThemeRef(frontMatter.orElse(ThemeLoader.BASE_THEME), folder);
  }
}
