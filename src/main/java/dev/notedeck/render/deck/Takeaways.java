package dev.notedeck.render.deck;

import dev.notedeck.model.Block;
import dev.notedeck.model.ListItem;
import dev.notedeck.model.Span;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/** Collects a talk's conclusions: quotes, lines like {@code **정리**:}, and conclusion sections. */
final class Takeaways {

  private static final Pattern TAKEAWAY =
      Pattern.compile("^\\s*(정리|결론|느낀\\s*점|요약|takeaways?|conclusions?|summary|tl;?dr)\\b?\\s*[:：\\-]?.*",
          Pattern.CASE_INSENSITIVE);
  private static final Pattern TAKEAWAY_SECTION =
      Pattern.compile(".*(정리|결론|느낀\\s*점|요약|takeaway|conclusion|summary).*", Pattern.CASE_INSENSITIVE);

  private final List<Para> paras = new ArrayList<>();
  private final List<String> notes = new ArrayList<>();
  private final Set<String> seen = new LinkedHashSet<>();

  /** Whether a section titled so is a conclusion as a whole (all of its text is collected). */
  static boolean isTakeawaySection(String title) {
    return TAKEAWAY_SECTION.matcher(title).matches();
  }

  List<Para> paras() {
    return paras;
  }

  String notes() {
    return String.join("\n", notes);
  }

  /** A conclusion section's heading, shown above what it concludes. */
  void heading(String title) {
    if (seen.add("#" + title.strip())) {
      paras.add(new Para(List.of(Span.plain(title.strip())), 0, null, 0, Para.Role.HEADING, 0, 0));
      notes.add(title.strip());
    }
  }

  /**
   * Collects what {@code b} concludes: all of it in a conclusion section ({@code wholeBlock}),
   * else only lines that say they conclude. Never tables, code or pictures: they are data, not a
   * takeaway.
   */
  void collect(Block b, boolean wholeBlock) {
    if (b instanceof Block.Notes) {
      return; // the speaker's, not the audience's
    }
    if (b instanceof Block.Code || b instanceof Block.Table || b instanceof Block.Image || b instanceof Block.Rule) {
      return;
    }
    if (wholeBlock) {
      if (b instanceof Block.Quote q) {
        add(q, q.blocks());
      } else {
        add(b, List.of(b));
      }
      return;
    }
    if (b instanceof Block.Paragraph p) {
      for (List<Span> line : BlockParas.splitLines(p.text().spans())) {
        String text = plain(line);
        if (TAKEAWAY.matcher(text).matches()) {
          addLine(line);
        }
      }
    } else if (b instanceof Block.ListBlock l) {
      for (ListItem item : l.items()) {
        String text = item.text().plainText().strip();
        if (TAKEAWAY.matcher(text).matches()) {
          if (text.replaceAll("[\\s:：*]", "").length() <= 4 && !item.children().isEmpty()) {
            add(new Block.ListBlock(false, 1, List.of(item)), item.children());
          } else {
            addLine(item.text().spans());
          }
        }
        for (Block child : item.children()) {
          collect(child, false);
        }
      }
    }
  }

  private void addLine(List<Span> line) {
    String key = plain(line).strip();
    if (seen.add(key)) {
      paras.add(new Para(BlockParas.trim(line), 0, BlockParas.BULLETS[0], 0, Para.Role.BODY, 0, 0));
      notes.add(SpeakerNotesText.text(line));
    }
  }

  private void add(Block source, List<Block> inner) {
    String key = SpeakerNotesText.of(inner).strip();
    if (key.isEmpty() || !seen.add(key)) {
      return;
    }
    List<Para> ps = new ArrayList<>();
    for (Block b : inner) {
      BlockParas.toParas(b, 0, ps);
    }
    boolean first = true;
    for (Para p : ps) {
      if (p.level() == 0 && first && !p.hasMarker() && p.role() != Para.Role.CODE) {
        paras.add(new Para(p.spans(), 0, BlockParas.BULLETS[0], 0, Para.Role.BODY, 0, 0));
      } else if (p.level() == 0 && !p.hasMarker() && p.role() != Para.Role.CODE) {
        paras.add(new Para(p.spans(), 1, null, 0, Para.Role.BODY, 0, 0));
      } else {
        paras.add(new Para(p.spans(), p.level() + 1, p.bullet(), p.number(), Para.Role.BODY, 0, 0));
      }
      first = false;
    }
    notes.add(SpeakerNotesText.of(source));
  }

  private static String plain(List<Span> spans) {
    StringBuilder sb = new StringBuilder();
    spans.forEach(s -> sb.append(s.text()));
    return sb.toString();
  }
}
