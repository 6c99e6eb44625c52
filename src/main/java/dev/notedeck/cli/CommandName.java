package dev.notedeck.cli;

import java.io.File;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * How the user started notedeck, for hints that name the next command: {@code ./notedeck} or
 * {@code notedeck} (the launcher passes its path as {@code notedeck.command}), or
 * {@code java -jar …/notedeck.jar}.
 */
final class CommandName {

  static final String PROPERTY = "notedeck.command";

  private CommandName() {}

  static String asRun() {
    return asRun(System.getProperty(PROPERTY), System.getenv("PATH"));
  }

  static String asRun(String launcher, String path) {
    if (launcher != null && !launcher.isBlank()) {
      return onPath(launcher, path) ? Path.of(launcher).getFileName().toString() : launcher;
    }
    Path jar = ownJar();
    if (jar != null) {
      Path here = Path.of("").toAbsolutePath();
      Path shown = jar.startsWith(here) ? here.relativize(jar) : jar;
      return "java -jar " + shown;
    }
    return "notedeck";
  }

  /** Whether the launcher was found through PATH (bash then gives its full path as $0). */
  private static boolean onPath(String launcher, String path) {
    Path self = Path.of(launcher);
    if (!self.isAbsolute() || path == null) {
      return false; // typed as ./notedeck or bin/notedeck: say it that way
    }
    for (String dir : path.split(File.pathSeparator)) {
      if (!dir.isEmpty()) {
        Path candidate = Path.of(dir).resolve(self.getFileName());
        try {
          if (Files.exists(candidate) && Files.isSameFile(candidate, self)) {
            return true;
          }
        } catch (java.io.IOException e) {
          // not this one
        }
      }
    }
    return false;
  }

  private static Path ownJar() {
    try {
      var source = CommandName.class.getProtectionDomain().getCodeSource();
      Path location = source == null ? null : Path.of(source.getLocation().toURI());
      return location != null && location.toString().endsWith(".jar") ? location : null;
    } catch (URISyntaxException | SecurityException | IllegalArgumentException e) {
      return null;
    }
  }
}
