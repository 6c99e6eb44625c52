package dev.notedeck.pipeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AtomicOutputTest {

  @TempDir Path dir;

  @Test
  void failureKeepsThePreviousOutputAndLeavesNoPartialFile() throws Exception {
    Path target = Files.writeString(dir.resolve("talk.pdf"), "previous");
    assertThatThrownBy(() -> AtomicOutput.write(target, out -> {
      out.write("half of it".getBytes(StandardCharsets.UTF_8));
      throw new IOException("disk full");
    })).hasMessage("disk full");
    assertThat(Files.readString(target)).isEqualTo("previous");
    try (var files = Files.list(dir)) {
      assertThat(files).containsExactly(target);
    }
  }

  @Test
  void successReplacesTheOutputWithOrdinaryPermissions() throws Exception {
    Path target = Files.writeString(dir.resolve("talk.pdf"), "previous");
    AtomicOutput.write(target, out -> out.write("new".getBytes(StandardCharsets.UTF_8)));
    assertThat(Files.readString(target)).isEqualTo("new");
    // Others may read a handout: the temp file's owner-only mode must not stick.
    assertThat(Files.getPosixFilePermissions(target)).contains(PosixFilePermission.OTHERS_READ);
  }
}
