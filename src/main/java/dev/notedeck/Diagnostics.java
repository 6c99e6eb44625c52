package dev.notedeck;

import java.util.ArrayList;
import java.util.List;

/** Collects warnings (a missing image, a skipped remote reference) that do not stop a build. */
public interface Diagnostics {

  void warn(String message);

  /** Ignores everything; for tests and library callers that do not care. */
  static Diagnostics silent() {
    return message -> {};
  }

  /** Keeps every warning, in order. */
  final class Collecting implements Diagnostics {
    private final List<String> warnings = new ArrayList<>();

    @Override
    public synchronized void warn(String message) {
      warnings.add(message);
    }

    public synchronized List<String> warnings() {
      return List.copyOf(warnings);
    }
  }
}
