package dev.notedeck.parse;

import dev.notedeck.diagnostics.Finding;
import dev.notedeck.model.Event;
import dev.notedeck.model.Talk;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;

/**
 * What the reader took for talks, as one line {@code check} prints so the author sees the guess:
 * "8 talks at ###, in 3 groups; 2 without speaker". Front matter {@code talks:} settles it when
 * the guess is wrong.
 */
public final class TalkSummary {

  public static final String CODE = "notes.talks";

  private TalkSummary() {}

  /** An info finding about the event's file. */
  public static Finding of(Event event) {
    Path source = event.meta().source();
    int level = event.meta().talkLevel();
    List<Talk> talks = event.talks();
    long groups = talks.stream().map(Talk::group).filter(Objects::nonNull).distinct().count();
    long noSpeaker = talks.stream().filter(t -> t.speakers().isEmpty()).count();
    StringBuilder sb = new StringBuilder();
    sb.append(talks.size()).append(talks.size() == 1 ? " talk" : " talks");
    if (!talks.isEmpty()) {
      sb.append(level > 0 ? " at " + TalkLevel.marks(level) : " in bold paragraphs or list items");
    }
    if (groups > 0) {
      sb.append(", in ").append(groups).append(groups == 1 ? " group" : " groups");
    }
    if (noSpeaker > 0) {
      sb.append("; ").append(noSpeaker).append(" without speaker");
    }
    if (talks.isEmpty()) {
      sb.append(" found; write talks as '## Title - Speaker', or set 'talks: 2' in the front matter");
    }
    return Finding.info(source, 0, CODE, sb.toString());
  }
}
