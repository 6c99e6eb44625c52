package dev.notedeck.diagnostics;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Where findings that do not stop a build go (a missing image, a skipped remote reference). */
public interface Diagnostics {

  void report(Finding finding);

  /** Reports a warning about {@code file:line} (file may be null, line 0 when not known). */
  default void warn(Path file, int line, String code, String message) {
    report(Finding.warning(file, line, code, message));
  }

  /** Ignores everything; for tests and library callers that do not care. */
  static Diagnostics silent() {
    return finding -> {};
  }

  /** Keeps every finding, in order. */
  final class Collecting implements Diagnostics {
    private final List<Finding> findings = new ArrayList<>();

    @Override
    public synchronized void report(Finding finding) {
      findings.add(finding);
    }

    public synchronized List<Finding> findings() {
      return List.copyOf(findings);
    }

    /** Each finding as printed ({@code file:line: message}). */
    public synchronized List<String> warnings() {
      return findings.stream().map(Finding::toString).toList();
    }
  }
}
