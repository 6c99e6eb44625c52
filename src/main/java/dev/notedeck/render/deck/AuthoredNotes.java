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

  /** {@code s} with other speaker notes; exhaustive, so a new kind of slide must say how. */
  static SlideSpec withNotes(SlideSpec s, String notes) {
    return s.accept(new SlideSpec.Visitor<SlideSpec, RuntimeException>() {
      public SlideSpec title(TitleSlide t) {
        return new TitleSlide(t.title(), t.subtitle(), notes, t.page());
      }
      public SlideSpec agenda(AgendaSlide a) {
        return new AgendaSlide(a.title(), a.body(), notes, a.page());
      }
      public SlideSpec divider(TalkDividerSlide d) {
        return new TalkDividerSlide(d.number(), d.title(), d.body(), notes);
      }
      public SlideSpec bullets(BulletSlide b) {
        return new BulletSlide(b.title(), b.body(), notes, b.page());
      }
      public SlideSpec cards(SlideSpec.CardsSlide c) {
        return new SlideSpec.CardsSlide(c.title(), c.cards(), notes);
      }
      public SlideSpec columns(SlideSpec.ColumnsSlide c) {
        return new SlideSpec.ColumnsSlide(c.title(), c.columns(), notes);
      }
      public SlideSpec code(CodeSlide c) {
        return new CodeSlide(c.title(), c.lead(), c.language(), c.label(), c.code(), notes, c.page());
      }
      public SlideSpec quote(QuoteSlide q) {
        return new QuoteSlide(q.title(), q.quote(), notes, q.page());
      }
      public SlideSpec table(TableSlide t) {
        return new TableSlide(t.title(), t.table(), notes, t.page());
      }
      public SlideSpec image(ImageSlide i) {
        return new ImageSlide(i.title(), i.image(), i.box(), i.caption(), i.text(), notes);
      }
      public SlideSpec takeaways(TakeawaysSlide t) {
        return new TakeawaysSlide(t.title(), t.body(), notes, t.page());
      }
      public SlideSpec closing(ClosingSlide c) {
        return new ClosingSlide(c.title(), c.subtitle(), notes);
      }
    });
  }
}
