package dev.notedeck.render.pdf;

import dev.notedeck.model.Block;
import dev.notedeck.model.BlockTree;
import dev.notedeck.model.Event;
import dev.notedeck.model.InfoEntry;
import dev.notedeck.model.Part;
import dev.notedeck.model.RichText;
import dev.notedeck.model.Section;
import dev.notedeck.model.Speaker;
import dev.notedeck.model.Talk;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** Every whitespace-separated word of an event's text, to tell a whole word from a fragment. */
final class SourceWords {
  private final Set<String> words = new HashSet<>();

  private SourceWords() {}

  /**
   * Hangul tokens of the rendered pages that are no word of the source (nor one of the
   * handout's own labels): fragments of a word broken across lines.
   */
  static List<String> brokenHangulWords(RenderedHandout handout, String... labels) {
    Set<String> words = new HashSet<>(of(handout.event));
    words.addAll(List.of(labels));
    List<String> broken = new java.util.ArrayList<>();
    for (String page : handout.pageTexts) {
      for (String token : page.split("\\s+")) {
        if (hasHangul(token) && !words.contains(token)) {
          broken.add(token);
        }
      }
    }
    return broken;
  }

  static Set<String> of(Event event) {
    SourceWords w = new SourceWords();
    w.add(event.title());
    for (InfoEntry e : event.info()) {
      w.add(e.key());
      w.add(e.value());
    }
    w.blocks(event.intro());
    for (Part part : event.parts()) {
      w.add(part.title());
      if (part instanceof Talk t) {
        w.add(HandoutXhtml.partLabel(t));
        w.add(dev.notedeck.lang.Labels.KOREAN.continuedTitle(""));
        w.add(dev.notedeck.lang.Labels.ENGLISH.continuedTitle(""));
        w.add(t.subtitle());
        for (Speaker s : t.speakers()) {
          w.add(s.display());
          w.add(t.speakerLine());
        }
        w.blocks(t.intro());
      }
      for (Section s : HandoutXhtml.sectionsOf(part)) {
        w.section(s);
      }
      if (part instanceof Section s) {
        w.blocks(s.blocks());
      }
    }
    return w.words;
  }

  private void section(Section s) {
    add(s.title());
    blocks(s.blocks());
    s.subsections().forEach(this::section);
  }

  private void blocks(List<Block> blocks) {
    BlockTree.forEach(blocks, b -> {
      BlockTree.texts(b, this::add);
      if (b instanceof Block.Code c) {
        add(c.code());
      } else if (b instanceof Block.Image i) {
        add(i.alt());
        add(i.src());
      }
    });
  }

  private void add(RichText text) {
    add(text.plainText());
  }

  private void add(String text) {
    if (text != null) {
      for (String w : text.split("\\s+")) {
        if (!w.isEmpty()) {
          words.add(w);
        }
      }
    }
  }

  /** True when the token holds a Hangul syllable or jamo. */
  static boolean hasHangul(String token) {
    return token.codePoints().anyMatch(cp -> Character.UnicodeScript.of(cp) == Character.UnicodeScript.HANGUL);
  }
}
