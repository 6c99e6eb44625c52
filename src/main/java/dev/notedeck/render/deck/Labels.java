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

  /** Korean labels when the event's title or part titles contain Hangul. */
  static Labels forEvent(Event event) {
    StringBuilder sb = new StringBuilder(event.title());
    event.parts().forEach(p -> sb.append(p.title()));
    return forLanguage(DeckFonts.hasHangul(sb.toString()));
  }
}
