package dev.notedeck.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.notedeck.theme.Theme;
import dev.notedeck.theme.ThemeLoader;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.poi.xslf.usermodel.XMLSlideShow;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code notedeck themes import company.pptx}: a working theme folder with a preview. */
class ThemesImportTest {

  @TempDir Path dir;

  @Test
  void importWritesAThemeThatLoadsWithTheTemplatesLookAndAPreview() throws Exception {
    Path pptx = dir.resolve("company.pptx");
    try (XMLSlideShow show = new XMLSlideShow(); OutputStream out = Files.newOutputStream(pptx)) {
      show.write(out); // POI's own template: 4:3, Office colours, Calibri
    }
    Path folder = dir.resolve("brand");

    CliRunner r = CliRunner.run("themes", "import", pptx.toString(), "-o", folder.toString());

    assertThat(r.exitCode()).as(r.err()).isZero();
    assertThat(folder.resolve("template.pptx")).hasSameBinaryContentAs(pptx);
    assertThat(Files.readString(folder.resolve("theme.yaml")))
        .contains("primary: \"#4F81BD\"").contains("latinTypeface: \"Calibri\"");
    Theme theme = new ThemeLoader().load(folder);
    assertThat(theme.slides().widthPt()).isEqualTo(720);
    assertThat(theme.colors().primary().hex()).isEqualTo("#4F81BD");
    assertThat(folder.resolve("preview/brand-handout.png")).isNotEmptyFile();
    assertThat(folder.resolve("preview/brand-slide.png")).isNotEmptyFile();

    CliRunner again = CliRunner.run("themes", "import", pptx.toString(), "-o", folder.toString());
    assertThat(again.exitCode()).isEqualTo(NotedeckCli.EXIT_ERROR);
    assertThat(again.err()).contains("already exists");
  }

  @Test
  void aFileThatIsNotATemplateIsOneClearLine() throws Exception {
    Path bad = Files.writeString(dir.resolve("notes.pptx"), "not a zip");
    CliRunner r = CliRunner.run("themes", "import", bad.toString(), "-o",
        dir.resolve("x").toString());
    assertThat(r.exitCode()).isEqualTo(NotedeckCli.EXIT_ERROR);
    CliErrorsTest.assertOneCleanLine(r.err(), "notes.pptx", "PowerPoint");
    assertThat(dir.resolve("x")).doesNotExist();
  }
}
