package dev.notedeck.render.pptx;

import dev.notedeck.lang.NotesLanguage;
import dev.notedeck.render.deck.DeckFonts;

/**
 * The {@code lang} of the deck's runs, which spelling checkers and screen readers go by: Hangul
 * text is {@code ko-KR}; other text takes the notes' language ({@code en-US} in Korean notes,
 * whose Latin words are English terms; {@code fr} in French ones).
 */
final class RunLanguage {

  private final boolean korean;
  private final String other;

  private RunLanguage(boolean korean, String other) {
    this.korean = korean;
    this.other = other;
  }

  /** For a deck in {@code language} (a BCP 47 tag: "ko-KR", "en-US", "fr"). */
  static RunLanguage forDeck(String language) {
    boolean korean = NotesLanguage.primary(language).equals("ko");
    return new RunLanguage(korean, korean ? "en-US" : language);
  }

  /** The lang of a run of {@code text}. */
  String of(String text) {
    return DeckFonts.hasHangul(text) ? "ko-KR" : other;
  }

  /** The lang of text without Hangul (digits, Latin words). */
  String other() {
    return other;
  }

  /** The lang of an empty paragraph's end: the notes' own. */
  String empty() {
    return korean ? "ko-KR" : other;
  }
}
