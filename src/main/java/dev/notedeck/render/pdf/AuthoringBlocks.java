package dev.notedeck.render.pdf;

import dev.notedeck.model.Block;
import dev.notedeck.model.BlockTree;
import dev.notedeck.model.Event;
import dev.notedeck.model.Part;
import dev.notedeck.model.Section;
import dev.notedeck.model.Talk;
import java.util.List;

/** Whether the handout shows speaker notes, columns or callouts anywhere (then it needs their style rules). */
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
    return BlockTree.anyMatch(blocks, b -> b instanceof Block.Notes || b instanceof Block.Columns
        || b instanceof Block.Callout);
  }
}
