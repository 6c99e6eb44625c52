package dev.notedeck.render.deck;

import dev.notedeck.model.Event;

/** The few words the deck adds itself, in the language of the notes. */
record Labels(String agenda, String takeaways, String thanks, String missingImage, String remoteImage,
    String language) {

  static Labels forLanguage(boolean korean) {
    return korean
        ? new Labels("발표 순서", "핵심 정리", "감사합니다", "이미지를 찾을 수 없음", "원격 이미지", "ko-KR")
        : new Labels("Agenda", "Key takeaways", "Thank you", "Image not found", "Remote image", "en-US");
  }

  /** The labels of the notes' language (front matter {@code lang:}, else detected). */
  static Labels forEvent(Event event, java.util.Map<String, String> overrides) {
    dev.notedeck.lang.Labels l = dev.notedeck.lang.Labels.forLanguage(
        dev.notedeck.lang.NotesLanguage.of(event), overrides);
    return new Labels(l.agenda(), l.takeaways(), l.thanks(), l.imageMissing(), l.remoteImage(), l.language());
  }
}
