package dev.notedeck.pipeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Issue 18, "a failed build changes nothing": the outputs of one input move together or not at all. */
class OutputBatchTest {

  @TempDir Path dir;

  @Test
  void aBatchThatIsNotCommittedReplacesNothingAndLeavesNoPartFile() throws IOException {
    Path pdf = Files.writeString(dir.resolve("talk.pdf"), "old pdf");
    Path pptx = Files.writeString(dir.resolve("talk.pptx"), "old deck");
    try (AtomicOutput.Batch batch = new AtomicOutput.Batch()) {
      Path staged = batch.write(pptx, out -> out.write("new deck".getBytes(StandardCharsets.UTF_8)));
      assertThat(Files.readString(staged)).isEqualTo("new deck");
      assertThatThrownBy(() -> batch.write(pdf, out -> {
        throw new IOException("No space left on device");
      })).isInstanceOf(AtomicOutput.Failed.class).hasMessageContaining("No space left")
          .satisfies(e -> assertThat(((AtomicOutput.Failed) e).target()).isEqualTo(pdf));
    }
    assertThat(Files.readString(pdf)).isEqualTo("old pdf");
    assertThat(Files.readString(pptx)).isEqualTo("old deck");
    assertThat(files()).containsExactlyInAnyOrder(pdf, pptx);
  }

  @Test
  void aCommittedBatchReplacesEveryOutputAndDeletesObsoleteOnes() throws IOException {
    Path pdf = Files.writeString(dir.resolve("talk.pdf"), "old pdf");
    Path stale = Files.writeString(dir.resolve("talk-09.png"), "old image");
    try (AtomicOutput.Batch batch = new AtomicOutput.Batch()) {
      batch.write(pdf, out -> out.write("new pdf".getBytes(StandardCharsets.UTF_8)));
      batch.deleteOnCommit(stale);
      assertThat(stale).exists();
      batch.commit();
    }
    assertThat(Files.readString(pdf)).isEqualTo("new pdf");
    assertThat(files()).containsExactly(pdf);
  }

  @Test
  void theNextWriteSweepsOnlyOurOwnStaleTemporaryFiles() throws IOException {
    Path target = dir.resolve("talk.pdf");
    Path stale = Files.writeString(dir.resolve(".talk.pdf.1x2y3z.part"), "killed build");
    Path fresh = Files.writeString(dir.resolve(".talk.pdf.4k5l6m.part"), "running build");
    Path notOurs = Files.writeString(dir.resolve(".talk.pdf.NOT-OURS.part"), "someone's");
    Path otherOutput = Files.writeString(dir.resolve(".other.pdf.1x2y3z.part"), "other");
    FileTime old = FileTime.from(Instant.now().minus(AtomicOutput.STALE).minusSeconds(60));
    for (Path p : List.of(stale, notOurs, otherOutput)) {
      Files.setLastModifiedTime(p, old);
    }
    AtomicOutput.write(target, out -> out.write('x'));
    assertThat(files()).containsExactlyInAnyOrder(target, fresh, notOurs, otherOutput);
  }

  @Test
  void sigtermRemovesTheTemporaryFilesOfAWriteInProgress() throws Exception {
    Path target = dir.resolve("talk.pdf");
    Process p = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        "-cp", System.getProperty("java.class.path"), SlowWrite.class.getName(), target.toString())
        .redirectErrorStream(true).start();
    try {
      // the child says when its temporary file exists and is being written
      String line = new String(p.getInputStream().readNBytes(6), StandardCharsets.US_ASCII);
      assertThat(line).isEqualTo("ready\n");
      assertThat(files()).singleElement().asString().endsWith(".part");
      p.destroy(); // SIGTERM
      assertThat(p.waitFor(30, TimeUnit.SECONDS)).isTrue();
    } finally {
      p.destroyForcibly();
    }
    assertThat(files()).isEmpty();
  }

  /** Starts writing {@code args[0]} and never finishes, until a signal ends the process. */
  public static final class SlowWrite {
    public static void main(String[] args) throws IOException {
      AtomicOutput.write(Path.of(args[0]), out -> {
        System.out.print("ready\n");
        System.out.flush();
        try {
          Thread.sleep(60_000);
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
        }
      });
    }
  }

  private List<Path> files() throws IOException {
    try (var s = Files.list(dir)) {
      return s.toList();
    }
  }
}
