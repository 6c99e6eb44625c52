package dev.notedeck.model;

import java.util.ArrayList;
import java.util.List;

/**
 * The event as one output shows it: sections and divs kept out of that output are gone, the
 * other output's keep-outs and unknown divs are unwrapped into their content. Renderers then
 * meet only {@link Block.Notes} and {@link Block.Columns} among the authoring blocks. Applying it
 * twice changes nothing.
 */
public final class AudienceView {

  private AudienceView() {}

  public static Event of(Event event, Audience audience) {
    List<Part> parts = new ArrayList<>();
    for (Part p : event.parts()) {
      if (p instanceof Section s) {
        if (!s.attributes().excludes(audience)) {
          parts.add(section(s, audience));
        }
      } else if (p instanceof Talk t && !t.attributes().excludes(audience)) {
        parts.add(new Talk(t.index(), t.number(), t.title(), t.subtitle(), t.speakers(),
            blocks(t.intro(), audience), sections(t.sections(), audience), t.line(), t.attributes()));
      }
    }
    return new Event(event.title(), event.meta(), event.info(), blocks(event.intro(), audience), parts);
  }

  private static List<Section> sections(List<Section> sections, Audience audience) {
    List<Section> out = new ArrayList<>(sections.size());
    for (Section s : sections) {
      if (!s.attributes().excludes(audience)) {
        out.add(section(s, audience));
      }
    }
    return out;
  }

  private static Section section(Section s, Audience audience) {
    return new Section(s.title(), s.level(), blocks(s.blocks(), audience),
        sections(s.subsections(), audience), s.line(), s.attributes());
  }

  /** The blocks for {@code audience}; returns the same list when nothing changes. */
  public static List<Block> blocks(List<Block> blocks, Audience audience) {
    List<Block> out = new ArrayList<>(blocks.size());
    boolean changed = false;
    for (Block b : blocks) {
      Block before = b;
      if (b instanceof Block.Only only) {
        if (only.audience() == audience) {
          out.addAll(blocks(only.blocks(), audience));
        }
        changed = true;
        continue;
      }
      if (b instanceof Block.Container c) {
        out.addAll(blocks(c.blocks(), audience));
        changed = true;
        continue;
      }
      if (b instanceof Block.Quote q) {
        List<Block> inner = blocks(q.blocks(), audience);
        b = inner == q.blocks() ? q : new Block.Quote(inner);
      } else if (b instanceof Block.ListBlock l) {
        b = list(l, audience);
      } else if (b instanceof Block.Notes n) {
        List<Block> inner = blocks(n.blocks(), audience);
        b = inner == n.blocks() ? n : new Block.Notes(inner, n.line());
      } else if (b instanceof Block.Columns c) {
        List<List<Block>> columns = new ArrayList<>();
        boolean colChanged = false;
        for (List<Block> col : c.columns()) {
          List<Block> inner = blocks(col, audience);
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

  private static Block.ListBlock list(Block.ListBlock l, Audience audience) {
    List<ListItem> items = new ArrayList<>(l.items().size());
    boolean changed = false;
    for (ListItem item : l.items()) {
      List<Block> children = blocks(item.children(), audience);
      changed |= children != item.children();
      items.add(children == item.children() ? item : new ListItem(item.text(), children, item.task()));
    }
    return changed ? new Block.ListBlock(l.ordered(), l.start(), items) : l;
  }
}
