package dev.notedeck.render.pdf;

import dev.notedeck.model.Event;
import dev.notedeck.model.Part;
import dev.notedeck.model.Section;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * Stable element ids for every part and section, the targets of the contents' page numbers and
 * of the bookmarks. Keyed by identity: two sections may be equal records (same title, no text).
 */
final class Anchors {
  private final Map<Object, String> ids = new IdentityHashMap<>();

  Anchors(Event event) {
    List<Part> parts = event.parts();
    for (int p = 0; p < parts.size(); p++) {
      String id = "part-" + (p + 1);
      ids.put(parts.get(p), id);
      List<Section> sections = HandoutXhtml.sectionsOf(parts.get(p));
      number(sections, id);
    }
  }

  private void number(List<Section> sections, String prefix) {
    for (int i = 0; i < sections.size(); i++) {
      String id = prefix + "-" + (i + 1);
      ids.put(sections.get(i), id);
      number(sections.get(i).subsections(), id);
    }
  }

  String of(Object partOrSection) {
    String id = ids.get(partOrSection);
    if (id == null) {
      throw new IllegalArgumentException("not a part or section of this event");
    }
    return id;
  }
}
