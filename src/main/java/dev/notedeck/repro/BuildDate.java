package dev.notedeck.repro;

import dev.notedeck.model.Event;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The one date written into outputs (PDF creation date, PPTX core properties, ZIP entry times),
 * so that the same notes, theme and version always give the same bytes:
 * {@code SOURCE_DATE_EPOCH} (reproducible-builds.org) if set, else the notes' front matter
 * {@code date}, else the info table's date ({@code 일시}), else a fixed date. Never the clock.
 */
public final class BuildDate {

  /** Used when nothing names a date: 2000-01-01T00:00:00Z (stable, and inside ZIP's range). */
  public static final Instant FIXED = Instant.parse("2000-01-01T00:00:00Z");

  private static final Pattern DATE = Pattern.compile("(\\d{4})\\s*[-./년]\\s*(\\d{1,2})\\s*[-./월]\\s*(\\d{1,2})");

  private BuildDate() {}

  public static Instant of(Event event) {
    return of(event, System.getenv("SOURCE_DATE_EPOCH"));
  }

  static Instant of(Event event, String sourceDateEpoch) {
    if (sourceDateEpoch != null && !sourceDateEpoch.isBlank()) {
      try {
        return clamp(Instant.ofEpochSecond(Long.parseLong(sourceDateEpoch.strip())));
      } catch (NumberFormatException | java.time.DateTimeException e) {
        // not a number: ignore it, as the reproducible-builds spec allows
      }
    }
    if (event != null && event.meta() != null) {
      Optional<Instant> fromNotes = event.meta().get("date").flatMap(BuildDate::parse)
          .or(() -> event.infoValue("date", "일시", "날짜").flatMap(BuildDate::parse));
      if (fromNotes.isPresent()) {
        return fromNotes.get();
      }
    }
    return FIXED;
  }

  /** "2019-04-27", "2019.04.27.", "2019년 4월 27일", an ISO instant. */
  static Optional<Instant> parse(String text) {
    String s = text.strip();
    try {
      return Optional.of(clamp(Instant.parse(s)));
    } catch (DateTimeParseException e) {
      // not an instant; try a calendar date
    }
    Matcher m = DATE.matcher(s);
    if (m.find()) {
      try {
        LocalDate d = LocalDate.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)),
            Integer.parseInt(m.group(3)));
        return Optional.of(clamp(d.atStartOfDay().toInstant(ZoneOffset.UTC)));
      } catch (java.time.DateTimeException e) {
        return Optional.empty();
      }
    }
    return Optional.empty();
  }

  /** ZIP (DOS) times hold 1980..2107 only. */
  private static Instant clamp(Instant t) {
    Instant min = Instant.parse("1980-01-01T00:00:00Z");
    Instant max = Instant.parse("2107-12-31T00:00:00Z");
    return t.isBefore(min) ? min : t.isAfter(max) ? max : t;
  }
}
