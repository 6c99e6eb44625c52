package dev.notedeck.cli;

import dev.notedeck.NotedeckException;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code notedeck new}: a notes file in the shape notedeck reads, to start from. */
@Command(
    name = "new",
    description = {"Writes a notes template to start from.",
        "The template has front matter, an event title, an info table and an example talk "
        + "with sections, bullets, code and a quote.",
        "Never overwrites a file that exists."},
    footer = {"", "Examples:",
        "  notedeck new                   writes notes.md here",
        "  notedeck new talks/devfest.md  writes talks/devfest.md (and the talks/ folder)",
        "  notedeck new talks/            writes talks/notes.md (and the talks/ folder)",
        "  notedeck new 데브페스트.md      writes 데브페스트.md"})
public final class NewCommand extends NotedeckCommand {

  static final String DEFAULT_NAME = "notes.md";

  // A String, not a Path: Path drops the trailing slash that says "a new folder".
  @Parameters(paramLabel = "FILE", arity = "0..1",
      description = "The notes file to write, or a folder (existing, or new when it ends in /) "
          + "to write notes.md into (default: notes.md).")
  String file;

  @Override
  public Integer call() {
    Path target = target(file);
    if (Files.exists(target)) {
      throw new NotedeckException(target + ": already exists; nothing was written "
          + "(give another name: notedeck new other.md)");
    }
    try {
      if (target.toAbsolutePath().getParent() != null) {
        Files.createDirectories(target.toAbsolutePath().getParent());
      }
      // CREATE_NEW: refuse even if the file appeared since the check above.
      Files.writeString(target, NotesTemplate.text(), StandardCharsets.UTF_8, StandardOpenOption.CREATE_NEW);
    } catch (FileAlreadyExistsException e) {
      throw new NotedeckException(target + ": already exists; nothing was written "
          + "(give another name: notedeck new other.md)");
    } catch (IOException e) {
      throw new NotedeckException(target + ": cannot write (" + e.getMessage()
          + "); give a path in a folder you can write to", e);
    }
    PrintWriter out = out();
    String command = CommandName.asRun();
    out.println("Wrote " + target + ": an event with one example talk. Next:");
    out.println("  " + command + " preview " + target + "   shows the handout and slides in your browser, live");
    out.println("  " + command + " watch " + target + "     rebuilds the handout and deck in dist/ on every save");
    out.println("  " + command + " check " + target + "     points at what would look wrong");
    return 0;
  }

  /** notes.md; a folder's notes.md when the argument is a folder or ends in a slash. */
  static Path target(String argument) {
    if (argument == null || argument.isEmpty()) {
      return Path.of(DEFAULT_NAME);
    }
    Path path = Path.of(argument);
    boolean folder = argument.endsWith("/") || argument.endsWith(java.io.File.separator)
        || Files.isDirectory(path);
    return folder ? path.resolve(DEFAULT_NAME) : path;
  }
}
