package dev.notedeck.build;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

/**
 * What one input produced: its outputs, or the error that stopped it.
 *
 * @param error one clear line for the user, or null on success
 * @param failure the underlying exception for --verbose, or null
 */
public record BuildResult(Path input, List<Path> outputs, List<String> warnings, Duration time,
    String error, Throwable failure) {

  public BuildResult {
    outputs = List.copyOf(outputs);
    warnings = List.copyOf(warnings);
  }

  public boolean ok() {
    return error == null;
  }
}
