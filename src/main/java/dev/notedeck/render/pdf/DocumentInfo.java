package dev.notedeck.render.pdf;

import dev.notedeck.model.Event;
import dev.notedeck.model.Speaker;
import dev.notedeck.model.Talk;
import java.util.LinkedHashSet;
import java.util.Set;

/** What goes into the PDF's metadata: title, author, language and description. */
public record DocumentInfo(String title, String author, String language, String description) {

  public static DocumentInfo of(Event event) {
    String title = event.meta().get("title").orElse(event.title());
    String language = event.meta().get("lang").orElse("ko");
    String author = event.meta().get("author").orElseGet(() -> speakers(event));
    String description = event.meta().get("description").orElseGet(() -> describe(event));
    return new DocumentInfo(title, author, language, description);
  }

  /** Without a front-matter author the speakers are the people whose words the notes carry. */
  private static String speakers(Event event) {
    Set<String> names = new LinkedHashSet<>();
    for (Talk talk : event.talks()) {
      for (Speaker s : talk.speakers()) {
        names.add(s.name());
      }
    }
    return String.join(", ", names);
  }

  private static String describe(Event event) {
    int talks = event.talks().size();
    String when = event.infoValue("일시", "날짜", "date", "when").map(v -> ", " + v).orElse("");
    String where = event.infoValue("장소", "place", "venue", "where").map(v -> ", " + v).orElse("");
    return event.title() + " 발표 노트 (" + talks + "개 발표" + when + where + ")";
  }
}
