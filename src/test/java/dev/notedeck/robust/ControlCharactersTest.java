package dev.notedeck.robust;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Issue 18: file names (and anything else printed) never reach the terminal as control codes. */
class ControlCharactersTest {

  @TempDir Path dir;

  @Test
  void escapeSequencesInFileNamesAreNeutralised() throws IOException {
    String hostile = "talk\u001b]0;owned\u0007\u001b[2J\r\u202e.md";
    Path notes = Files.writeString(dir.resolve(hostile), "# Event\n\n## Talk - Kim\n\n* one\n");
    Run ok = Run.cli("build", "-f", "pdf", "-o", dir.resolve("out").toString(), notes.toString());
    Run missing = Run.cli("build", "-o", dir.resolve("out").toString(), dir.resolve("x\u001b[31m.md").toString());
    Path empty = Files.writeString(dir.resolve("empty\u009b1m.md"), "");
    Run failed = Run.cli("build", "-o", dir.resolve("out").toString(), empty.toString());
    for (Run run : new Run[] {ok, missing, failed}) {
      String all = run.out() + run.err();
      assertThat(all.chars().filter(c -> (c < 0x20 && c != '\n' && c != '\t') || (c >= 0x7f && c <= 0x9f)
          || c == 0x202e)).as(all).isEmpty();
    }
    assertThat(ok.exit()).isZero();
    assertThat(ok.out() + ok.err()).contains("talk?]0;owned??[2J??.md");
    missing.failsClearly("x?[31m.md");
    failed.failsClearly("empty?1m.md");
  }
}
