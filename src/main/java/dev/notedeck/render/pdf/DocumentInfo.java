package dev.notedeck.render.pdf;

import dev.notedeck.lang.Labels;
import dev.notedeck.lang.NotesLanguage;
import dev.notedeck.model.Event;
import dev.notedeck.model.Speaker;
import dev.notedeck.model.Talk;
import java.util.LinkedHashSet;
import java.util.Set;

/**
 * What goes into the PDF's metadata (title, author, language, description) and the words the
 * handout adds itself, all in the notes' language.
 */
public record DocumentInfo(String title, String author, String language, String description, Labels labels) {

  /** {@code labels}: a theme's words over the built-in ones ({@code labels:} in theme.yaml). */
  public static DocumentInfo of(Event event, java.util.Map<String, String> labelOverrides) {
    String title = event.meta().get("title").orElse(event.title());
    String language = NotesLanguage.of(event);
    Labels labels = Labels.forLanguage(language, labelOverrides);
    String author = event.meta().get("author").orElseGet(() -> speakers(event));
    String description = event.meta().get("description").orElseGet(() -> describe(event, labels));
    return new DocumentInfo(title, author, language, description, labels);
  }

  /**
   * The document's charset, title and metadata as the first elements of an XHTML head:
   * openhtmltopdf reads the PDF's title, author, subject and description from them.
   */
  public void writeHead(XhtmlWriter x) {
    x.empty("meta", "http-equiv", "Content-Type", "content", "text/html; charset=UTF-8");
    x.element("title", title);
    x.empty("meta", "name", "author", "content", author);
    x.empty("meta", "name", "subject", "content", description);
    x.empty("meta", "name", "description", "content", description);
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

  private static String describe(Event event, Labels labels) {
    int talks = event.talks().size();
    String when = event.infoValue("일시", "날짜", "date", "when").map(v -> ", " + v).orElse("");
    String where = event.infoValue("장소", "place", "venue", "where").map(v -> ", " + v).orElse("");
    return labels.talkNotes(event.title(), talks, when + where);
  }
}
