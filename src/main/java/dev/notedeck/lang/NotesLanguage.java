package dev.notedeck.lang;

import dev.notedeck.model.Block;
import dev.notedeck.model.BlockTree;
import dev.notedeck.model.Event;
import dev.notedeck.model.InfoEntry;
import dev.notedeck.model.Part;
import dev.notedeck.model.RichText;
import dev.notedeck.model.Section;
import dev.notedeck.model.Talk;
import java.util.List;
import java.util.Locale;

/**
 * The language the notes are written in: front matter {@code lang:} when given, otherwise Korean
 * when Hangul carries a fair share of the text, else English. A Hangul syllable is weighed as
 * three Latin letters (about one word's worth), so Korean notes full of English terms stay Korean
 * and English notes naming a Korean speaker stay English.
 */
public final class NotesLanguage {

  /** Korean from this share of Hangul (syllables against Latin letters / 3) upwards. */
  static final double KOREAN_SHARE = 0.3;

  private NotesLanguage() {}

  /** A BCP 47 tag: the front matter's as written ("en-GB"), else "ko" or "en". */
  public static String of(Event event) {
    return event.meta().get("lang").map(String::strip).orElseGet(() -> detect(event));
  }

  /** The primary language subtag, lower case: "ko" for "ko-KR". */
  public static String primary(String tag) {
    int dash = tag.indexOf('-');
    return (dash < 0 ? tag : tag.substring(0, dash)).toLowerCase(Locale.ROOT);
  }

  static String detect(Event event) {
    Counter c = new Counter();
    c.add(event.title());
    for (InfoEntry e : event.info()) {
      c.add(e.key());
      c.add(e.value());
    }
    c.blocks(event.intro());
    for (Part p : event.parts()) {
      c.add(p.title());
      if (p instanceof Talk t) {
        c.add(t.subtitle());
        c.blocks(t.intro());
        t.sections().forEach(c::section);
      } else if (p instanceof Section s) {
        c.section(s);
      }
    }
    return c.share() >= KOREAN_SHARE ? "ko" : "en";
  }

  private static final class Counter {
    long hangul;
    long latin;

    double share() {
      double latinWords = latin / 3.0;
      return hangul + latinWords == 0 ? 0 : hangul / (hangul + latinWords);
    }

    void add(String s) {
      if (s == null) {
        return;
      }
      for (int i = 0; i < s.length(); i++) {
        char ch = s.charAt(i);
        if (ch >= '\uAC00' && ch <= '\uD7A3') {
          hangul++;
        } else if ((ch >= 'a' && ch <= 'z') || (ch >= 'A' && ch <= 'Z')) {
          latin++;
        }
      }
    }

    void add(RichText t) {
      t.spans().forEach(s -> add(s.text()));
    }

    void section(Section s) {
      add(s.title());
      blocks(s.blocks());
      s.subsections().forEach(this::section);
    }

    void blocks(List<Block> blocks) {
      // code is not prose; images and rules have no words
      BlockTree.forEach(blocks, b -> BlockTree.texts(b, this::add));
    }
  }
}
