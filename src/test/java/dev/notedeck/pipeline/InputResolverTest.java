package dev.notedeck.pipeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.notedeck.NotedeckException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class InputResolverTest {

  @TempDir Path dir;

  @Test
  void folderGivesItsNotesInNameOrderWithoutRepositoryDocs() throws Exception {
    Path b = Files.writeString(dir.resolve("b-talks.md"), "# B");
    Path a = Files.writeString(dir.resolve("a-talks.MD"), "# A");
    Files.writeString(dir.resolve("README.md"), "# About this folder");
    Files.writeString(dir.resolve("notes.txt"), "not markdown");
    assertThat(InputResolver.resolve(List.of(dir))).containsExactly(a, b);
  }

  @Test
  void readmeNamedExplicitlyStillBuilds() throws Exception {
    Path readme = Files.writeString(dir.resolve("README.md"), "# Event");
    assertThat(InputResolver.resolve(List.of(readme))).containsExactly(readme);
  }

  @Test
  void folderWithOnlyAReadmeHasNoNotes() throws Exception {
    Files.writeString(dir.resolve("README.md"), "# About");
    assertThatThrownBy(() -> InputResolver.resolve(List.of(dir)))
        .isInstanceOf(NotedeckException.class).hasMessageContaining("no notes");
  }

  @Test
  void baseNameDropsOnlyTheLastExtension() {
    assertThat(InputResolver.baseName(Path.of("x/2019.day1.md"))).isEqualTo("2019.day1");
    assertThat(InputResolver.baseName(Path.of("notes"))).isEqualTo("notes");
  }
}
