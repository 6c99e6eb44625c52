package dev.notedeck.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/** The root command holds the one subcommand that runs, or all of them where all are described. */
class SubcommandsTest {

  @Test
  void aNamedCommandIsTheOnlyOneBuilt() {
    CommandLine cli = NotedeckCli.commandLine(new NotedeckCli(), "build");
    assertThat(cli.getSubcommands()).containsOnlyKeys("build");
    assertThat(NotedeckCli.commandLine(new NotedeckCli(), "themes").getSubcommands().get("themes")
        .getSubcommands()).containsKeys("show", "new");
  }

  @Test
  void helpCompletionAndManPagesSeeEveryCommand() {
    for (String first : new String[] {null, "--help", "-V", "help", "completion", "man", "biuld"}) {
      CommandLine cli = NotedeckCli.commandLine(new NotedeckCli(), first);
      assertThat(cli.getSubcommands()).as(String.valueOf(first))
          .containsKeys("build", "watch", "preview", "check", "new", "themes", "completion", "man", "help");
    }
  }

  @Test
  void theTopLevelHelpListsEveryCommandAndAMisspeltOneGetsASuggestion() {
    CliRunner help = CliRunner.run("--help");
    assertThat(help.exitCode()).isZero();
    assertThat(help.out()).contains("build", "watch", "preview", "check", "themes", "completion");

    CliRunner typo = CliRunner.run("biuld", "x.md");
    assertThat(typo.exitCode()).isEqualTo(NotedeckCli.EXIT_USAGE);
    assertThat(typo.err()).contains("build");

    CliRunner sub = CliRunner.run("help", "check");
    assertThat(sub.exitCode()).isZero();
    assertThat(sub.out()).contains("Usage: notedeck check");
  }

  @Test
  void theCompletionScriptCoversEveryCommand() {
    CliRunner completion = CliRunner.run("completion");
    assertThat(completion.exitCode()).isZero();
    assertThat(completion.out()).contains("build", "watch", "preview", "check", "themes");
  }
}
