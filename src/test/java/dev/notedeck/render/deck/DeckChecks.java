package dev.notedeck.render.deck;

import dev.notedeck.model.Block;
import dev.notedeck.model.Event;
import dev.notedeck.model.ListItem;
import dev.notedeck.model.Part;
import dev.notedeck.model.RichText;
import dev.notedeck.model.Section;
import dev.notedeck.model.Talk;
import java.util.ArrayList;
import java.util.List;

/** What a planned deck must satisfy, shared by the planner and writer tests. */
public final class DeckChecks {

  private DeckChecks() {}

  /** All visible text of a slide, tables included, one paragraph per line. */
  public static String slideText(SlideSpec s) {
    StringBuilder sb = new StringBuilder();
    for (TextFrame f : s.frames()) {
      sb.append(f.plainText()).append('\n');
    }
    if (s instanceof SlideSpec.TableSlide t) {
      for (List<Para> row : t.table().rows()) {
        row.forEach(p -> sb.append(p.plainText()).append('\n'));
      }
    }
    return sb.toString();
  }

  public static String squash(String s) {
    return s.replaceAll("\\s+", "");
  }

  /** Each piece of source text (lines of paragraphs, items, code lines, cells) of the event. */
  public static List<String> sourceTexts(Event event) {
    List<String> out = new ArrayList<>();
    out.add(event.title());
    for (Part part : event.parts()) {
      out.add(part.title());
      if (part instanceof Talk t) {
        t.speakers().forEach(sp -> out.add(sp.name()));
        if (t.subtitle() != null) {
          out.add(t.subtitle());
        }
        blocks(t.intro(), out);
        t.sections().forEach(s -> section(s, out));
      } else if (part instanceof Section s) {
        section(s, out);
      }
    }
    blocks(event.intro(), out);
    return out.stream().filter(x -> !x.isBlank()).toList();
  }

  private static void section(Section s, List<String> out) {
    out.add(s.title());
    blocks(s.blocks(), out);
    s.subsections().forEach(sub -> section(sub, out));
  }

  private static void blocks(List<Block> blocks, List<String> out) {
    for (Block b : blocks) {
      if (b instanceof Block.Paragraph p) {
        lines(p.text(), out);
      } else if (b instanceof Block.Heading h) {
        lines(h.text(), out);
      } else if (b instanceof Block.ListBlock l) {
        for (ListItem item : l.items()) {
          lines(item.text(), out);
          blocks(item.children(), out);
        }
      } else if (b instanceof Block.Code c) {
        out.addAll(List.of(c.code().split("\n")));
      } else if (b instanceof Block.Quote q) {
        blocks(q.blocks(), out);
      } else if (b instanceof Block.Table t) {
        t.header().forEach(c -> lines(c, out));
        t.rows().forEach(r -> r.forEach(c -> lines(c, out)));
      } else if (b instanceof Block.Image i) {
        out.add(i.src());
      }
    }
  }

  private static void lines(RichText text, List<String> out) {
    out.addAll(List.of(text.plainText().split("\n")));
  }
}
