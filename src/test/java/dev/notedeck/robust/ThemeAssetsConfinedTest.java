package dev.notedeck.robust;

import static org.assertj.core.api.Assertions.assertThat;

import dev.notedeck.resource.TestImages;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A theme's files (stylesheet, template, logo, background) come from its own folder only. */
class ThemeAssetsConfinedTest {

  @TempDir Path dir;

  @Test
  void aThemeFileOutsideItsFolderIsAThemeError() throws Exception {
    Path secret = Files.write(dir.resolve("private.png"), TestImages.png(5, 5));
    Path theme = Files.createDirectories(dir.resolve("themes/sneaky"));
    Files.createSymbolicLink(theme.resolve("background.png"), secret);
    Files.writeString(theme.resolve("theme.yaml"), "description: pulls in other files\n"
        + "files:\n  logo: ../../private.png\n");
    Path notes = Files.writeString(dir.resolve("talk.md"), "# 행사\n\n## 발표 - 김하늘\n\n* 요점\n");
    Run run = Run.cli("build", "-t", theme.toString(), "-o", dir.resolve("out").toString(), notes.toString());
    assertThat(run.exit()).isNotZero();
    assertThat(run.err()).contains("files.logo").contains("outside the theme's folder")
        .contains("files.background").contains("links outside").doesNotContain("\tat ");
    assertThat(dir.resolve("out/talk.pdf")).doesNotExist();
  }
}
