package dev.notedeck.render.deck;

import dev.notedeck.model.Block;
import dev.notedeck.render.deck.SlideSpec.AgendaSlide;
import dev.notedeck.render.deck.SlideSpec.BulletSlide;
import dev.notedeck.render.deck.SlideSpec.ClosingSlide;
import dev.notedeck.render.deck.SlideSpec.CodeSlide;
import dev.notedeck.render.deck.SlideSpec.ImageSlide;
import dev.notedeck.render.deck.SlideSpec.QuoteSlide;
import dev.notedeck.render.deck.SlideSpec.TableSlide;
import dev.notedeck.render.deck.SlideSpec.TakeawaysSlide;
import dev.notedeck.render.deck.SlideSpec.TalkDividerSlide;
import dev.notedeck.render.deck.SlideSpec.TitleSlide;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Speaker notes the author wrote ({@code ::: notes}): they replace the slide's repeated text in its
 * notes part (several blocks on one slide join in order). Slides are records, so a slide with
 * notes is replaced by a copy.
 */
final class AuthoredNotes {

  private final Set<SlideSpec> authored = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());

  /** Gives slide {@code index} of {@code slides} the text of {@code notes}. */
  void attach(List<SlideSpec> slides, int index, List<Block.Notes> notes) {
    String text = text(notes);
    if (text.isEmpty()) {
      return;
    }
    SlideSpec slide = slides.get(index);
    String joined = authored.contains(slide) ? slide.notes() + "\n\n" + text : text;
    SlideSpec copy = withNotes(slide, joined);
    authored.remove(slide);
    authored.add(copy);
    slides.set(index, copy);
  }

  /** The notes blocks among {@code blocks}, and the blocks without them. */
  record Split(List<Block.Notes> notes, List<Block> rest) {}

  static Split split(List<Block> blocks) {
    List<Block.Notes> notes = new ArrayList<>();
    List<Block> rest = new ArrayList<>();
    for (Block b : blocks) {
      if (b instanceof Block.Notes n) {
        notes.add(n);
      } else {
        rest.add(b);
      }
    }
    return new Split(notes, rest);
  }

  static String text(List<Block.Notes> notes) {
    List<String> parts = new ArrayList<>();
    for (Block.Notes n : notes) {
      String t = SpeakerNotesText.of(n.blocks());
      if (!t.isEmpty()) {
        parts.add(t);
      }
    }
    return String.join("\n\n", parts);
  }

  static SlideSpec withNotes(SlideSpec s, String notes) {
    if (s instanceof TitleSlide t) {
      return new TitleSlide(t.title(), t.subtitle(), notes);
    } else if (s instanceof AgendaSlide a) {
      return new AgendaSlide(a.title(), a.body(), notes);
    } else if (s instanceof TalkDividerSlide d) {
      return new TalkDividerSlide(d.number(), d.title(), d.body(), notes);
    } else if (s instanceof BulletSlide b) {
      return new BulletSlide(b.title(), b.body(), notes);
    } else if (s instanceof CodeSlide c) {
      return new CodeSlide(c.title(), c.language(), c.label(), c.code(), notes);
    } else if (s instanceof QuoteSlide q) {
      return new QuoteSlide(q.title(), q.quote(), notes);
    } else if (s instanceof TableSlide t) {
      return new TableSlide(t.title(), t.table(), notes);
    } else if (s instanceof ImageSlide i) {
      return new ImageSlide(i.title(), i.image(), i.box(), i.caption(), notes);
    } else if (s instanceof TakeawaysSlide t) {
      return new TakeawaysSlide(t.title(), t.body(), notes);
    } else if (s instanceof SlideSpec.ColumnsSlide c) {
      return new SlideSpec.ColumnsSlide(c.title(), c.columns(), notes);
    } else if (s instanceof ClosingSlide c) {
      return new ClosingSlide(c.title(), c.subtitle(), notes);
    }
    throw new IllegalArgumentException("a slide kind without notes: " + s.getClass().getSimpleName());
  }
}
