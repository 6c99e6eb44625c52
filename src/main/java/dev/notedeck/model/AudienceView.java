package dev.notedeck.model;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * The event as one output shows it: sections and divs kept out of that output are gone, the
 * other output's keep-outs and unknown divs are unwrapped into their content. Renderers then
 * meet only {@link Block.Notes}, {@link Block.Columns} and {@link Block.Callout} among the
 * authoring blocks. Applying it twice changes nothing.
 */
public final class AudienceView {

  private AudienceView() {}

  public static Event of(Event event, Audience audience) {
    return view(event, new View(audience, false, null));
  }

  /**
   * The view where every callout written without a title is titled with its kind's word
   * ({@code kindWord}: "tip" -> "팁"), for an output that shows the title as plain text.
   */
  public static Event of(Event event, Audience audience, Function<String, String> kindWord) {
    return view(event, new View(audience, false, kindWord));
  }

  /** The handout's view without speaker notes (a theme may hide them). */
  public static Event withoutNotes(Event event) {
    return view(event, new View(Audience.HANDOUT, true, null));
  }

  private static Event view(Event event, View v) {
    Audience audience = v.audience();
    List<Part> parts = new ArrayList<>();
    for (Part p : event.parts()) {
      if (p instanceof Section s) {
        if (!s.attributes().excludes(audience)) {
          parts.add(v.section(s));
        }
      } else if (p instanceof Talk t && !t.attributes().excludes(audience)) {
        parts.add(new Talk(t.index(), t.number(), t.title(), t.subtitle(), t.speakers(),
            v.blocks(t.intro()), v.sections(t.sections()), t.line(), t.group(), t.attributes()));
      }
    }
    return new Event(event.title(), event.meta(), event.info(), v.blocks(event.intro()), parts);
  }

  /** The blocks for {@code audience}; returns the same list when nothing changes. */
  public static List<Block> blocks(List<Block> blocks, Audience audience) {
    return new View(audience, false, null).blocks(blocks);
  }

  /**
   * One output's view: its keep-outs applied, speaker notes dropped when {@code dropNotes},
   * untitled callouts titled when {@code kindWord} is given.
   */
  private record View(Audience audience, boolean dropNotes, Function<String, String> kindWord) {
    List<Section> sections(List<Section> sections) {
      List<Section> out = new ArrayList<>(sections.size());
      for (Section s : sections) {
        if (!s.attributes().excludes(audience)) {
          out.add(section(s));
        }
      }
      return out;
    }

    Section section(Section s) {
      return new Section(s.title(), s.level(), blocks(s.blocks()),
          sections(s.subsections()), s.line(), s.attributes());
    }

    List<Block> blocks(List<Block> blocks) {
      List<Block> out = new ArrayList<>(blocks.size());
      boolean changed = false;
      for (Block b : blocks) {
        Block before = b;
        if (b instanceof Block.Only only) {
          if (only.audience() == audience) {
            out.addAll(blocks(only.blocks()));
          }
          changed = true;
          continue;
        }
        if (b instanceof Block.Container c) {
          out.addAll(blocks(c.blocks()));
          changed = true;
          continue;
        }
        if (b instanceof Block.Quote q) {
          List<Block> inner = blocks(q.blocks());
          b = inner == q.blocks() ? q : new Block.Quote(inner);
        } else if (b instanceof Block.ListBlock l) {
          b = list(l);
        } else if (b instanceof Block.Notes n) {
          if (dropNotes) {
            changed = true;
            continue;
          }
          List<Block> inner = blocks(n.blocks());
          b = inner == n.blocks() ? n : new Block.Notes(inner, n.line());
        } else if (b instanceof Block.Callout c) {
          List<Block> inner = blocks(c.blocks());
          String title = c.title().isEmpty() && kindWord != null ? kindWord.apply(c.kind()) : c.title();
          b = inner == c.blocks() && title.equals(c.title()) ? c : new Block.Callout(c.kind(), title, inner, c.line());
        } else if (b instanceof Block.Columns c) {
          List<List<Block>> columns = new ArrayList<>();
          boolean colChanged = false;
          for (List<Block> col : c.columns()) {
            List<Block> inner = blocks(col);
            colChanged |= inner != col;
            columns.add(inner);
          }
          b = colChanged ? new Block.Columns(columns, c.line()) : c;
        }
        changed |= b != before;
        out.add(b);
      }
      return changed ? out : blocks;
    }

    Block.ListBlock list(Block.ListBlock l) {
      List<ListItem> items = new ArrayList<>(l.items().size());
      boolean changed = false;
      for (ListItem item : l.items()) {
        List<Block> children = blocks(item.children());
        changed |= children != item.children();
        items.add(children == item.children() ? item : new ListItem(item.text(), children, item.task()));
      }
      return changed ? new Block.ListBlock(l.ordered(), l.start(), items) : l;
    }
  }
}
