package dev.notedeck.build;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;

/**
 * What to build.
 *
 * @param theme a theme name or folder that overrides the notes' front matter, or null
 * @param allowRemote whether the notes' remote references (images) may be fetched
 * @param allowLocalFiles folders beyond the notes' own from which referenced files may be read
 */
public record BuildRequest(List<Path> inputs, Path outputDir, String theme, Set<Format> formats,
    boolean allowRemote, List<Path> allowLocalFiles) {
  public BuildRequest {
    inputs = List.copyOf(inputs);
    formats = Set.copyOf(formats);
    allowLocalFiles = allowLocalFiles == null ? List.of() : List.copyOf(allowLocalFiles);
  }

  /** Deny by default: no network, files from the notes' and the theme's folders only. */
  public BuildRequest(List<Path> inputs, Path outputDir, String theme, Set<Format> formats) {
    this(inputs, outputDir, theme, formats, false, List.of());
  }
}
