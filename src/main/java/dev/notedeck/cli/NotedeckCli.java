package dev.notedeck.cli;

import java.io.PrintWriter;
import java.util.Arrays;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The root command. {@link #run} is the entry point tests call, without System.exit. */
@Command(
    name = "notedeck",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    description = "Turns Markdown notes of talks into a PDF handout and a PPTX recap deck.",
    subcommands = {BuildCommand.class, WatchCommand.class, CheckCommand.class, NewCommand.class,
        ThemesCommand.class, CompletionCommand.class, CommandLine.HelpCommand.class},
    footer = {"", "Examples:",
        "  notedeck new talk.md                 start from a notes template",
        "  notedeck watch talk.md               rebuild the outputs on every save",
        "  notedeck build                       build seeds/*.md into dist/",
        "  notedeck build -t dark notes.md      one file, dark theme",
        "  notedeck build -f pdf -o out talks/  only handouts, into out/",
        "  notedeck check talks/                what will look wrong, as file:line",
        "  notedeck themes                      list the built-in themes"})
public final class NotedeckCli implements Runnable {

  /** Exit code for a user error (bad file, theme or option): the message said what to do. */
  public static final int EXIT_ERROR = 1;
  /** Exit code for a command line picocli could not understand. */
  public static final int EXIT_USAGE = 2;

  @CommandLine.Spec
  CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getOut());
  }

  /** Runs the command line and returns the process exit code. */
  public static int run(String[] args, PrintWriter rawOut, PrintWriter rawErr) {
    // no file name or text of the notes may reach the terminal as a control sequence
    PrintWriter out = ControlFreeWriter.wrap(rawOut);
    PrintWriter err = ControlFreeWriter.wrap(rawErr);
    boolean verbose = Arrays.asList(args).contains("--verbose") || Arrays.asList(args).contains("-v");
    ConsoleLogging.configure(verbose);
    CommandLine cli = new CommandLine(new NotedeckCli());
    cli.setOut(out);
    cli.setErr(err);
    // help in plain text: the writers above would show picocli's colour codes as '?'
    cli.setColorScheme(CommandLine.Help.defaultColorScheme(CommandLine.Help.Ansi.OFF));
    cli.setParameterExceptionHandler((ex, a) -> {
      err.println("notedeck: " + ex.getMessage());
      CommandLine.UnmatchedArgumentException.printSuggestions(ex, err);
      err.println("Run '" + ex.getCommandLine().getCommandSpec().qualifiedName() + " --help' for usage.");
      return EXIT_USAGE;
    });
    cli.setExecutionExceptionHandler(new ErrorReporter(verbose));
    try {
      return cli.execute(args);
    } finally {
      out.flush();
      err.flush();
    }
  }
}
