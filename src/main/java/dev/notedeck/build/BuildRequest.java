package dev.notedeck.build;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;

/**
 * What to build.
 *
 * @param theme a theme name or folder that overrides the notes' front matter, or null
 */
public record BuildRequest(List<Path> inputs, Path outputDir, String theme, Set<Format> formats) {
  public BuildRequest {
    inputs = List.copyOf(inputs);
    formats = Set.copyOf(formats);
  }
}
