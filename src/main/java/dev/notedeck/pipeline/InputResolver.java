package dev.notedeck.pipeline;

import dev.notedeck.NotedeckException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;

/** Turns the INPUT arguments (files and folders of {@code *.md}) into the notes files to build. */
public final class InputResolver {

  private InputResolver() {}

  public static List<Path> resolve(List<Path> arguments) {
    return resolve(arguments, false);
  }

  /** ... with {@code recursive}, folders' subfolders too (not hidden ones such as .git). */
  public static List<Path> resolve(List<Path> arguments, boolean recursive) {
    List<Path> files = new ArrayList<>();
    for (Path arg : arguments) {
      if (Files.isDirectory(arg)) {
        List<Path> notes = notesIn(arg, recursive);
        if (notes.isEmpty()) {
          throw new NotedeckException(arg + ": no notes (*.md) in this folder; "
              + "give a notes file or a folder that holds some (`notedeck new` writes one)");
        }
        files.addAll(notes);
      } else if (Files.isRegularFile(arg)) {
        files.add(arg);
      } else if (Files.exists(arg)) {
        throw new NotedeckException(arg + ": not a regular file or folder; give a notes file (*.md)");
      } else {
        throw new NotedeckException(arg + ": no such file or folder; give a notes file (*.md) "
            + "or a folder of them");
      }
    }
    return files.stream().map(Path::normalize).distinct().toList();
  }

  /**
   * For each of {@code files} that lies in a subfolder of a folder among {@code arguments}, that
   * subfolder relative to the folder ({@code talks/a/x.md} given {@code talks/}: {@code a}), so
   * a recursive build can mirror the folders in its output folder.
   */
  public static Map<Path, Path> places(List<Path> arguments, List<Path> files) {
    Map<Path, Path> places = new HashMap<>();
    for (Path file : files) {
      Path absolute = file.toAbsolutePath().normalize();
      for (Path arg : arguments) {
        Path folder = arg.toAbsolutePath().normalize();
        if (Files.isDirectory(arg) && absolute.startsWith(folder) && !absolute.equals(folder)) {
          Path sub = folder.relativize(absolute).getParent();
          if (sub != null) {
            places.putIfAbsent(file.normalize(), sub);
          }
          break;
        }
      }
    }
    return places;
  }

  private static List<Path> notesIn(Path dir, boolean recursive) {
    // Files.walk follows no folder links, so a recursive build stays inside too
    try (Stream<Path> entries = recursive ? Files.walk(dir) : Files.list(dir)) {
      Path realDir = dir.toRealPath();
      return entries
          .filter(p -> !recursive || !hiddenBelow(dir, p))
          .filter(p -> p.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".md"))
          .filter(p -> !isRepositoryDoc(p))
          .filter(Files::isRegularFile)
          .filter(p -> staysInside(p, realDir))
          .sorted()
          .toList();
    } catch (IOException e) {
      throw new NotedeckException(dir + ": cannot list this folder (" + e.getMessage() + ")", e);
    }
  }

  private static boolean hiddenBelow(Path root, Path file) {
    for (Path part : root.relativize(file)) {
      if (part.toString().startsWith(".")) {
        return true;
      }
    }
    return false;
  }

  /**
   * A folder build takes only the folder's own notes: a {@code *.md} link to a file elsewhere
   * (someone's folder of notes could link to any file of yours) is followed only when named.
   */
  private static boolean staysInside(Path file, Path realDir) {
    try {
      return file.toRealPath().startsWith(realDir);
    } catch (IOException e) {
      return false;
    }
  }

  /**
   * A folder of notes is often a repository whose README (or licence, changelog) is no talk
   * notes; building it would only produce a stray handout. Named explicitly, it still builds.
   */
  private static boolean isRepositoryDoc(Path file) {
    String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
    return name.equals("readme.md") || name.equals("changelog.md") || name.equals("license.md")
        || name.equals("contributing.md");
  }

  /** {@code talk.md} -> {@code talk}: the base name every output of one input shares. */
  public static String baseName(Path input) {
    String name = input.getFileName().toString();
    int dot = name.lastIndexOf('.');
    return dot > 0 ? name.substring(0, dot) : name;
  }
}
