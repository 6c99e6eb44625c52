package dev.notedeck.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class OutOfMemoryMessageTest {

  @TempDir Path dir;

  @Test
  void aSmallInputIsNotBlamedOnTheHeap() throws IOException {
    Path small = Files.writeString(dir.resolve("small.md"), "# E\n");
    assertThat(Builder.outOfMemory(small)).startsWith(small.toString() + ":")
        .contains("more heap would not fix").doesNotContain("-Xmx").doesNotContain("\n");
  }

  @Test
  void aLargeInputMaySplitOrGetMoreHeap() throws IOException {
    Path large = Files.writeString(dir.resolve("large.md"), "x".repeat((int) Builder.LARGE_INPUT_BYTES + 1));
    assertThat(Builder.outOfMemory(large)).startsWith(large.toString() + ":")
        .contains("split it").contains("-Xmx");
  }
}
