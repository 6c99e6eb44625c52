package dev.notedeck.cli;

import java.util.concurrent.Callable;
import picocli.AutoComplete;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code notedeck completion}: prints a bash/zsh completion script for notedeck. */
@Command(
    name = "completion",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    description = {"Prints a bash/zsh completion script.",
        "Commands, options, formats and file names then complete with TAB."},
    footer = {"", "Examples:",
        "  source <(notedeck completion)                       this shell only",
        "  notedeck completion > ~/.local/share/bash-completion/completions/notedeck",
        "                                                      every new bash",
        "  zsh: autoload -U +X bashcompinit && bashcompinit && source <(notedeck completion)",
        "  notedeck build 발<TAB>                              completes 발표노트.md"})
public final class CompletionCommand implements Callable<Integer> {

  @CommandLine.Spec
  CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() {
    CommandLine root = spec.root().commandLine();
    spec.commandLine().getOut().print(AutoComplete.bash(root.getCommandName(), root));
    spec.commandLine().getOut().flush();
    return 0;
  }
}
