package dev.notedeck.theme;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Resolves and caches themes for every command (build, check, watch, gallery, themes show):
 * one place decides where a theme name or folder points, and a theme is loaded once per
 * location however it was named ({@code ./brand}, {@code brand/}, an absolute path).
 */
public final class ThemeService {
  private final ThemeLoader loader;
  private final Map<String, Theme> loaded = new ConcurrentHashMap<>();

  public ThemeService() {
    this(new ThemeLoader());
  }

  public ThemeService(ThemeLoader loader) {
    this.loader = loader;
  }

  /** A theme by name or folder; a relative folder lies in {@code relativeTo} (null: cwd). */
  public Theme resolve(String nameOrFolder, Path relativeTo) {
    ThemeSource source = loader.locate(nameOrFolder, relativeTo);
    // A theme with problems throws and is not kept: the next call reports them again.
    return loaded.computeIfAbsent(source.id(), id -> loader.load(source));
  }

  public Theme resolve(ThemeRef ref) {
    return resolve(ref.nameOrFolder(), ref.relativeTo());
  }

  /** The theme's folder on disk (to watch it); empty for a built-in or one that is not there. */
  public Optional<Path> folderOf(ThemeRef ref) {
    try {
      return loader.locate(ref.nameOrFolder(), ref.relativeTo()) instanceof ThemeSource.OnDisk d
          ? Optional.of(d.dir().toAbsolutePath().normalize()) : Optional.empty();
    } catch (RuntimeException notThere) {
      return Optional.empty();
    }
  }

  /** Forgets loaded themes so the next call reads them again (watch: a theme file changed). */
  public void forget() {
    loaded.clear();
  }

  public List<ThemeLoader.ThemeInfo> builtIns() {
    return loader.builtIns();
  }
}
