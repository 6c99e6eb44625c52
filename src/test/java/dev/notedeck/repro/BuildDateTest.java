package dev.notedeck.repro;

import static org.assertj.core.api.Assertions.assertThat;

import dev.notedeck.model.Event;
import dev.notedeck.model.InfoEntry;
import dev.notedeck.model.Metadata;
import dev.notedeck.model.RichText;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class BuildDateTest {

  static Event event(Map<String, String> frontMatter, List<InfoEntry> info) {
    return new Event("E", new Metadata(null, frontMatter), info, List.of(), List.of());
  }

  @Test
  void sourceDateEpochWinsThenFrontMatterThenInfoTableThenAFixedDate() {
    Event both = event(Map.of("date", "2020-05-06"), List.of(new InfoEntry("일시", RichText.of("2019.04.27.(토) 11:00"))));
    Event infoOnly = event(Map.of(), List.of(new InfoEntry("일시", RichText.of("2019.04.27.(토) 11:00"))));
    assertThat(BuildDate.of(both, "1556323200")).isEqualTo(Instant.parse("2019-04-27T00:00:00Z"));
    assertThat(BuildDate.of(both, null)).isEqualTo(Instant.parse("2020-05-06T00:00:00Z"));
    assertThat(BuildDate.of(infoOnly, "not a number")).isEqualTo(Instant.parse("2019-04-27T00:00:00Z"));
    assertThat(BuildDate.of(event(Map.of("date", "someday"), List.of()), null)).isEqualTo(BuildDate.FIXED);
  }

  @Test
  void koreanAndIsoFormsParse() {
    assertThat(BuildDate.parse("2019년 4월 27일")).contains(Instant.parse("2019-04-27T00:00:00Z"));
    assertThat(BuildDate.parse("2021-02-03T04:05:06Z")).contains(Instant.parse("2021-02-03T04:05:06Z"));
    assertThat(BuildDate.parse("2019-13-45")).isEmpty();
    assertThat(BuildDate.parse("1900-01-01")).contains(Instant.parse("1980-01-01T00:00:00Z"));
  }
}
