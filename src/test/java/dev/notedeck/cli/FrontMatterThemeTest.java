package dev.notedeck.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code theme: ./folder} in front matter means a folder next to the notes. */
class FrontMatterThemeTest {

  @TempDir Path dir;

  @Test
  void relativeThemeFolderResolvesNextToTheNotes() throws Exception {
    Path notes = Files.createDirectories(dir.resolve("notes"));
    Path theme = Files.createDirectories(notes.resolve("brand"));
    // A broken theme proves which folder was read: the error names its file.
    Files.writeString(theme.resolve("theme.yaml"), "extends: default\ncolours:\n  primary: \"#FF0000\"\n");
    Files.writeString(notes.resolve("talk.md"),
        "---\ntheme: ./brand\n---\n# Event\n\n## 첫 발표 - 김하늘\n\n* 요점\n");
    CliRunner r = CliRunner.run("build", "-f", "pdf", "-o", dir.resolve("out").toString(),
        notes.resolve("talk.md").toString());
    assertThat(r.exitCode()).isEqualTo(NotedeckCli.EXIT_ERROR);
    assertThat(r.err()).contains(theme.resolve("theme.yaml").toString()).contains("colours");

    Files.writeString(theme.resolve("theme.yaml"), "extends: default\ncolors:\n  primary: \"#FF0000\"\n");
    CliRunner fixed = CliRunner.run("build", "-f", "pdf", "-o", dir.resolve("out").toString(),
        notes.resolve("talk.md").toString());
    assertThat(fixed.exitCode()).as(fixed.err()).isZero();
    assertThat(dir.resolve("out/talk.pdf")).isRegularFile();
  }
}
