package dev.notedeck.robust;

import static org.assertj.core.api.Assertions.assertThat;

import dev.notedeck.NotedeckException;
import dev.notedeck.pipeline.InputResolver;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 18, "files read where they must not be": text that looks like a file reference is never
 * read, devices and FIFOs are never opened, and a folder build stays inside its folder.
 */
class FileReadsTest {

  @TempDir Path dir;

  @Test
  void htmlHandoutNeverReadsFilesNamedInTheNotesText() throws IOException {
    Path secret = Files.writeString(dir.resolve("secret.txt"), "TOP-SECRET-CONTENT");
    Path notes = dir.resolve("notes");
    Files.createDirectories(notes);
    String fileUri = secret.toUri().toString();
    Path md = Files.writeString(notes.resolve("talk.md"), """
        # Event

        ## Talk - Kim

        ### Code
        ```html
        <img src="%s">
        <img src="file:/dev/zero">
        <img src="file:::bad uri">
        ```

        Inline: `src="%s"` and raw <span>src="%s"</span>
        """.formatted(fileUri, fileUri, fileUri));
    Path out = dir.resolve("out");
    Run.cli("build", "-q", "-f", "html", "-o", out.toString(), md.toString()).ok();
    String html = Files.readString(out.resolve("talk.html"), StandardCharsets.UTF_8);
    assertThat(html).doesNotContain("TOP-SECRET-CONTENT")
        .doesNotContain(java.util.Base64.getEncoder().encodeToString(
            "TOP-SECRET-CONTENT".getBytes(StandardCharsets.UTF_8)));
    assertThat(html).contains("file:/dev/zero"); // kept as the code's text
  }

  @Test
  void folderBuildSkipsNotesLinkedFromOutsideButFollowsAnExplicitLink() throws IOException {
    Path outside = dir.resolve("outside");
    Files.createDirectories(outside);
    Path foreign = Files.writeString(outside.resolve("private.md"), "# Private\n\n## T - K\n\nx\n");
    Path notes = dir.resolve("notes");
    Files.createDirectories(notes);
    Path own = Files.writeString(notes.resolve("own.md"), "# Own\n\n## T - K\n\nx\n");
    Path link = Files.createSymbolicLink(notes.resolve("linked.md"), foreign);
    Path inner = Files.createSymbolicLink(notes.resolve("alias.md"), own);

    assertThat(InputResolver.resolve(List.of(notes))).containsExactly(inner, own);
    assertThat(InputResolver.resolve(List.of(link))).containsExactly(link);
  }

  @Test
  void devicesAndFifosAreNeverReadAsNotes() throws Exception {
    Path zero = Files.createSymbolicLink(dir.resolve("zero.md"), Path.of("/dev/zero"));
    Path fifo = dir.resolve("pipe.md");
    new ProcessBuilder("mkfifo", fifo.toString()).start().waitFor();
    Run.cli("build", "-q", "-o", dir.resolve("out").toString(), zero.toString())
        .failsClearly("zero.md", "not a regular file");
    if (Files.exists(fifo)) {
      Run.cli("build", "-q", "-o", dir.resolve("out").toString(), fifo.toString())
          .failsClearly("pipe.md", "not a regular file");
      Path real = Files.writeString(dir.resolve("real.md"), "# E\n");
      assertThat(InputResolver.resolve(List.of(dir))).containsExactly(real);
    }
    try {
      dev.notedeck.resource.NotesDecoder.read(zero, new dev.notedeck.diagnostics.Diagnostics.Collecting());
      throw new AssertionError("read /dev/zero");
    } catch (NotedeckException e) {
      assertThat(e.getMessage()).contains("zero.md").contains("not a regular file");
    }
  }
}
