package dev.notedeck.render.deck;

import dev.notedeck.model.Event;

/** The few words the deck adds itself, in the language of the notes. */
record Labels(String agenda, String takeaways, String thanks, String missingImage, String remoteImage,
    String language, String continued, java.util.Map<String, String> callouts) {

  /** The labels of the notes' language (front matter {@code lang:}, else detected). */
  static Labels forEvent(Event event, java.util.Map<String, String> overrides) {
    dev.notedeck.lang.Labels l = dev.notedeck.lang.Labels.forLanguage(
        dev.notedeck.lang.NotesLanguage.of(event), overrides);
    return new Labels(l.agenda(), l.takeaways(), l.thanks(), l.imageMissing(), l.remoteImage(), l.language(),
        l.continued(), l.callouts());
  }

  /** The word of a callout kind: "tip" -> "팁". */
  String callout(String kind) {
    return callouts.getOrDefault(kind, kind);
  }
}
