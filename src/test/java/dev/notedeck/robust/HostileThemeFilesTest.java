package dev.notedeck.robust;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 18, files read where they must not be: every file of a theme (fonts too) is read only
 * when it is a regular file of sane size, and a damaged font is one line naming it, never an
 * internal error, a hang on a FIFO or a heap filled by a huge file.
 */
class HostileThemeFilesTest {

  @TempDir Path dir;

  private Path themeWithFont(String name) throws Exception {
    Path theme = Files.createDirectories(dir.resolve(name));
    Files.writeString(theme.resolve("theme.yaml"), "extends: default\nfonts:\n  body: Broken\n"
        + "  families:\n    Broken:\n      regular: broken.ttf\n");
    return theme;
  }

  private Run build(Path theme, String formats) throws Exception {
    Path notes = Files.writeString(dir.resolve("talk.md"), "# 행사\n\n## 발표 - 김하늘\n\n* 요점\n");
    return Run.cli("build", "-f", formats, "-t", theme.toString(), "-o", dir.resolve("out").toString(),
        notes.toString());
  }

  @Test
  void aDamagedFontIsOneLineNamingIt() throws Exception {
    Random random = new Random(18);
    for (int round = 0; round < 4; round++) {
      Path theme = themeWithFont("damaged" + round);
      byte[] junk = new byte[64 + random.nextInt(4096)];
      random.nextBytes(junk);
      if (round % 2 == 1) { // a TrueType header over junk tables
        junk[0] = 0;
        junk[1] = 1;
        junk[2] = 0;
        junk[3] = 0;
      }
      Files.write(theme.resolve("broken.ttf"), junk);
      build(theme, "pdf,pptx").failsClearly("broken.ttf");
      assertThat(dir.resolve("out/talk.pdf")).doesNotExist();
    }
  }

  @Test
  void aFifoOrAHugeFileAsAFontIsNeverRead() throws Exception {
    Path fifo = themeWithFont("fifo");
    Process mkfifo = new ProcessBuilder("mkfifo", fifo.resolve("broken.ttf").toString()).start();
    assertThat(mkfifo.waitFor()).isZero();
    // a theme's mistakes are listed together, each naming its line; the first is the FIFO
    Run run = build(fifo, "pdf");
    assertThat(run.exit()).isNotZero();
    assertThat(run.err()).startsWith("notedeck: " + fifo.resolve("theme.yaml") + ":6:")
        .contains("not a regular file").doesNotContain("\tat ").doesNotContain("internal error");

    Path huge = themeWithFont("huge");
    try (RandomAccessFile sparse = new RandomAccessFile(huge.resolve("broken.ttf").toFile(), "rw")) {
      sparse.setLength(3L << 30); // 3 GB on paper, nothing on disk
    }
    build(huge, "pdf").failsClearly("broken.ttf", "over the limit");
  }
}
