package dev.notedeck.build;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;

/**
 * What to build.
 *
 * @param theme a theme name or folder that overrides the notes' front matter, or null
 * @param outputName base name for the outputs instead of the input's (one input only, as in
 *     {@code -o handout.pdf}), or null
 */
public record BuildRequest(List<Path> inputs, Path outputDir, String theme, Set<Format> formats,
    String outputName) {

  public BuildRequest {
    inputs = List.copyOf(inputs);
    formats = Set.copyOf(formats);
  }

  public BuildRequest(List<Path> inputs, Path outputDir, String theme, Set<Format> formats) {
    this(inputs, outputDir, theme, formats, null);
  }

  /** The same request for other inputs (watch mode rebuilds a few of them). */
  public BuildRequest withInputs(List<Path> others) {
    return new BuildRequest(others, outputDir, theme, formats, outputName);
  }

  /** Base name shared by every output of {@code input}. */
  public String baseName(Path input) {
    return outputName != null ? outputName : InputResolver.baseName(input);
  }

  /** Where {@code format} of {@code input} goes (for PNG: the first slide's image). */
  public Path target(Path input, Format format) {
    return outputDir.resolve(format.fileName(baseName(input), 1));
  }
}
