package dev.notedeck.theme;

import java.io.IOException;
import java.nio.file.FileVisitOption;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Finds font families installed on this machine by family name, as fontconfig does but in
 * Java: the usual font folders are walked once per JVM (only when a theme names a family it
 * neither ships nor declares) and each {@code .ttf}, {@code .otf}, {@code .ttc} and {@code .otc}
 * is indexed by the family names in its headers, one entry per font of a collection. A file
 * whose headers cannot be read is indexed by its file name ({@code DejaVuSans-Bold.ttf}).
 * Localised names ({@code 맑은 고딕}) and metric-compatible stand-ins ({@code Calibri} →
 * {@code Carlito}) are looked up through {@link FontAliases}.
 */
final class SystemFonts {
  private static final Pattern STYLE = Pattern.compile(
      "(?i)(.*?)[-_ ]?(regular|bolditalic|boldoblique|bold|italic|oblique|book|roman|"
          + "r|b|bi|i|it|boldit)?");
  private static SystemFonts standard;

  private final List<Path> folders;
  private Map<String, Faces> byKey;

  SystemFonts(List<Path> folders) {
    this.folders = List.copyOf(folders);
  }

  /**
   * The usual font folders of Linux (XDG), macOS and Windows, plus the user's own; one index
   * per JVM, so a warm process scans them once.
   */
  static synchronized SystemFonts standard() {
    if (standard == null) {
      standard = new SystemFonts(standardFolders());
    }
    return standard;
  }

  private static List<Path> standardFolders() {
    List<Path> dirs = new ArrayList<>();
    String home = System.getProperty("user.home");
    String dataHome = System.getenv("XDG_DATA_HOME");
    if (dataHome != null && !dataHome.isBlank()) {
      dirs.add(Path.of(dataHome, "fonts"));
    }
    if (home != null) {
      dirs.add(Path.of(home, ".local", "share", "fonts"));
      dirs.add(Path.of(home, ".fonts"));
      dirs.add(Path.of(home, "Library", "Fonts"));
    }
    dirs.add(Path.of("/usr/local/share/fonts"));
    dirs.add(Path.of("/usr/share/fonts"));
    dirs.add(Path.of("/Library/Fonts"));
    dirs.add(Path.of("/System/Library/Fonts"));
    String localAppData = System.getenv("LOCALAPPDATA");
    if (localAppData != null) {
      dirs.add(Path.of(localAppData, "Microsoft", "Windows", "Fonts"));
    }
    String windir = System.getenv("WINDIR");
    if (windir != null) {
      dirs.add(Path.of(windir, "Fonts"));
    }
    return dirs;
  }

  List<Path> folders() {
    return folders;
  }

  /**
   * The family named {@code name} (case, spaces and dashes ignored), else the family it is an
   * alias of.
   */
  synchronized Optional<FontFamily> find(String name) {
    Optional<FontFamily> found = exactly(name);
    if (found.isPresent()) {
      return found;
    }
    for (String alias : FontAliases.of(name)) {
      found = exactly(alias);
      if (found.isPresent()) {
        return found;
      }
    }
    return Optional.empty();
  }

  private Optional<FontFamily> exactly(String name) {
    Faces faces = index().get(key(name));
    if (faces == null || faces.regular == null) {
      return Optional.empty();
    }
    return Optional.of(new FontFamily(name, faces.regular, faces.bold, faces.italic,
        faces.boldItalic));
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
        files.filter(p -> Files.isRegularFile(p) && FontFaces.isFontFile(p)).sorted()
            .forEach(this::add);
      } catch (IOException | RuntimeException e) {
        // An unreadable folder only means fewer fonts to choose from.
      }
    }
    return byKey;
  }

  private void add(Path file) {
    List<FontFaces.Face> faces;
    try {
      faces = FontFaces.read(file);
    } catch (IOException | RuntimeException e) {
      String n = file.getFileName().toString().toLowerCase(Locale.ROOT);
      if (n.endsWith(".ttf") || n.endsWith(".otf")) { // a collection's name says no font
        addByFileName(file);
      }
      return;
    }
    for (FontFaces.Face face : faces) {
      for (String name : face.families()) {
        Faces family = byKey.computeIfAbsent(key(name), k -> new Faces());
        family.name = first(family.name, name);
        String slot = face.slot(name);
        family.put(slot, face.resource(), face.postScriptOutlines(), face.distance(slot));
      }
    }
  }

  /** A file whose headers could not be read: its name says the family and the face. */
  private void addByFileName(Path file) {
    String base = file.getFileName().toString();
    base = base.substring(0, base.lastIndexOf('.'));
    Matcher m = STYLE.matcher(base);
    String family = base;
    String style = "regular";
    if (m.matches() && m.group(2) != null && !m.group(1).isEmpty()) {
      family = m.group(1);
      style = m.group(2).toLowerCase(Locale.ROOT);
    }
    String slot = switch (style) {
      case "bold", "b" -> "bold";
      case "italic", "oblique", "i", "it" -> "italic";
      case "bolditalic", "boldoblique", "bi", "boldit" -> "boldItalic";
      default -> "regular";
    };
    Faces faces = byKey.computeIfAbsent(key(family), k -> new Faces());
    faces.name = first(faces.name, family);
    faces.put(slot, new Resource.OnDisk(file), false, 100);
    // A file named exactly like the family (DejaVuSans.ttf) is its regular face.
    if (!family.equals(base) && !byKey.containsKey(key(base))) {
      Faces whole = new Faces();
      whole.name = base;
      whole.put("regular", new Resource.OnDisk(file), false, 100);
      byKey.put(key(base), whole);
    }
  }

  private static <T> T first(T current, T candidate) {
    return current != null ? current : candidate;
  }

  static String key(String name) {
    return name.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]", "");
  }

  /**
   * The faces of one family. For each slot TrueType outlines beat CFF (the handout can embed
   * them), then the weight nearest the slot's (Regular over Light and Medium, Bold over Black),
   * then the file found first.
   */
  private static final class Faces {
    String name;
    Resource regular;
    Resource bold;
    Resource italic;
    Resource boldItalic;
    private final Map<String, Integer> rank = new HashMap<>();

    void put(String slot, Resource face, boolean cff, int distance) {
      int r = (cff ? 10_000 : 0) + distance;
      Integer current = rank.get(slot);
      if (current != null && current <= r) {
        return;
      }
      rank.put(slot, r);
      switch (slot) {
        case "bold" -> bold = face;
        case "italic" -> italic = face;
        case "boldItalic" -> boldItalic = face;
        default -> regular = face;
      }
    }
  }
}
