package dev.notedeck.theme;

import java.util.Optional;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.api.lowlevel.Parse;
import org.snakeyaml.engine.v2.events.Event;
import org.snakeyaml.engine.v2.events.ScalarEvent;

/**
 * Bounds on a theme.yaml, checked while the parser streams its events and before any node tree
 * is built: the composer recurses once per level (20,000 nested {@code [} overflowed the stack)
 * and a huge scalar costs time in every later step. A theme file is a few KB; these limits are
 * far above any real one.
 */
public final class YamlLimits {

  public static final int MAX_CHARS = 256 * 1024;
  static final int MAX_DEPTH = 32;
  static final int MAX_SCALAR = 16 * 1024;
  static final int MAX_ALIASES = 50;

  /** What is over a limit, with its line (1-based, 0 when unknown). */
  public record Excess(int line, String message) {}

  private YamlLimits() {}

  /** Parser settings with the same bounds (aliases, recursive keys, length). */
  public static LoadSettings settings(String label) {
    return LoadSettings.builder().setLabel(label).setCodePointLimit(MAX_CHARS)
        .setMaxAliasesForCollections(MAX_ALIASES).setAllowRecursiveKeys(false).build();
  }

  /**
   * The first limit {@code text} goes over, or empty. Syntax errors are left to the composer,
   * which reports them with their line.
   */
  static Optional<Excess> check(String text, String label) {
    return check(text, label, "theme");
  }

  /** ... for a settings file of another {@code kind} ("project"), named so in the messages. */
  public static Optional<Excess> check(String text, String label, String kind) {
    if (text.length() > MAX_CHARS) {
      return Optional.of(new Excess(0, "the " + kind + " file is " + text.length() + " characters long, "
          + "over the limit of " + MAX_CHARS + "; a " + kind + " file holds settings, not data"));
    }
    int depth = 0;
    try {
      for (Event e : new Parse(settings(label)).parseString(text)) {
        switch (e.getEventId()) {
          case MappingStart, SequenceStart -> {
            if (++depth > MAX_DEPTH) {
              return Optional.of(new Excess(line(e), "nested more than " + MAX_DEPTH
                  + " levels deep; a " + kind + " needs a few levels at most"));
            }
          }
          case MappingEnd, SequenceEnd -> depth--;
          case Scalar -> {
            if (((ScalarEvent) e).getValue().length() > MAX_SCALAR) {
              return Optional.of(new Excess(line(e), "a value of "
                  + ((ScalarEvent) e).getValue().length() + " characters is over the limit of "
                  + MAX_SCALAR));
            }
          }
          default -> { }
        }
      }
    } catch (RuntimeException syntax) {
      return Optional.empty();
    }
    return Optional.empty();
  }

  private static int line(Event e) {
    return e.getStartMark().map(m -> m.getLine() + 1).orElse(0);
  }
}
