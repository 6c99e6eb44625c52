package dev.notedeck.model;

import java.util.List;
import java.util.Map;

/**
 * Pandoc-style attributes of a heading or fenced div: {@code {#id .class key="value"}}.
 *
 * @param classes in the order written, without the dot
 * @param values key-value pairs in the order written
 */
public record Attributes(String id, List<String> classes, Map<String, String> values) {
  public static final Attributes NONE = new Attributes(null, List.of(), Map.of());

  public Attributes {
    classes = List.copyOf(classes);
    values = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(values));
  }

  public boolean has(String className) {
    return classes.contains(className);
  }

  public boolean isEmpty() {
    return id == null && classes.isEmpty() && values.isEmpty();
  }

  /** True when the part marked with these attributes is left out of {@code audience}'s output. */
  public boolean excludes(Audience audience) {
    return has("skip") || has(audience == Audience.DECK ? "handout-only" : "deck-only");
  }
}
