package dev.notedeck.render.deck;

/** How much text there is, in words, with a Hangul syllable counting half a word. */
public final class Words {

  private Words() {}

  public static double count(String text) {
    double n = 0;
    for (String w : text.split("\\s+")) {
      long syllables = w.chars().filter(c -> c >= 0xAC00 && c <= 0xD7A3).count();
      if (syllables > 0) {
        n += syllables / 2.0;
      } else if (w.chars().anyMatch(Character::isLetterOrDigit)) {
        n += 1;
      }
    }
    return n;
  }
}
