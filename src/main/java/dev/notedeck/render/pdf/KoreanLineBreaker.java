package dev.notedeck.render.pdf;

import com.openhtmltopdf.extend.FSTextBreaker;
import com.openhtmltopdf.layout.UrlAwareLineBreakIterator;
import java.text.BreakIterator;
import java.util.Locale;

/**
 * Line breaking with CSS {@code word-break: keep-all} for Korean, which openhtmltopdf ignores:
 * the Unicode line breaker allows a break between any two Hangul syllables, so a word such as
 * {@code 머신러닝} could end up split over two lines. This breaker drops every break opportunity
 * that falls between two letters or digits, so Korean breaks only at spaces and punctuation like
 * Latin text does. URLs keep openhtmltopdf's URL-aware breaks, and a word longer than the line
 * is still broken by {@code word-wrap: break-word} in the style sheet.
 */
final class KoreanLineBreaker implements FSTextBreaker {
  private final FSTextBreaker delegate =
      new UrlAwareLineBreakIterator(BreakIterator.getLineInstance(Locale.KOREAN));
  private String text = "";

  @Override
  public void setText(String newText) {
    this.text = newText;
    delegate.setText(newText);
  }

  @Override
  public int next() {
    int at = delegate.next();
    while (at > 0 && at < text.length() && insideWord(at)) {
      at = delegate.next();
    }
    return at;
  }

  /** True between two letters/digits when at least one is CJK (Latin words never break there). */
  private boolean insideWord(int at) {
    int before = text.codePointBefore(at);
    int after = text.codePointAt(at);
    return Character.isLetterOrDigit(before) && Character.isLetterOrDigit(after)
        && (isCjk(before) || isCjk(after));
  }

  static boolean isCjk(int codePoint) {
    Character.UnicodeScript s = Character.UnicodeScript.of(codePoint);
    return s == Character.UnicodeScript.HANGUL || s == Character.UnicodeScript.HAN
        || s == Character.UnicodeScript.HIRAGANA || s == Character.UnicodeScript.KATAKANA;
  }
}
