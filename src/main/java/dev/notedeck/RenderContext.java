package dev.notedeck;

import dev.notedeck.diagnostics.Diagnostics;
import dev.notedeck.resource.LoadedImage;
import dev.notedeck.resource.ResourceLoader;
import dev.notedeck.resource.ResourcePolicy;
import dev.notedeck.theme.Resource;
import dev.notedeck.theme.Theme;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Everything a renderer needs besides the model.
 *
 * @param baseDir folder that relative references in the notes (images) resolve against
 * @param resources the only way to read what the notes refer to (images): applies the
 *     {@link ResourcePolicy} (no network, nothing outside the allowed folders by default) and
 *     warns through {@code diagnostics} when something is skipped
 */
public record RenderContext(Theme theme, Path baseDir, Diagnostics diagnostics, ResourceLoader resources) {

  /** Deny-by-default resources: local files from the notes' and the theme's folders only. */
  public RenderContext(Theme theme, Path baseDir, Diagnostics diagnostics) {
    this(theme, baseDir, diagnostics,
        new ResourceLoader(defaultPolicy(theme, baseDir), diagnostics));
  }

  public ResourcePolicy policy() {
    return resources.policy();
  }

  /** An image the notes refer to, or empty after a warning: see {@link ResourceLoader#image}. */
  public Optional<LoadedImage> image(String src, int line) {
    return resources.image(src, baseDir, null, line);
  }

  /** Same, naming {@code source:line} (e.g. {@code event.meta().source()}) in the warning. */
  public Optional<LoadedImage> image(String src, Path source, int line) {
    return resources.image(src, baseDir, source, line);
  }

  /** Deny-by-default policy for notes in {@code baseDir} styled by {@code theme}. */
  public static ResourcePolicy defaultPolicy(Theme theme, Path baseDir) {
    List<Path> roots = new ArrayList<>();
    if (baseDir != null) {
      roots.add(baseDir);
    }
    roots.addAll(themeFolders(theme));
    return ResourcePolicy.localOnly(roots.toArray(Path[]::new));
  }

  /**
   * A picture of the theme (logo, background) under the same rules as the notes' images, or
   * empty (after a warning when it cannot be used).
   */
  public Optional<LoadedImage> themeImage(Optional<Resource> picture) {
    return picture.filter(Resource.OnDisk.class::isInstance).map(Resource.OnDisk.class::cast)
        .flatMap(r -> resources.image(r.path().toAbsolutePath().toString(), baseDir));
  }

  /** The theme's logo, which may also be an SVG (drawn as vectors where the output allows). */
  public Optional<LoadedImage> themeLogo() {
    return theme.assets().logo().filter(Resource.OnDisk.class::isInstance)
        .map(Resource.OnDisk.class::cast)
        .flatMap(r -> resources.vectorOrImage(r.path().toAbsolutePath().toString(), baseDir));
  }

  /** Folders of a theme's on-disk assets (built-in themes live on the class path: none). */
  public static List<Path> themeFolders(Theme theme) {
    List<Path> folders = new ArrayList<>();
    if (theme == null || theme.assets() == null) {
      return folders;
    }
    var a = theme.assets();
    for (Optional<Resource> r : List.of(a.handoutCss(), a.pptxTemplate(), a.logo(), a.slideBackground())) {
      r.filter(Resource.OnDisk.class::isInstance).map(Resource.OnDisk.class::cast)
          .map(d -> d.path().toAbsolutePath().getParent()).ifPresent(folders::add);
    }
    return folders;
  }
}
