package dev.notedeck.render.pdf;

import dev.notedeck.model.Block;
import dev.notedeck.model.Event;
import dev.notedeck.model.ListItem;
import dev.notedeck.model.Part;
import dev.notedeck.model.Section;
import dev.notedeck.model.Talk;
import java.util.List;

/** Whether the handout shows speaker notes or columns anywhere (then it needs their style rules). */
final class AuthoringBlocks {

  private AuthoringBlocks() {}

  static boolean used(Event event) {
    if (any(event.intro())) {
      return true;
    }
    for (Part p : event.parts()) {
      if (p instanceof Talk t && (any(t.intro()) || t.sections().stream().anyMatch(AuthoringBlocks::any))
          || p instanceof Section s && any(s)) {
        return true;
      }
    }
    return false;
  }

  private static boolean any(Section s) {
    return any(s.blocks()) || s.subsections().stream().anyMatch(AuthoringBlocks::any);
  }

  private static boolean any(List<Block> blocks) {
    for (Block b : blocks) {
      if (b instanceof Block.Notes || b instanceof Block.Columns) {
        return true;
      }
      if (b instanceof Block.Quote q && any(q.blocks())
          || b instanceof Block.ListBlock l && l.items().stream().map(ListItem::children).anyMatch(AuthoringBlocks::any)
          || b instanceof Block.Only o && any(o.blocks())
          || b instanceof Block.Container c && any(c.blocks())) {
        return true;
      }
    }
    return false;
  }
}
