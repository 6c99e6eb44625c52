package dev.notedeck.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code notedeck check}: file:line findings, exit 1 on problems, 0 when clean. */
class CheckCommandTest {

  @TempDir Path dir;

  @Test
  void reportsEachProblemAtItsLine() throws Exception {
    Files.createDirectories(dir.resolve("img"));
    ImageIO.write(new BufferedImage(4, 4, BufferedImage.TYPE_INT_RGB), "png", dir.resolve("img/here.png").toFile());
    Path notes = write("talk.md", """
        # 행사

        ## 1. 좋은 발표 - 김하늘 ( 노트덱 )
        처음은 [소개](#소개)로, 없는 곳은 [여기](#없는-제목)로.

        ### 빈 섹션

        ### 그림
        ![있는 그림](img/here.png)

        ![없는 그림](img/missing.png)

        ## 소개
        * 행사 소개
        """);
    CliRunner r = CliRunner.run("check", notes.toString());
    assertThat(r.exitCode()).as(r.out() + r.err()).isEqualTo(NotedeckCli.EXIT_ERROR);
    assertThat(r.out().lines().toList()).containsExactly(
        notes + ":4: link to '#없는-제목' leads nowhere: no heading has that anchor "
            + "(anchors are heading text in lower case, spaces as '-')",
        notes + ":6: section '빈 섹션' has no content; add notes under it or remove the heading",
        notes + ":11: image 'img/missing.png' not found (looked for " + shown(dir.resolve("img/missing.png"))
            + "); paths are relative to the notes' folder",
        notes + ": 1 talk at ##", // what the reader found (issue 13), not a problem
        "Checked 1 notes file: 3 problems");
  }

  @Test
  void reportsTheParsersFindingsToo() throws Exception {
    Path notes = write("odd.md", "# 행사\n\n## 발표 제목 - 123 !!\n\n* 내용\n");
    CliRunner r = CliRunner.run("check", notes.toString());
    assertThat(r.exitCode()).isEqualTo(NotedeckCli.EXIT_ERROR);
    assertThat(r.out()).contains(notes + ":3: ");
  }

  @Test
  void aSectionThatFillsManySlidesIsReported() throws Exception {
    StringBuilder md = new StringBuilder("# 행사\n\n## 1. 긴 발표 - 김하늘 ( 노트덱 )\n\n### 짧은 섹션\n* 하나\n\n### 아주 긴 섹션\n");
    for (int i = 1; i <= 120; i++) {
      md.append("* 요점 ").append(i).append(": 발표에서 들은 내용을 길게 적은 한 줄입니다\n");
    }
    Path notes = write("long.md", md.toString());
    CliRunner r = CliRunner.run("check", notes.toString());
    assertThat(r.exitCode()).isEqualTo(NotedeckCli.EXIT_ERROR);
    assertThat(r.out()).containsPattern(java.util.regex.Pattern.quote(notes + ":8: '아주 긴 섹션' fills ")
        + "\\d+ slides \\(\\d+ continuations\\); split it");
    assertThat(r.out()).doesNotContain("짧은 섹션");
  }

  @Test
  void cleanNotesPass() throws Exception {
    CliRunner created = CliRunner.run("new", dir.resolve("fresh.md").toString());
    assertThat(created.exitCode()).isZero();
    CliRunner r = CliRunner.run("check", "-v", dir.resolve("fresh.md").toString());
    assertThat(r.exitCode()).as(r.out()).isZero();
    assertThat(r.out()).contains("fresh.md: ok").contains("no problems");
  }

  @Test
  void unreadableNotesAreAProblemNotACrash() throws Exception {
    Path binary = dir.resolve("broken.md");
    Files.write(binary, new byte[] {'#', ' ', 0, 0, 0, 0, 1, 2, 3});
    Path fine = write("fine.md", "# 행사\n\n## 발표 - 김하늘\n\n* 내용\n");
    CliRunner r = CliRunner.run("check", binary.toString(), fine.toString());
    assertThat(r.exitCode()).isEqualTo(NotedeckCli.EXIT_ERROR);
    assertThat(r.err()).startsWith("notedeck: " + binary).doesNotContain("\tat ");
    assertThat(r.out()).contains("Checked 2 notes files: 1 problem in 1");
  }

  @Test
  void checkReportsWhatTheBuildWarnsWhileReading() throws Exception {
    // limits the build applies before and after parsing: a table cut short, an unsafe link
    StringBuilder md = new StringBuilder("# 행사\n\n## 발표 - 김하늘\n\n[눌러 보기](javascript:alert(1))\n\n| a | b |\n|---|---|\n");
    for (int i = 0; i < 510; i++) {
      md.append("| ").append(i).append(" | x |\n");
    }
    Path notes = write("limits.md", md.toString());
    CliRunner built = CliRunner.run("build", "-f", "html", "-o", dir.resolve("out").toString(), notes.toString());
    assertThat(built.exitCode()).as(built.err()).isZero();
    List<String> buildWarnings = built.err().lines().filter(l -> l.startsWith("notedeck: warning: "))
        .map(l -> l.substring("notedeck: warning: ".length())).toList();
    assertThat(buildWarnings).hasSize(2);
    CliRunner checked = CliRunner.run("check", notes.toString());
    assertThat(checked.out().lines().toList()).containsAll(buildWarnings);
  }

  @Test
  void jsonFormatPrintsOneObjectPerFinding() throws Exception {
    Path notes = write("json.md", "# 행사\n\n## \"따옴표\" 제목 - 123 !!\n\n* 내용\n\n![없음](gone.png)\n");
    CliRunner r = CliRunner.run("check", "--format", "json", notes.toString());
    assertThat(r.exitCode()).isEqualTo(NotedeckCli.EXIT_ERROR);
    List<String> lines = r.out().lines().toList();
    assertThat(lines).hasSize(3).allSatisfy(l -> assertThat(l).startsWith("{\"file\":\"").endsWith("}"));
    String file = notes.toString().replace("\\", "\\\\");
    assertThat(lines.get(0)).startsWith("{\"file\":\"" + file + "\",\"line\":3,\"severity\":\"warning\","
        + "\"code\":\"talk.no-speaker\",\"message\":\"");
    assertThat(lines.get(1)).contains("\"line\":7,").contains("\"code\":\"image.missing\"")
        .contains("\"message\":\"image 'gone.png' not found");
    // then what the reader found, as information (not counted as a problem)
    assertThat(lines.get(2)).contains("\"line\":0,\"severity\":\"info\",\"code\":\"notes.talks\"")
        .contains("\"message\":\"1 talk at ##; 1 without speaker\"");
  }

  @Test
  void theSummaryOfTalksGoesBesideTheProblems() throws Exception {
    Path notes = write("days.md", "# 행사\n\n## Day 1\n\n### 하나 - 김하늘\n\n* 내용\n\n### 둘 - 박서준\n\n* 내용\n");
    CliRunner r = CliRunner.run("check", notes.toString());
    assertThat(r.exitCode()).as(r.out() + r.err()).isZero();
    assertThat(r.out()).contains(notes + ": 2 talks at ###, in 1 group");
    assertThat(CliRunner.run("check", "-q", notes.toString()).out()).isEmpty();
  }

  @Test
  void jsonStringsAreEscaped() {
    StringBuilder sb = new StringBuilder();
    dev.notedeck.json.JsonString.append(sb, "a\"b\\c\nd\te\u0001f\u2028");
    assertThat(sb).hasToString("\"a\\\"b\\\\c\\nd\\te\\u0001f\\u2028\"");
  }

  @Test
  void anUnknownFormatIsAUsageError() throws Exception {
    Path notes = write("fine.md", "# 행사\n\n## 발표 - 김하늘\n\n* 내용\n");
    CliRunner r = CliRunner.run("check", "--format", "xml", notes.toString());
    assertThat(r.exitCode()).isEqualTo(NotedeckCli.EXIT_USAGE);
    assertThat(r.err()).contains("--format xml");
  }

  private Path write(String name, String text) throws Exception {
    return Files.writeString(dir.resolve(name), text, StandardCharsets.UTF_8);
  }

  private static String shown(Path p) {
    Path cwd = Path.of("").toAbsolutePath();
    return p.startsWith(cwd) ? cwd.relativize(p).toString() : p.toString();
  }
}
