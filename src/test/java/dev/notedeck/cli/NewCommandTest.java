package dev.notedeck.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code notedeck new}: a template in the expected shape, never over an existing file. */
class NewCommandTest {

  @TempDir Path dir;

  @Test
  void writesATemplateInTheShapeTheParserReads() throws Exception {
    Path file = dir.resolve("talks/devfest.md");
    CliRunner r = CliRunner.run("new", file.toString());
    assertThat(r.exitCode()).as(r.err()).isZero();
    assertThat(r.out()).contains("Wrote " + file).contains("notedeck watch " + file);
    String text = Files.readString(file, StandardCharsets.UTF_8);
    assertThat(text).startsWith("---\n");
    assertThat(text.lines()).filteredOn(l -> l.startsWith("# ")).hasSize(1);
    assertThat(text).contains("일시 |").contains("장소 |");
    assertThat(text.lines()).anyMatch(l -> l.matches("## 1\\. .+ \\( .+ \\) - .+ \\( .+ \\)"));
    assertThat(text.lines()).filteredOn(l -> l.startsWith("### ")).hasSizeGreaterThanOrEqualTo(3);
    assertThat(text).contains("```python").contains("\n> ").contains("\n* ").contains("\n  * ");
  }

  @Test
  void aFolderGetsNotesMdInside() {
    CliRunner r = CliRunner.run("new", dir.toString());
    assertThat(r.exitCode()).as(r.err()).isZero();
    assertThat(dir.resolve(NewCommand.DEFAULT_NAME)).isRegularFile();
  }

  @Test
  void refusesToOverwrite() throws Exception {
    Path file = Files.writeString(dir.resolve("mine.md"), "# my own notes\n");
    CliRunner r = CliRunner.run("new", file.toString());
    assertThat(r.exitCode()).isEqualTo(NotedeckCli.EXIT_ERROR);
    CliErrorsTest.assertOneCleanLine(r.err(), "mine.md", "already exists");
    assertThat(Files.readString(file)).isEqualTo("# my own notes\n");
  }
}
