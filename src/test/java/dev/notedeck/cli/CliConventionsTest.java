package dev.notedeck.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.logging.Logger;
import java.util.stream.Stream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The command-line conventions of issue 19, each through {@link NotedeckCli#run}: standard
 * input and output, output names, the project file, recursion, no arguments, check's exit
 * codes, new folders, colour, log noise. HTML is the format wherever the format does not
 * matter: it is the quickest to build.
 */
class CliConventionsTest {

  private static final String NOTES = "# 표준 입력 모임\n\n## 1. 쿠버네티스 입문 - 김하늘 ( 회사 )\n\n"
      + "### 배경\n* 컨테이너 이야기\n";

  @TempDir Path dir;

  @Test
  void notesFromStdinToStdout() throws Exception {
    CliRunner.Piped r = CliRunner.piped(NOTES.getBytes(StandardCharsets.UTF_8), "build", "-f", "pdf", "-o", "-", "-");
    assertThat(r.exitCode()).as(r.err()).isZero();
    assertThat(r.out()).isEmpty(); // standard output holds the PDF alone
    assertThat(new String(r.stdout(), 0, 5, StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
    try (PDDocument pdf = Loader.loadPDF(r.stdout())) {
      assertThat(new PDFTextStripper().getText(pdf)).contains("쿠버네티스 입문").contains("컨테이너 이야기");
    }
    assertThat(leftoverStdinFiles()).isEmpty();
  }

  @Test
  void notesFromStdinIntoAFolderAreNamedStdin() throws Exception {
    Path out = dir.resolve("out");
    CliRunner.Piped r = CliRunner.piped(NOTES.getBytes(StandardCharsets.UTF_8), "build", "-f", "html", "-o",
        out.toString(), "-");
    assertThat(r.exitCode()).as(r.err()).isZero();
    assertThat(Files.readString(out.resolve("stdin.html"))).contains("쿠버네티스 입문");
    assertThat(r.out()).startsWith("<stdin> -> ").contains("stdin.html");
  }

  @Test
  void messagesNameNotesFromStdinAsStdin() {
    byte[] broken = (NOTES + "\0\0\0\0").getBytes(StandardCharsets.UTF_8);
    CliRunner.Piped r = CliRunner.piped(broken, "build", "-f", "html", "-o", dir.toString(), "-");
    assertThat(r.exitCode()).isEqualTo(NotedeckCli.EXIT_ERROR);
    CliErrorsTest.assertOneCleanLine(r.err(), "<stdin>");
    assertThat(r.err()).doesNotContain(".notedeck-stdin-");
  }

  @Test
  void endlessStandardInputIsCutAtTheNotesLimit() {
    // what `yes | notedeck build -` sends: more than any notes file may hold
    byte[] endless = "- 끝없는 입력\n".repeat(1_000_000).getBytes(StandardCharsets.UTF_8);
    CliRunner.Piped r = CliRunner.piped(endless, "build", "-f", "html", "-o", "-", "-");
    assertThat(r.exitCode()).isEqualTo(NotedeckCli.EXIT_ERROR);
    CliErrorsTest.assertOneCleanLine(r.err(), "standard input", "over the limit");
    assertThat(r.stdout()).isEmpty();
  }

  @Test
  void stdoutTakesExactlyOneFormat() throws Exception {
    Path talk = Files.writeString(dir.resolve("talk.md"), NOTES);
    CliRunner.Piped r = CliRunner.piped(new byte[0], "build", "-o", "-", talk.toString());
    assertThat(r.exitCode()).isEqualTo(NotedeckCli.EXIT_ERROR);
    CliErrorsTest.assertOneCleanLine(r.err(), "-o -", "-f pdf");
    assertThat(r.stdout()).isEmpty();
  }

  @Test
  void anOutputFileKeepsTheNameAsGiven() throws Exception {
    Path talk = Files.writeString(dir.resolve("talk.md"), NOTES);
    Path out = Files.createDirectory(dir.resolve("out"));
    CliRunner r = CliRunner.run("build", talk.toString(), "-o", out.resolve("Handout.HTML").toString());
    assertThat(r.exitCode()).as(r.err()).isZero();
    try (Stream<Path> files = Files.list(out)) {
      assertThat(files.map(p -> p.getFileName().toString())).containsExactly("Handout.HTML");
    }
    assertThat(Files.readString(out.resolve("Handout.HTML"))).contains("쿠버네티스 입문");
  }

  @Test
  void projectFileGivesDefaultsAndTheCommandLineWins() throws Exception {
    Files.writeString(dir.resolve("notedeck.yaml"), "# the team's settings\ntheme: dark\nformats: [html]\noutput: site\n");
    Path talk = Files.writeString(Files.createDirectories(dir.resolve("talks/2024")).resolve("talk.md"), NOTES);

    CliRunner r = CliRunner.run("build", "-v", talk.toString());
    assertThat(r.exitCode()).as(r.err()).isZero();
    assertThat(r.out()).contains("theme: dark");
    assertThat(dir.resolve("site/talk.html")).isRegularFile(); // output is relative to the file
    assertThat(dir.resolve("site/talk.pdf")).doesNotExist();

    Path other = dir.resolve("other");
    r = CliRunner.run("build", "-v", "-t", "print", "-f", "html,pdf", "-o", other.toString(), talk.toString());
    assertThat(r.exitCode()).as(r.err()).isZero();
    assertThat(r.out()).contains("theme: print");
    assertThat(other.resolve("talk.html")).isRegularFile();
    assertThat(other.resolve("talk.pdf")).isRegularFile();
  }

  @Test
  void projectLanguageIsTheDefaultAndTheFrontMatterWins() throws Exception {
    Files.writeString(dir.resolve("notedeck.yaml"), "language: en\nformats: html\n");
    Files.writeString(dir.resolve("plain.md"), NOTES);
    Files.writeString(dir.resolve("stated.md"), "---\nlang: ko\n---\n" + NOTES);
    Path out = dir.resolve("out");
    CliRunner r = CliRunner.run("build", "-o", out.toString(), dir.resolve("plain.md").toString(),
        dir.resolve("stated.md").toString());
    assertThat(r.exitCode()).as(r.err()).isZero();
    assertThat(Files.readString(out.resolve("plain.html"))).containsPattern("<html[^>]* lang=\"en\"");
    assertThat(Files.readString(out.resolve("stated.html"))).containsPattern("<html[^>]* lang=\"ko\"");
  }

  @Test
  void aMistakeInTheProjectFileNamesItsLine() throws Exception {
    Files.writeString(dir.resolve("notedeck.yaml"), "theme: dark\nthemes: vivid\n");
    Path talk = Files.writeString(dir.resolve("talk.md"), NOTES);
    CliRunner r = CliRunner.run("build", "-o", dir.resolve("out").toString(), talk.toString());
    assertThat(r.exitCode()).isEqualTo(NotedeckCli.EXIT_ERROR);
    CliErrorsTest.assertOneCleanLine(r.err(), "notedeck.yaml:2:", "unknown key 'themes'", "theme");
    assertThat(dir.resolve("out")).doesNotExist();
  }

  @Test
  void recursiveBuildsSubfoldersButNotHiddenOnes() throws Exception {
    Path talks = Files.createDirectories(dir.resolve("talks"));
    Files.writeString(talks.resolve("a.md"), NOTES);
    Files.writeString(Files.createDirectories(talks.resolve("2020")).resolve("b.md"), NOTES);
    Files.writeString(Files.createDirectories(talks.resolve(".drafts")).resolve("c.md"), NOTES);
    Path flat = dir.resolve("flat");
    Path deep = dir.resolve("deep");

    assertThat(CliRunner.run("build", "-f", "html", "-o", flat.toString(), talks.toString()).exitCode()).isZero();
    assertThat(CliRunner.run("build", "-r", "-f", "html", "-o", deep.toString(), talks.toString()).exitCode()).isZero();

    assertThat(names(flat)).containsExactly("a.html");
    // the subfolders are mirrored in the output folder
    assertThat(names(deep)).containsExactly("2020", "a.html");
    assertThat(names(deep.resolve("2020"))).containsExactly("b.html");
  }

  @Test
  void recursiveNotesOfTheSameNameInTwoSubfoldersNeverCollide() throws Exception {
    Path talks = Files.createDirectories(dir.resolve("talks"));
    Files.writeString(Files.createDirectories(talks.resolve("2023/seoul")).resolve("talk.md"),
        NOTES.replace("쿠버네티스 입문", "서울 발표"));
    Files.writeString(Files.createDirectories(talks.resolve("2024")).resolve("talk.md"),
        NOTES.replace("쿠버네티스 입문", "부산 발표"));
    Path out = dir.resolve("out");

    CliRunner r = CliRunner.run("build", "-r", "-f", "html", "-o", out.toString(), talks.toString());

    assertThat(r.exitCode()).as(r.err()).isZero();
    assertThat(Files.readString(out.resolve("2023/seoul/talk.html"))).contains("서울 발표").doesNotContain("부산 발표");
    assertThat(Files.readString(out.resolve("2024/talk.html"))).contains("부산 발표").doesNotContain("서울 발표");
    assertThat(out.resolve("talk.html")).doesNotExist();
    // a project file can ask for the recursion too
    Files.writeString(talks.resolve("notedeck.yaml"), "recursive: true\nformats: html\noutput: ../site\n");
    r = CliRunner.run("build", talks.toString());
    assertThat(r.exitCode()).as(r.err()).isZero();
    assertThat(dir.resolve("site/2023/seoul/talk.html")).isRegularFile();
    assertThat(dir.resolve("site/2024/talk.html")).isRegularFile();
  }

  @Test
  void projectFileSetsTheDeckOptionsAndTheCommandLineWins() throws Exception {
    Path images = Files.createDirectories(dir.resolve("shared-images"));
    Files.write(images.resolve("logo.png"), tinyPng());
    Path project = Files.createDirectories(dir.resolve("project"));
    Files.writeString(project.resolve("notedeck.yaml"), "formats: pptx\nagenda: false\nclosing: false\n"
        + "allow-local-files: [../shared-images]\n");
    Path talk = Files.writeString(project.resolve("talk.md"), NOTES + "\n![로고](../shared-images/logo.png)\n");
    Path out = dir.resolve("out");

    CliRunner r = CliRunner.run("build", "-o", out.toString(), talk.toString());
    assertThat(r.exitCode()).as(r.err()).isZero();
    assertThat(r.err()).doesNotContain("skipped"); // the project's allowed folder is read
    String without = deckText(out.resolve("talk.pptx"));
    assertThat(without).doesNotContain("발표 순서").doesNotContain("감사합니다");

    r = CliRunner.run("build", "--agenda", "-o", out.toString(), talk.toString());
    assertThat(r.exitCode()).as(r.err()).isZero();
    assertThat(deckText(out.resolve("talk.pptx"))).contains("발표 순서").doesNotContain("감사합니다");
  }

  @Test
  void aWrongValueOrAHostileProjectFileIsOneLineNamingIt() throws Exception {
    Path talk = Files.writeString(dir.resolve("talk.md"), NOTES);
    String deepMaps = "theme: dark\nx: " + "{k: ".repeat(3_000) + "1" + "}".repeat(3_000) + "\n";
    for (String yaml : List.of("deck: everything\n", "formats: [pdf, docx]\n", "agenda: maybe\n",
        "pdf-standard: x\n", "theme: " + "[".repeat(20_000) + "\n", deepMaps,
        "language: " + "x".repeat(300_000) + "\n")) {
      Files.writeString(dir.resolve("notedeck.yaml"), yaml);
      CliRunner r = CliRunner.run("build", "-o", dir.resolve("out").toString(), talk.toString());
      assertThat(r.exitCode()).as(yaml.substring(0, Math.min(40, yaml.length()))).isEqualTo(NotedeckCli.EXIT_ERROR);
      CliErrorsTest.assertOneCleanLine(r.err(), "notedeck.yaml:");
      assertThat(dir.resolve("out")).doesNotExist();
    }
  }

  @Test
  void noArgumentsBuildSeedsElseNotesHereElseShowHelp() throws Exception {
    Path seeds = Files.createDirectories(dir.resolve("project/seeds"));
    Path notes = Files.createDirectories(dir.resolve("notes"));
    Files.writeString(notes.resolve("talk.md"), NOTES);
    Path empty = Files.createDirectories(dir.resolve("empty"));
    Files.writeString(empty.resolve("README.md"), "# not notes\n");

    assertThat(NotedeckCli.withoutArgumentsBuildHere(new String[0], seeds.getParent())).containsExactly("build");
    assertThat(NotedeckCli.withoutArgumentsBuildHere(new String[0], notes)).containsExactly("build");
    assertThat(NotedeckCli.withoutArgumentsBuildHere(new String[0], empty)).isEmpty();
    assertThat(NotedeckCli.withoutArgumentsBuildHere(new String[] {"check"}, empty)).containsExactly("check");
    // ... and the empty command line prints the help, which says so
    CliRunner help = CliRunner.run("--help");
    assertThat(help.out()).contains("With no arguments").contains("preview");
  }

  @Test
  void checkExitsZeroWhenCleanOneOnFindingsTwoWhenItCannotCheck() throws Exception {
    Path clean = Files.writeString(dir.resolve("clean.md"), NOTES);
    Path findings = Files.writeString(dir.resolve("findings.md"), NOTES + "\n![그림](없는그림.png)\n");
    assertThat(CliRunner.run("check", clean.toString()).exitCode()).isZero();
    CliRunner r = CliRunner.run("check", findings.toString());
    assertThat(r.exitCode()).isEqualTo(1);
    assertThat(r.out()).contains("findings.md:").contains("없는그림.png");
    r = CliRunner.run("check", dir.resolve("missing.md").toString());
    assertThat(r.exitCode()).isEqualTo(2);
    assertThat(r.err()).contains("missing.md").contains("no such file");
    assertThat(CliRunner.run("check", "--no-such-option").exitCode()).isEqualTo(2);
  }

  @Test
  void newWithATrailingSlashMakesTheFolderAndNamesTheCommandAsRun() throws Exception {
    Path folder = dir.resolve("newdir");
    CliRunner r = CliRunner.run("new", folder + "/");
    assertThat(r.exitCode()).as(r.err()).isZero();
    assertThat(folder).isDirectory();
    assertThat(folder.resolve("notes.md")).isRegularFile();
    assertThat(r.out()).contains("notedeck preview " + folder.resolve("notes.md"));

    String before = System.getProperty(CommandName.PROPERTY);
    System.setProperty(CommandName.PROPERTY, "./notedeck");
    try {
      r = CliRunner.run("new", dir.resolve("second/").toString() + "/");
      assertThat(r.out()).contains("./notedeck watch " + dir.resolve("second/notes.md"));
    } finally {
      if (before == null) {
        System.clearProperty(CommandName.PROPERTY);
      } else {
        System.setProperty(CommandName.PROPERTY, before);
      }
    }
  }

  @Test
  void theLauncherFoundOnPathIsNamedPlainly() throws Exception {
    Path bin = Files.createDirectories(dir.resolve("bin"));
    Path launcher = Files.writeString(bin.resolve("notedeck"), "#!/bin/sh\n");
    assertThat(CommandName.asRun(launcher.toString(), "/usr/bin:" + bin)).isEqualTo("notedeck");
    assertThat(CommandName.asRun(launcher.toString(), "/usr/bin")).isEqualTo(launcher.toString());
    assertThat(CommandName.asRun("./notedeck", "/usr/bin:" + bin)).isEqualTo("./notedeck");
  }

  @Test
  void completionOffersThemesFormatsAndFolders() throws Exception {
    CliRunner r = CliRunner.run("completion");
    assertThat(r.exitCode()).isZero();
    String script = r.out();
    for (String theme : List.of("default", "dark", "print", "classic", "vivid")) {
      assertThat(script).contains("\"" + theme + "\"");
    }
    assertThat(script).contains("\"pdf\"").contains("\"pptx\"").contains("\"html\"").contains("\"png\"");
    assertThat(script).contains("compgen -d");
    assertThat(script).contains("preview").contains("man");

    // what bash offers after "notedeck build -t " in a folder holding a theme folder
    Files.createDirectories(dir.resolve("brand"));
    Path file = Files.writeString(dir.resolve("notedeck-completion.bash"), script);
    String offered = bash(dir, "source " + file + " 2>/dev/null; COMP_WORDS=(notedeck build -t ''); COMP_CWORD=3; "
        + "COMP_LINE='notedeck build -t '; COMP_POINT=${#COMP_LINE}; _complete_notedeck 2>/dev/null; "
        + "printf '%s\\n' \"${COMPREPLY[@]}\"");
    assertThat(offered.lines()).contains("default", "dark", "vivid", "brand");
    offered = bash(dir, "source " + file + " 2>/dev/null; COMP_WORDS=(notedeck build -f ''); COMP_CWORD=3; "
        + "COMP_LINE='notedeck build -f '; COMP_POINT=${#COMP_LINE}; _complete_notedeck 2>/dev/null; "
        + "printf '%s\\n' \"${COMPREPLY[@]}\"");
    assertThat(offered.lines()).containsExactlyInAnyOrder("pdf", "pptx", "html", "png", "slides-pdf");
  }

  private static String bash(Path cwd, String command) throws Exception {
    Process p = new ProcessBuilder("bash", "-c", command).directory(cwd.toFile()).redirectErrorStream(true).start();
    String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(p.waitFor()).as(out).isZero();
    return out;
  }

  @Test
  void manPagesHaveNoFormatEscapesAndInstallWhereManFindsThem() throws Exception {
    Path man = dir.resolve("man");
    CliRunner r = CliRunner.run("man", man.toString());
    assertThat(r.exitCode()).as(r.err()).isZero();
    assertThat(r.out()).contains("man notedeck").contains("MANPATH");
    try (Stream<Path> pages = Files.list(man.resolve("man1"))) {
      List<Path> all = pages.toList();
      assertThat(all).extracting(p -> p.getFileName().toString())
          .contains("notedeck.1", "notedeck-build.1", "notedeck-preview.1", "notedeck-man.1");
      for (Path page : all) {
        assertThat(Files.readString(page)).as(page.toString()).doesNotContain("%n");
      }
    }
    Path manCommand = Path.of("/usr/bin/man");
    if (Files.isExecutable(manCommand)) {
      ProcessBuilder pb = new ProcessBuilder("man", "-w", "notedeck").redirectErrorStream(true);
      pb.environment().put("MANPATH", man.toString());
      Process p = pb.start();
      String where = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
      assertThat(p.waitFor()).isZero();
      assertThat(where).isEqualTo(man.resolve("man1/notedeck.1").toString());
    }
    assertThat(ManCommand.foundByMan(Path.of("/home/u/.local/share/man"), Path.of("/home/u"),
        "/usr/bin:/home/u/.local/bin", null)).isTrue();
    assertThat(ManCommand.foundByMan(Path.of("/home/u/.local/share/man"), Path.of("/home/u"), "/usr/bin", null))
        .isFalse();
  }

  @Test
  void warningsAndErrorsAreColouredOnlyWhenAskedOrOnATerminal() throws Exception {
    Path talk = Files.writeString(dir.resolve("talk.md"), NOTES + "\n![그림](없는그림.png)\n");
    CliRunner r = CliRunner.run("--color=always", "build", "-f", "html", "-o", dir.resolve("out").toString(),
        talk.toString());
    assertThat(r.err()).contains(ColouredLines.YELLOW + "notedeck: warning: ").doesNotContain(ColouredLines.RED);
    assertThat(r.out()).doesNotContain("\u001b["); // only the error stream is coloured
    r = CliRunner.run("--color=always", "build", dir.resolve("missing.md").toString());
    assertThat(r.err()).startsWith(ColouredLines.RED + "notedeck: ").contains(ColouredLines.RESET);
    r = CliRunner.run("build", dir.resolve("missing.md").toString());
    assertThat(r.err()).doesNotContain("\u001b[").startsWith("notedeck: "); // not a terminal here

    NotedeckCli.GlobalFlags auto = NotedeckCli.GlobalFlags.parse(new String[] {"build"});
    assertThat(auto.colours(Map.of(), true)).isTrue();
    assertThat(auto.colours(Map.of("NO_COLOR", "1"), true)).isFalse();
    assertThat(auto.colours(Map.of("TERM", "dumb"), true)).isFalse();
    assertThat(auto.colours(Map.of(), false)).isFalse();
    assertThat(NotedeckCli.GlobalFlags.parse(new String[] {"--no-color"}).colours(Map.of(), true)).isFalse();
  }

  @Test
  void libraryLogNoiseOnlyWithDebug() {
    PrintStream original = System.err;
    ByteArrayOutputStream captured = new ByteArrayOutputStream();
    System.setErr(new PrintStream(captured, true, StandardCharsets.UTF_8));
    try {
      CliRunner.run("build", "-v", "--help");
      Logger.getLogger("com.openhtmltopdf.load").warning("library noise one");
      CliRunner.run("build", "--debug", "--help");
      Logger.getLogger("com.openhtmltopdf.load").warning("library noise two");
    } finally {
      System.setErr(original);
      CliRunner.run("build", "--help"); // back to quiet for the tests that follow
    }
    String err = captured.toString(StandardCharsets.UTF_8);
    assertThat(err).doesNotContain("library noise one").contains("library noise two");
  }

  private static String deckText(Path pptx) throws Exception {
    StringBuilder text = new StringBuilder();
    try (var in = Files.newInputStream(pptx); var deck = new org.apache.poi.xslf.usermodel.XMLSlideShow(in)) {
      for (var slide : deck.getSlides()) {
        for (var shape : slide.getShapes()) {
          if (shape instanceof org.apache.poi.xslf.usermodel.XSLFTextShape t) {
            text.append(t.getText()).append('\n');
          }
        }
      }
    }
    return text.toString();
  }

  private static byte[] tinyPng() throws Exception {
    var image = new java.awt.image.BufferedImage(8, 8, java.awt.image.BufferedImage.TYPE_INT_RGB);
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    javax.imageio.ImageIO.write(image, "png", bytes);
    return bytes.toByteArray();
  }

  private static List<String> names(Path folder) throws Exception {
    try (Stream<Path> files = Files.list(folder)) {
      return files.map(p -> p.getFileName().toString()).sorted().toList();
    }
  }

  private static List<Path> leftoverStdinFiles() throws Exception {
    try (Stream<Path> files = Files.list(Path.of(""))) {
      return files.filter(p -> p.getFileName().toString().startsWith(".notedeck-stdin-")).toList();
    }
  }
}
