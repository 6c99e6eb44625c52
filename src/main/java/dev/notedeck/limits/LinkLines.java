package dev.notedeck.limits;

import java.util.HashMap;
import java.util.Map;
import java.util.NavigableSet;
import java.util.TreeSet;

/**
 * Where each link target stands in the notes, as the parser found it: the model keeps no line
 * per link, and a warning about a link should name the link's own line, not its section's.
 */
public final class LinkLines {

  private final Map<String, NavigableSet<Integer>> lines = new HashMap<>();

  /** Records a link to {@code href} on source line {@code line} (1-based). */
  public void add(String href, int line) {
    if (href != null && line > 0) {
      lines.computeIfAbsent(href, h -> new TreeSet<>()).add(line);
    }
  }

  /** The first line at or after {@code from} with a link to {@code href}; else {@code from}. */
  public int lineOf(String href, int from) {
    NavigableSet<Integer> found = href == null ? null : lines.get(href);
    Integer line = found == null ? null : found.ceiling(from);
    return line == null ? from : line;
  }
}
