package dev.notedeck.parse;

import dev.notedeck.model.Event;
import java.util.List;

/** The parsed event and the findings (warnings) collected on the way, in source order. */
public record ParseResult(Event event, List<Finding> findings) {
  public ParseResult {
    findings = List.copyOf(findings);
  }
}
