package dev.notedeck.model;

import java.util.List;

/**
 * One notes file: the event, its info table, and its parts in source order.
 * Parts are talks ({@code ## title - speaker (company)}) and event-level sections that are not
 * talks (an intro such as {@code ## 소개}, a closing such as {@code ## 마무리}).
 */
public record Event(
    String title,
    Metadata meta,
    List<InfoEntry> info,
    List<Block> intro,
    List<Part> parts) {

  public Event {
    info = List.copyOf(info);
    intro = List.copyOf(intro);
    parts = List.copyOf(parts);
  }

  /** The talks only, in order. */
  public List<Talk> talks() {
    return parts.stream().filter(Talk.class::isInstance).map(Talk.class::cast).toList();
  }

  /** Value of the first info-table row whose key matches one of {@code keys}, ignoring case. */
  public java.util.Optional<String> infoValue(String... keys) {
    for (InfoEntry e : info) {
      for (String k : keys) {
        if (e.key().strip().equalsIgnoreCase(k)) {
          return java.util.Optional.of(e.value().plainText());
        }
      }
    }
    return java.util.Optional.empty();
  }
}
