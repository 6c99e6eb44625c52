package dev.notedeck.theme;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Optional;

/**
 * Where a theme folder lives: inside the jar (built-in themes) or on disk (user themes). Files a
 * theme names resolve relative to its folder.
 */
sealed interface ThemeSource {

  String THEME_FILE = "theme.yaml";

  /** The theme's name: the built-in name or the folder's name. */
  String name();

  /** Identity for cycle detection. */
  String id();

  /** How messages name a file of this theme, e.g. {@code themes/dark/theme.yaml}. */
  String label(String relative);

  /** The text of a file of this theme, or empty when it does not exist. */
  Optional<String> read(String relative) throws IOException;

  /** Whether a file exists, without reading it (font files are large). */
  boolean isFile(String relative);

  Resource resource(String relative);

  /**
   * Whether a file lies inside this theme's folder once {@code ..} and symlinks are resolved:
   * theme assets (stylesheet, template, logo, background) are read only from there, so a theme
   * shipped with someone's notes cannot pull other files of yours into the outputs.
   */
  default boolean inside(String relative) {
    return true;
  }

  /** The theme folder at {@code relative} (e.g. {@code ../base}); null when it escapes the root. */
  ThemeSource folder(String relative);

  /** A built-in theme: {@code themes/<name>/} on the class path. */
  record ClassPath(String dir) implements ThemeSource {
    @Override
    public String name() {
      return dir.substring(dir.lastIndexOf('/') + 1);
    }

    @Override
    public String id() {
      return "classpath:" + dir;
    }

    @Override
    public String label(String relative) {
      String p = join(relative);
      return p == null ? dir + "/" + relative : p;
    }

    @Override
    public Optional<String> read(String relative) throws IOException {
      String p = join(relative);
      if (p == null) {
        return Optional.empty();
      }
      try (InputStream in = ThemeSource.class.getClassLoader().getResourceAsStream(p)) {
        return in == null ? Optional.empty()
            : Optional.of(new String(in.readAllBytes(), StandardCharsets.UTF_8));
      }
    }

    @Override
    public boolean isFile(String relative) {
      String p = join(relative);
      return p != null && !p.endsWith("/")
          && ThemeSource.class.getClassLoader().getResource(p) != null;
    }

    @Override
    public Resource resource(String relative) {
      return new Resource.OnClassPath(join(relative));
    }

    @Override
    public ThemeSource folder(String relative) {
      String p = join(relative);
      return p == null ? null : new ClassPath(p);
    }

    /** dir + relative with "." and ".." folded; null if it leaves {@code themes/}. */
    private String join(String relative) {
      Deque<String> parts = new ArrayDeque<>();
      for (String s : (dir + "/" + relative.replace('\\', '/')).split("/")) {
        if (s.isEmpty() || s.equals(".")) {
          continue;
        }
        if (s.equals("..")) {
          if (parts.isEmpty()) {
            return null;
          }
          parts.removeLast();
        } else {
          parts.addLast(s);
        }
      }
      String p = String.join("/", parts);
      return p.startsWith("themes/") ? p : null;
    }
  }

  /** A user theme folder. */
  record OnDisk(Path dir) implements ThemeSource {
    @Override
    public String name() {
      Path abs = dir.toAbsolutePath().normalize();
      return abs.getFileName() == null ? abs.toString() : abs.getFileName().toString();
    }

    @Override
    public String id() {
      try {
        return dir.toRealPath().toString();
      } catch (IOException e) {
        return dir.toAbsolutePath().normalize().toString();
      }
    }

    @Override
    public String label(String relative) {
      return dir.resolve(relative).normalize().toString();
    }

    @Override
    public Optional<String> read(String relative) throws IOException {
      Path p = dir.resolve(relative);
      if (!Files.isRegularFile(p)) {
        return Optional.empty();
      }
      long size = Files.size(p);
      if (size > YamlLimits.MAX_CHARS) { // never read a huge file whole only to refuse it
        throw new IOException("it is " + size + " bytes, over the limit of " + YamlLimits.MAX_CHARS);
      }
      return Optional.of(Files.readString(p, StandardCharsets.UTF_8));
    }

    @Override
    public boolean isFile(String relative) {
      return Files.isRegularFile(dir.resolve(relative));
    }

    @Override
    public boolean inside(String relative) {
      try {
        return dir.resolve(relative).toRealPath().startsWith(dir.toRealPath());
      } catch (IOException | RuntimeException e) {
        return false;
      }
    }

    @Override
    public Resource resource(String relative) {
      return new Resource.OnDisk(dir.resolve(relative).normalize());
    }

    @Override
    public ThemeSource folder(String relative) {
      return new OnDisk(dir.resolve(relative).normalize());
    }
  }
}
