package dev.notedeck.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code -f slides-pdf} writes NAME.slides.pdf beside the other formats; {@code --per-page} picks its grid. */
class SlidesPdfOptionTest {
  @TempDir static Path dir;
  static Path notes;

  @BeforeAll
  static void notes() throws Exception {
    notes = dir.resolve("talk.md");
    Files.writeString(notes, "# 인쇄 행사\n\n## 1. 노트와 슬라이드 - 김하늘 ( 노트덱 )\n\n### 요점\n"
        + "* 슬라이드 옆에 노트가 있습니다\n* 줄이 있는 칸에 적을 수 있습니다\n\n### 정리\n* 끝\n",
        StandardCharsets.UTF_8);
  }

  @Test
  void slidesPdfGoesBesideTheHandoutAndTheDeck() throws Exception {
    Path out = dir.resolve("all");
    CliRunner r = CliRunner.run("build", "-f", "pdf,slides-pdf", "--per-page", "6",
        "-o", out.toString(), notes.toString());
    assertThat(r.exitCode()).as(r.err()).isZero();
    assertThat(out.resolve("talk.pdf")).exists();
    int slideCount = new dev.notedeck.render.pptx.DeckRenderer().plan(
        new dev.notedeck.parse.NotesParser().parse(notes), new dev.notedeck.RenderContext(
            new dev.notedeck.theme.ThemeLoader().load("default"), dir,
            dev.notedeck.diagnostics.Diagnostics.silent())).slides().size();
    try (PDDocument slides = Loader.loadPDF(out.resolve("talk.slides.pdf").toFile())) {
      assertThat(slides.getNumberOfPages()).isEqualTo((slideCount + 5) / 6);
      // the build line counts each PDF's own pages
      int sheets = slides.getNumberOfPages();
      assertThat(r.out()).contains("talk.slides.pdf (" + sheets + (sheets == 1 ? " page)" : " pages)"));
      try (PDDocument handout = Loader.loadPDF(out.resolve("talk.pdf").toFile())) {
        int pages = handout.getNumberOfPages();
        assertThat(r.out()).contains("talk.pdf (" + pages + (pages == 1 ? " page)" : " pages)"));
      }
      assertThat(new org.apache.pdfbox.text.PDFTextStripper().getText(slides))
          .contains("슬라이드 옆에 노트가 있습니다");
    }
  }

  @Test
  void anOutputFileNamedSlidesPdfPicksTheFormat() throws Exception {
    Path file = dir.resolve("named/print.slides.pdf");
    CliRunner r = CliRunner.run("build", "-q", "--per-page", "1", "-o", file.toString(),
        notes.toString());
    assertThat(r.exitCode()).as(r.err()).isZero();
    assertThat(file).exists();
    assertThat(file.getParent().resolve("print.pdf")).doesNotExist();
    try (PDDocument slides = Loader.loadPDF(file.toFile())) {
      assertThat(slides.getNumberOfPages()).isGreaterThan(1);
    }
  }

  @Test
  void anUnofferedPerPageIsOneCleanLine() {
    CliRunner r = CliRunner.run("build", "-f", "slides-pdf", "--per-page", "5",
        "-o", dir.resolve("bad").toString(), notes.toString());
    assertThat(r.exitCode()).isEqualTo(NotedeckCli.EXIT_ERROR);
    CliErrorsTest.assertOneCleanLine(r.err(), "--per-page", "1, 2, 3, 4, 6");
    assertThat(dir.resolve("bad/talk.slides.pdf")).doesNotExist();
  }

  @Test
  void rebuildsAreByteIdenticalAndAFailedBuildLeavesTheLastOne() throws Exception {
    Path out = dir.resolve("again");
    CliRunner first = CliRunner.run("build", "-q", "-f", "slides-pdf", "-o", out.toString(), notes.toString());
    assertThat(first.exitCode()).as(first.err()).isZero();
    byte[] written = Files.readAllBytes(out.resolve("talk.slides.pdf"));
    CliRunner second = CliRunner.run("build", "-q", "-f", "slides-pdf", "-o", out.toString(), notes.toString());
    assertThat(second.exitCode()).as(second.err()).isZero();
    assertThat(Files.readAllBytes(out.resolve("talk.slides.pdf"))).isEqualTo(written);

    // the same notes half-saved (NUL bytes): an error, and the slides handout stays as it was
    Path broken = dir.resolve("broken/talk.md");
    Files.createDirectories(broken.getParent());
    Files.write(broken, (Files.readString(notes) + "\0\0\0\0\0\0\0\0").getBytes(StandardCharsets.UTF_8));
    Path target = out.resolve("talk.slides.pdf");
    CliRunner failed = CliRunner.run("build", "-f", "slides-pdf", "-o", out.toString(), broken.toString());
    assertThat(failed.exitCode()).isNotZero();
    CliErrorsTest.assertOneCleanLine(failed.err(), "talk.md");
    assertThat(Files.readAllBytes(target)).isEqualTo(written);
    assertThat(out).isDirectoryNotContaining("glob:**.part");
  }
}
