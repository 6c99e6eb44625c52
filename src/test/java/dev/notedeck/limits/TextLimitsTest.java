package dev.notedeck.limits;

import static org.assertj.core.api.Assertions.assertThat;

import dev.notedeck.diagnostics.Diagnostics;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** Shapes flexmark would take minutes over are refused or cut before parsing. */
class TextLimitsTest {

  final Path file = Path.of("notes.md");
  final Diagnostics.Collecting warnings = new Diagnostics.Collecting();

  @Test
  void ordinaryNotesPassUnchanged() {
    String notes = "# Event\n\n## Talk - Kim\n\n| a | b |\n|---|---|\n| 1 | 2 |\n\n> quote\n> > inner\n\n"
        + "* one\n  * two\n    * three\n\n```\n| not | a | table |\n```\n";
    assertThat(TextLimits.apply(file, notes, warnings)).isEqualTo(notes);
    assertThat(warnings.warnings()).isEmpty();
  }

  @Test
  void deepIndentationIsClippedWithOneWarning() {
    StringBuilder list = new StringBuilder("# Event\n\n");
    for (int i = 0; i < 1_000; i++) {
      list.append("  ".repeat(i)).append("- item ").append(i).append('\n');
    }
    String out = TextLimits.apply(file, list.toString(), warnings);
    assertThat(out.lines().mapToInt(l -> l.length() - l.stripLeading().length()).max().orElseThrow())
        .isEqualTo(TextLimits.MAX_INDENT);
    assertThat(out).contains("- item 999");
    assertThat(warnings.warnings()).singleElement().asString()
        .startsWith("notes.md:" + (3 + TextLimits.MAX_INDENT / 2 + 1) + ": indented more than 128 columns");
  }

  @Test
  void longTablesKeepTheirFirstRowsWithAWarning() {
    StringBuilder t = new StringBuilder("# Event\n\n| n | x |\n|---|---|\n");
    for (int i = 0; i < 5000; i++) {
      t.append("| ").append(i).append(" | x |\n");
    }
    t.append("\nafter the table\n");
    String out = TextLimits.apply(file, t.toString(), warnings);
    assertThat(out.lines().filter(l -> l.startsWith("| ")).count()).isEqualTo(TextLimits.MAX_TABLE_ROWS + 1);
    assertThat(out).contains("| 499 | x |").doesNotContain("| 500 | x |").endsWith("\nafter the table\n");
    assertThat(warnings.warnings()).containsExactly(
        "notes.md:3: table of 5000 rows: only the first 500 are kept; shorten it or link to the data instead");
  }
}
