package dev.notedeck.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Bad input and options get one clear line, a non-zero exit, and no stack trace. */
class CliErrorsTest {

  @TempDir Path dir;

  @Test
  void missingInputNamesTheFile() {
    CliRunner r = CliRunner.run("build", "-o", dir.toString(), dir.resolve("nope.md").toString());
    assertThat(r.exitCode()).isEqualTo(NotedeckCli.EXIT_ERROR);
    assertOneCleanLine(r.err(), "nope.md", "no such file");
    assertThat(r.out()).isEmpty();
  }

  @Test
  void folderWithoutNotesIsAnError() throws Exception {
    Path empty = Files.createDirectory(dir.resolve("empty"));
    CliRunner r = CliRunner.run("build", "-o", dir.resolve("out").toString(), empty.toString());
    assertThat(r.exitCode()).isEqualTo(NotedeckCli.EXIT_ERROR);
    assertOneCleanLine(r.err(), "empty", "no notes");
    assertThat(dir.resolve("out")).doesNotExist();
  }

  @Test
  void unknownFormatIsAnError() {
    CliRunner r = CliRunner.run("build", "-f", "docx", "-o", dir.toString());
    assertThat(r.exitCode()).isEqualTo(NotedeckCli.EXIT_ERROR);
    assertOneCleanLine(r.err(), "docx", "pdf");
  }

  @Test
  void outputPathThatIsAFileIsAnError() throws Exception {
    Path notes = Files.writeString(dir.resolve("talk.md"), "# Event\n\n## Talk - 김하늘\n\n* point\n");
    Path file = Files.writeString(dir.resolve("out"), "not a folder");
    CliRunner r = CliRunner.run("build", "-o", file.toString(), notes.toString());
    assertThat(r.exitCode()).isEqualTo(NotedeckCli.EXIT_ERROR);
    assertOneCleanLine(r.err(), "out", "is a file");
    assertThat(Files.readString(file)).isEqualTo("not a folder");
  }

  @Test
  void unknownCommandSuggestsTheRightOne() {
    CliRunner r = CliRunner.run("biuld");
    assertThat(r.exitCode()).isEqualTo(NotedeckCli.EXIT_USAGE);
    assertThat(r.err()).contains("build").doesNotContain("\tat ");
  }

  @Test
  void helpAndVersionWorkOnEveryCommand() {
    for (String[] args : new String[][] {{"--help"}, {"--version"}, {"build", "--help"}, {"build", "--version"}}) {
      CliRunner r = CliRunner.run(args);
      assertThat(r.exitCode()).as(String.join(" ", args)).isZero();
      assertThat(r.out()).as(String.join(" ", args)).containsIgnoringCase("notedeck");
      assertThat(r.err()).isEmpty();
    }
  }

  static void assertOneCleanLine(String err, String... mentions) {
    assertThat(err.strip().lines()).as(err).hasSize(1);
    assertThat(err).startsWith("notedeck: ").doesNotContain("Exception").doesNotContain("\tat ");
    for (String m : mentions) {
      assertThat(err).contains(m);
    }
  }
}
