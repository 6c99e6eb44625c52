package dev.notedeck.robust;

import static org.assertj.core.api.Assertions.assertThat;

import dev.notedeck.cli.NotedeckCli;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.function.BooleanSupplier;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Issue 18: {@code watch} keeps working after the notes folder is deleted and made again. */
class WatchRecreatedFolderTest {

  @TempDir Path dir;

  @Test
  void aDeletedAndRecreatedNotesFolderIsWatchedAgain() throws Exception {
    Path notes = dir.resolve("notes");
    Files.createDirectories(notes);
    Files.writeString(notes.resolve("talk.md"), talk("처음"), StandardCharsets.UTF_8);
    Path html = dir.resolve("out/talk.html");
    StringWriter out = new StringWriter();
    Thread watch = new Thread(() -> NotedeckCli.run(new String[] {"watch", "-f", "html", "-o",
        dir.resolve("out").toString(), notes.toString()}, new PrintWriter(out, true),
        new PrintWriter(new StringWriter(), true)), "watch");
    watch.setDaemon(true);
    watch.start();
    try {
      await(() -> out.toString().contains("Watching"), "the first build");
      deleteTree(notes);
      Thread.sleep(500); // let the watcher see the folder go
      Files.createDirectories(notes);
      Files.writeString(notes.resolve("talk.md"), talk("다시 만든 폴더"), StandardCharsets.UTF_8);
      await(() -> read(html).contains("다시 만든 폴더"), "the rebuild from the new folder");
      Files.writeString(notes.resolve("talk.md"), talk("그다음 저장"), StandardCharsets.UTF_8);
      await(() -> read(html).contains("그다음 저장"), "a later save in the new folder");
    } finally {
      watch.interrupt();
      watch.join(10_000);
    }
  }

  private static String talk(String point) {
    return "# 행사\n\n## 발표 - 김하늘\n\n* " + point + "\n";
  }

  /** Waits for a condition; the bound only turns a watcher that stopped into a failure. */
  private static void await(BooleanSupplier condition, String what) throws InterruptedException {
    long end = System.nanoTime() + 120_000_000_000L;
    while (!condition.getAsBoolean()) {
      assertThat(System.nanoTime()).as("waiting for " + what).isLessThan(end);
      Thread.sleep(50);
    }
  }

  private static String read(Path file) {
    try {
      return Files.readString(file, StandardCharsets.UTF_8);
    } catch (IOException e) {
      return "";
    }
  }

  private static void deleteTree(Path root) throws IOException {
    try (Stream<Path> walk = Files.walk(root)) {
      for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
        Files.delete(p);
      }
    }
  }
}
