package dev.notedeck.cli;

import picocli.AutoComplete;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code notedeck completion}: prints a bash/zsh completion script for notedeck. */
@Command(
    name = "completion",
    description = {"Prints a bash/zsh completion script.",
        "Commands, options, theme names and folders (-t), formats (-f) and file names then "
        + "complete with TAB."},
    footer = {"", "Examples:",
        "  source <(notedeck completion)                       this shell only",
        "  notedeck completion > ~/.local/share/bash-completion/completions/notedeck",
        "                                                      every new bash",
        "  zsh: autoload -U +X bashcompinit && bashcompinit && source <(notedeck completion)",
        "  notedeck build 발<TAB>                              completes 발표노트.md"})
public final class CompletionCommand extends NotedeckCommand {

  @Override
  public Integer call() {
    CommandLine root = spec.root().commandLine();
    out().print(withThemeFolders(AutoComplete.bash(root.getCommandName(), root)));
    out().flush();
    return 0;
  }

  /**
   * picocli completes an option either from a list or as files; -t takes both a built-in
   * theme name and a theme folder, so its list gets the folders that match added.
   */
  static String withThemeFolders(String script) {
    return script.replace("COMPREPLY=( $( compReplyArray \"${NAMEDIR_option_args[@]}\" ) )",
        "type compopt &>/dev/null && compopt -o filenames\n"
        + "      COMPREPLY=( $( compReplyArray \"${NAMEDIR_option_args[@]}\" ) $( compgen -d -- \"${curr_word}\" ) )");
  }
}
