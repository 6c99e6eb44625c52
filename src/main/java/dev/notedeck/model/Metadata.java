package dev.notedeck.model;

import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;

/**
 * Where the notes came from and what their front matter says.
 *
 * @param source the notes file, or null for notes built in memory
 * @param frontMatter YAML front matter keys (first value of each), in source order
 * @param talkLevel the heading level the reader took the talks from (2 for {@code ##}); 0 when
 *     the talks are bold paragraphs or list items, or the event was not read from Markdown
 */
public record Metadata(Path source, Map<String, String> frontMatter, int talkLevel) {

  public Metadata(Path source, Map<String, String> frontMatter) {
    this(source, frontMatter, 0);
  }

  public Metadata {
    frontMatter = frontMatter == null ? Map.of() : java.util.Collections.unmodifiableMap(
        new java.util.LinkedHashMap<>(frontMatter));
  }

  public static Metadata empty() {
    return new Metadata(null, Map.of());
  }

  public Optional<String> get(String key) {
    return Optional.ofNullable(frontMatter.get(key)).filter(v -> !v.isBlank());
  }
}
