package dev.notedeck.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code theme: ./folder} in front matter means a folder next to the notes. */
class FrontMatterThemeTest {

  @TempDir Path dir;

  @Test
  void relativeThemeFolderResolvesNextToTheNotes() throws Exception {
    Path notes = Files.createDirectories(dir.resolve("notes"));
    Path theme = Files.createDirectories(notes.resolve("brand"));
    // A broken theme proves which folder was read: the error names its file.
    Files.writeString(theme.resolve("theme.yaml"), "extends: default\ncolours:\n  primary: \"#FF0000\"\n");
    Files.writeString(notes.resolve("talk.md"),
        "---\ntheme: ./brand\n---\n# Event\n\n## 첫 발표 - 김하늘\n\n* 요점\n");
    CliRunner r = CliRunner.run("build", "-f", "pdf", "-o", dir.resolve("out").toString(),
        notes.resolve("talk.md").toString());
    assertThat(r.exitCode()).isEqualTo(NotedeckCli.EXIT_ERROR);
    assertThat(r.err()).contains(theme.resolve("theme.yaml").toString()).contains("colours");

    Files.writeString(theme.resolve("theme.yaml"), "extends: default\ncolors:\n  primary: \"#FF0000\"\n");
    CliRunner fixed = CliRunner.run("build", "-f", "pdf", "-o", dir.resolve("out").toString(),
        notes.resolve("talk.md").toString());
    assertThat(fixed.exitCode()).as(fixed.err()).isZero();
    assertThat(dir.resolve("out/talk.pdf")).isRegularFile();
  }

  /**
   * check and build pick the same theme for {@code theme: ./brand}: the brand's large, fixed
   * body size makes a section overflow, and check's count of its slides is what build writes.
   */
  @Test
  void checkAndBuildAgreeOnAFrontMatterThemeFolder() throws Exception {
    Path notes = Files.createDirectories(dir.resolve("talks"));
    Path brand = Files.createDirectories(notes.resolve("brand"));
    Files.writeString(brand.resolve("theme.yaml"),
        "slides:\n  bodySize: 40\n  minBodySize: 40\n");
    StringBuilder md = new StringBuilder("---\ntheme: ./brand\n---\n# 사내 세미나\n\n"
        + "## 첫 발표 - 김하늘\n\n### 긴 목록\n\n");
    for (int i = 1; i <= 30; i++) {
      md.append("* 요점 ").append(i).append(" 조금 긴 설명이 붙은 항목\n");
    }
    Path talk = notes.resolve("talk.md");
    Files.writeString(talk, md.toString());

    CliRunner check = CliRunner.run("check", talk.toString());
    assertThat(check.err()).as("check must find ./brand beside the notes").isEmpty();
    java.util.regex.Matcher m = java.util.regex.Pattern.compile("'긴 목록' fills (\\d+) slides")
        .matcher(check.out());
    assertThat(m.find()).as(check.out()).isTrue();
    int slides = Integer.parseInt(m.group(1));

    CliRunner build = CliRunner.run("build", "-f", "pptx", "-o", dir.resolve("out").toString(),
        talk.toString());
    assertThat(build.exitCode()).as(build.err()).isZero();
    try (var deck = new org.apache.poi.xslf.usermodel.XMLSlideShow(
        Files.newInputStream(dir.resolve("out/talk.pptx")))) {
      long titled = deck.getSlides().stream()
          .filter(s -> s.getTitle() != null && s.getTitle().startsWith("긴 목록")).count();
      assertThat(titled).isEqualTo(slides);
    }

    // Without the brand's sizes the same notes fit: check really read ./brand.
    Files.writeString(brand.resolve("theme.yaml"), "description: plain\n");
    assertThat(CliRunner.run("check", talk.toString()).out()).doesNotContain("긴 목록");
  }
}
