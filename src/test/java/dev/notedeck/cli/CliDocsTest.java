package dev.notedeck.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Help with examples on every command, shell completion, and -o as a file name. */
class CliDocsTest {

  static final String[] COMMANDS = {"build", "watch", "check", "new", "completion", "themes"};

  @TempDir Path dir;

  @Test
  void everyCommandHasHelpWithExamplesAndAVersion() {
    for (String command : COMMANDS) {
      CliRunner help = CliRunner.run(command, "--help");
      assertThat(help.exitCode()).as(command).isZero();
      assertThat(help.out()).as(command).contains("Usage: notedeck " + command)
          .contains("Examples:").contains("notedeck " + command);
      CliRunner version = CliRunner.run(command, "--version");
      assertThat(version.exitCode()).as(command).isZero();
      assertThat(version.out()).as(command).startsWith("notedeck ");
    }
  }

  /** The audience writes Korean notes: every help shows an example with a Korean name. */
  @Test
  void everyHelpShowsAKoreanExample() {
    java.util.List<String[]> helps = new java.util.ArrayList<>();
    helps.add(new String[] {"--help"});
    for (String command : COMMANDS) {
      helps.add(new String[] {command, "--help"});
    }
    helps.add(new String[] {"preview", "--help"});
    for (String sub : new String[] {"show", "new", "gallery"}) {
      helps.add(new String[] {"themes", sub, "--help"});
    }
    for (String[] args : helps) {
      String examples = CliRunner.run(args).out();
      examples = examples.substring(examples.indexOf("Examples:"));
      assertThat(examples.codePoints().anyMatch(c -> c >= 0xAC00 && c <= 0xD7A3))
          .as(String.join(" ", args) + ":\n" + examples).isTrue();
    }
  }

  @Test
  void rootHelpListsTheCommands() {
    CliRunner r = CliRunner.run("--help");
    for (String command : COMMANDS) {
      assertThat(r.out()).contains("  " + command + " ");
    }
  }

  @Test
  void completionScriptCompletesCommandsAndFormats() {
    CliRunner r = CliRunner.run("completion");
    assertThat(r.exitCode()).isZero();
    assertThat(r.out()).startsWith("#!/usr/bin/env bash").contains("complete -F")
        .contains("build").contains("watch").contains("check")
        .contains("--format").contains("pdf");
  }

  @Test
  void outputFileNameNeedsOneInput() throws Exception {
    Path a = Files.writeString(dir.resolve("a.md"), "# A\n");
    Path b = Files.writeString(dir.resolve("b.md"), "# B\n");
    CliRunner r = CliRunner.run("build", "-o", dir.resolve("handout.pdf").toString(), a.toString(), b.toString());
    assertThat(r.exitCode()).isEqualTo(NotedeckCli.EXIT_ERROR);
    CliErrorsTest.assertOneCleanLine(r.err(), "handout.pdf", "2 notes files", "folder");
    assertThat(dir.resolve("handout.pdf")).doesNotExist();
  }

  @Test
  void outputFileNameMustAgreeWithTheFormat() throws Exception {
    Path a = Files.writeString(dir.resolve("a.md"), "# A\n");
    CliRunner r = CliRunner.run("build", "-f", "pptx", "-o", dir.resolve("handout.pdf").toString(), a.toString());
    assertThat(r.exitCode()).isEqualTo(NotedeckCli.EXIT_ERROR);
    CliErrorsTest.assertOneCleanLine(r.err(), "handout.pdf", "pptx");
  }
}
