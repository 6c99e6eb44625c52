package dev.notedeck.pipeline;

import dev.notedeck.diagnostics.Finding;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

/**
 * What one input produced: its outputs, or the error that stopped it.
 *
 * @param error one clear line for the user, or null on success
 * @param failure the underlying exception for --verbose, or null
 * @param pages pages of the PDF handout written, 0 when none was
 * @param slides slides of the deck (or slide images) written, 0 when none was
 * @param sources files this build read besides the theme: the notes and the local images they
 *     reference (also those that are missing), for watch mode; empty when parsing failed
 * @param theme the theme name or folder used, or null when parsing failed
 * @param slidesHandoutPages pages of the slides handout written, 0 when none was
 */
public record BuildResult(Path input, List<Path> outputs, List<Finding> warnings, Duration time,
    String error, Throwable failure, int pages, int slides, List<Path> sources, String theme,
    int slidesHandoutPages) {

  public BuildResult {
    outputs = List.copyOf(outputs);
    warnings = List.copyOf(warnings);
    sources = List.copyOf(sources);
  }

  public BuildResult(Path input, List<Path> outputs, List<Finding> warnings, Duration time,
      String error, Throwable failure) {
    this(input, outputs, warnings, time, error, failure, 0, 0, List.of(), null, 0);
  }

  public boolean ok() {
    return error == null;
  }
}
