package dev.notedeck.parse;

import dev.notedeck.diagnostics.Finding;
import dev.notedeck.limits.LinkLines;
import dev.notedeck.model.Event;
import java.util.List;

/**
 * The event read from notes and the findings made on the way, in line order.
 *
 * @param links the line of every link, for checks that point at a link
 */
public record ParseResult(Event event, List<Finding> findings, LinkLines links) {
  public ParseResult {
    findings = List.copyOf(findings);
  }
}
