package dev.notedeck.limits;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.notedeck.diagnostics.Diagnostics;
import dev.notedeck.NotedeckException;
import dev.notedeck.model.Block;
import dev.notedeck.model.Event;
import dev.notedeck.model.ListItem;
import dev.notedeck.model.Metadata;
import dev.notedeck.model.Part;
import dev.notedeck.model.RichText;
import dev.notedeck.model.Section;
import dev.notedeck.model.Speaker;
import dev.notedeck.model.Talk;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Absurd sizes are cut with a warning naming the part, or refused. */
class ModelLimitsTest {

  final Path file = Path.of("notes.md");
  final Diagnostics.Collecting warnings = new Diagnostics.Collecting();

  static Talk talk(int i, String title, List<Block> blocks) {
    return new Talk(i, null, title, null, List.of(new Speaker("김하늘", null)), blocks, List.of(), 10 * i);
  }

  static Event event(List<Part> parts) {
    return new Event("Event", Metadata.empty(), List.of(), List.of(), parts);
  }

  @Test
  void withinLimitsNothingChanges() {
    Event e = event(List.of(talk(1, "Talk", List.of(new Block.Paragraph(RichText.of("text"))))));
    assertThat(ModelLimits.apply(e, file, warnings)).isEqualTo(e);
    assertThat(warnings.warnings()).isEmpty();
  }

  @Test
  void tooManyTalksAreRefusedNamingTheFirstOneOver() {
    List<Part> parts = new ArrayList<>();
    for (int i = 1; i <= 10_000; i++) {
      parts.add(talk(i, "Talk " + i, List.of()));
    }
    assertThatThrownBy(() -> ModelLimits.apply(event(parts), file, warnings))
        .isInstanceOf(NotedeckException.class)
        .hasMessageStartingWith("notes.md:" + 10 * (ModelLimits.MAX_PARTS + 1) + ": 10000 talks and sections");
  }

  @Test
  void longTitlesAndTextsAreCutWithOneWarningEach() {
    String huge = "가".repeat(50_000);
    Event e = event(List.of(talk(1, huge, List.of(new Block.Paragraph(RichText.of(huge)),
        new Block.Paragraph(RichText.of(huge))))));
    Talk t = ModelLimits.apply(e, file, warnings).talks().get(0);
    assertThat(t.title()).hasSize(ModelLimits.MAX_TITLE + 1).endsWith("…");
    assertThat(((Block.Paragraph) t.intro().get(0)).text().plainText()).hasSize(ModelLimits.MAX_TEXT + 1);
    assertThat(warnings.warnings()).containsExactly(
        "notes.md:10: title of 50000 characters cut to 300",
        "notes.md:10: text of 50000 characters cut to 20000");
  }

  @Test
  void deepNestingIsLiftedToTheDeepestLevel() {
    Block nested = new Block.Paragraph(RichText.of("bottom"));
    for (int i = 0; i < 40; i++) {
      nested = i % 2 == 0 ? new Block.Quote(List.of(nested))
          : new Block.ListBlock(false, 1, List.of(new ListItem(RichText.of("level"), List.of(nested))));
    }
    Event e = event(List.of(new Section("Intro", 2, List.of(nested), List.of(), 3)));
    Section s = (Section) ModelLimits.apply(e, file, warnings).parts().get(0);
    assertThat(depth(s.blocks())).isLessThanOrEqualTo(ModelLimits.MAX_DEPTH + 1);
    assertThat(s.blocks().toString()).contains("bottom");
    assertThat(warnings.warnings()).singleElement().asString().startsWith("notes.md:3: lists or quotes nested");
  }

  static int depth(List<Block> blocks) {
    int max = 0;
    for (Block b : blocks) {
      if (b instanceof Block.Quote q) {
        max = Math.max(max, 1 + depth(q.blocks()));
      } else if (b instanceof Block.ListBlock l) {
        for (ListItem i : l.items()) {
          max = Math.max(max, 1 + depth(i.children()));
        }
      }
    }
    return max;
  }
}
