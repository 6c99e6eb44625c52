package dev.notedeck.cli;

import dev.notedeck.NotedeckException;
import java.io.File;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code notedeck man}: installs the man pages where {@code man notedeck} finds them. */
@Command(
    name = "man",
    description = {"Installs the man pages where `man notedeck` finds them.",
        "Writes notedeck.1, notedeck-build.1 and one page per command into DIR/man1. The "
        + "default, ~/.local/share/man, is found by man when ~/.local/bin is on PATH; for another "
        + "folder, add it to MANPATH."},
    footer = {"", "Examples:",
        "  notedeck man                       ~/.local/share/man/man1/notedeck*.1",
        "  sudo notedeck man /usr/local/share/man",
        "                                     for every user of this computer"})
public final class ManCommand extends NotedeckCommand {

  @Parameters(paramLabel = "DIR", arity = "0..1",
      description = "The man folder to install into (default: ~/.local/share/man).")
  Path dir;

  @Override
  public Integer call() {
    Path home = Path.of(System.getProperty("user.home"));
    Path root = dir != null ? dir : home.resolve(".local/share/man");
    List<Path> pages;
    try {
      pages = ManPages.writeAll(root.resolve("man1"));
    } catch (IOException e) {
      throw new NotedeckException(root + ": cannot write the man pages (" + e.getMessage()
          + "); give a folder you can write to, e.g. notedeck man ~/.local/share/man", e);
    }
    PrintWriter out = out();
    out.println("Wrote " + pages.size() + " man pages to " + root.resolve("man1") + "; read them with: man notedeck");
    if (!foundByMan(root, home, System.getenv("PATH"), System.getenv("MANPATH"))) {
      out.println("man looks there once you run: export MANPATH=\"" + root.toAbsolutePath() + ":$MANPATH\""
          + " (e.g. in ~/.bashrc)");
    }
    return 0;
  }

  /** man-db searches MANPATH, else DIR/../share/man and DIR/../man of every DIR on PATH. */
  static boolean foundByMan(Path root, Path home, String path, String manPath) {
    Path wanted = root.toAbsolutePath().normalize();
    if (manPath != null && !manPath.isBlank()) {
      for (String entry : manPath.split(File.pathSeparator)) {
        if (!entry.isEmpty() && Path.of(entry).toAbsolutePath().normalize().equals(wanted)) {
          return true;
        }
      }
      if (!manPath.startsWith(":") && !manPath.endsWith(":") && !manPath.contains("::")) {
        return false; // a MANPATH without an empty entry replaces the search path
      }
    }
    if (wanted.startsWith(Path.of("/usr/share/man")) || wanted.startsWith(Path.of("/usr/local/share/man"))
        || wanted.startsWith(Path.of("/usr/local/man"))) {
      return true;
    }
    for (String entry : path == null ? new String[0] : path.split(File.pathSeparator)) {
      if (entry.isEmpty()) {
        continue;
      }
      Path parent = Path.of(entry).toAbsolutePath().normalize().getParent();
      if (parent != null && (parent.resolve("share/man").equals(wanted) || parent.resolve("man").equals(wanted))) {
        return true;
      }
    }
    return false;
  }
}
