package dev.notedeck.cli;

import dev.notedeck.NotedeckException;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code notedeck new}: a notes file in the shape notedeck reads, to start from. */
@Command(
    name = "new",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    description = {"Writes a notes template to start from.",
        "The template has front matter, an event title, an info table and an example talk "
        + "with sections, bullets, code and a quote.",
        "Never overwrites a file that exists."},
    footer = {"", "Examples:",
        "  notedeck new                   writes notes.md here",
        "  notedeck new talks/devfest.md  writes talks/devfest.md (and the talks/ folder)",
        "  notedeck new talks/            writes talks/notes.md",
        "  notedeck new 데브페스트.md      writes 데브페스트.md"})
public final class NewCommand implements Callable<Integer> {

  static final String DEFAULT_NAME = "notes.md";

  @CommandLine.Spec
  CommandLine.Model.CommandSpec spec;

  @Parameters(paramLabel = "FILE", arity = "0..1",
      description = "The notes file to write, or a folder to write notes.md into "
          + "(default: notes.md).")
  Path file;

  @Override
  public Integer call() {
    Path target = file == null ? Path.of(DEFAULT_NAME)
        : Files.isDirectory(file) ? file.resolve(DEFAULT_NAME) : file;
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
    PrintWriter out = spec.commandLine().getOut();
    out.println("Wrote " + target + ": an event with one example talk. Next:");
    out.println("  notedeck watch " + target + "   rebuilds the handout and deck in dist/ on every save");
    out.println("  notedeck check " + target + "   points at what would look wrong");
    return 0;
  }
}
