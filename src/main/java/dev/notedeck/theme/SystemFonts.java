package dev.notedeck.theme;

import java.io.IOException;
import java.nio.file.FileVisitOption;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Finds font families installed on this machine by their file names (e.g. {@code DejaVuSans.ttf},
 * {@code DejaVuSans-Bold.ttf}), without opening any font file. Only TrueType files qualify, as
 * the PDF renderer embeds TrueType. The folders are scanned once, and only when a theme names a
 * family it does not ship.
 */
final class SystemFonts {
  private static final Pattern STYLE = Pattern.compile(
      "(?i)(.*?)[-_ ]?(regular|bolditalic|boldoblique|bold|italic|oblique|book|roman|"
          + "r|b|bi|i|it|boldit)?");

  private final List<Path> folders;
  private Map<String, Faces> byKey;

  SystemFonts(List<Path> folders) {
    this.folders = List.copyOf(folders);
  }

  /** The usual font folders of Linux, macOS and Windows, plus the user's own. */
  static SystemFonts standard() {
    List<Path> dirs = new ArrayList<>();
    String home = System.getProperty("user.home");
    if (home != null) {
      dirs.add(Path.of(home, ".fonts"));
      dirs.add(Path.of(home, ".local", "share", "fonts"));
      dirs.add(Path.of(home, "Library", "Fonts"));
    }
    dirs.add(Path.of("/usr/share/fonts"));
    dirs.add(Path.of("/usr/local/share/fonts"));
    dirs.add(Path.of("/Library/Fonts"));
    dirs.add(Path.of("/System/Library/Fonts"));
    String windir = System.getenv("WINDIR");
    if (windir != null) {
      dirs.add(Path.of(windir, "Fonts"));
    }
    return new SystemFonts(dirs);
  }

  List<Path> folders() {
    return folders;
  }

  /** The family whose file names match {@code name} (case, spaces and dashes ignored). */
  synchronized Optional<FontFamily> find(String name) {
    Faces faces = index().get(key(name));
    if (faces == null || faces.regular == null) {
      return Optional.empty();
    }
    return Optional.of(new FontFamily(name, disk(faces.regular), disk(faces.bold),
        disk(faces.italic), disk(faces.boldItalic)));
  }

  /** Family names found, for "did you mean". */
  synchronized List<String> names() {
    List<String> names = new ArrayList<>();
    index().values().forEach(f -> {
      if (f.regular != null) {
        names.add(f.name);
      }
    });
    return names;
  }

  private static Resource disk(Path p) {
    return p == null ? null : new Resource.OnDisk(p);
  }

  private Map<String, Faces> index() {
    if (byKey != null) {
      return byKey;
    }
    byKey = new HashMap<>();
    for (Path dir : folders) {
      if (!Files.isDirectory(dir)) {
        continue;
      }
      try (Stream<Path> files = Files.walk(dir, 6, FileVisitOption.FOLLOW_LINKS)) {
        files.filter(p -> p.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".ttf"))
            .sorted()
            .forEach(this::add);
      } catch (IOException | RuntimeException e) {
        // An unreadable folder only means fewer fonts to choose from.
      }
    }
    return byKey;
  }

  private void add(Path file) {
    String base = file.getFileName().toString();
    base = base.substring(0, base.length() - 4);
    Matcher m = STYLE.matcher(base);
    String family = base;
    String style = "regular";
    if (m.matches() && m.group(2) != null && !m.group(1).isEmpty()) {
      family = m.group(1);
      style = m.group(2).toLowerCase(Locale.ROOT);
    }
    Faces faces = byKey.computeIfAbsent(key(family), k -> new Faces());
    String finalFamily = family;
    switch (style) {
      case "bold", "b" -> faces.bold = first(faces.bold, file);
      case "italic", "oblique", "i", "it" -> faces.italic = first(faces.italic, file);
      case "bolditalic", "boldoblique", "bi", "boldit" ->
          faces.boldItalic = first(faces.boldItalic, file);
      default -> {
        faces.regular = first(faces.regular, file);
        faces.name = first(faces.name, finalFamily);
      }
    }
    // A file named exactly like the family (DejaVuSans.ttf) is its regular face.
    if (!family.equals(base)) {
      Faces whole = byKey.get(key(base));
      if (whole == null) {
        byKey.computeIfAbsent(key(base), k -> new Faces()).regular = file;
        byKey.get(key(base)).name = base;
      }
    }
  }

  private static <T> T first(T current, T candidate) {
    return current != null ? current : candidate;
  }

  static String key(String name) {
    return name.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]", "");
  }

  private static final class Faces {
    String name;
    Path regular;
    Path bold;
    Path italic;
    Path boldItalic;
  }
}
