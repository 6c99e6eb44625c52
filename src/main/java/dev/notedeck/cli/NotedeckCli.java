package dev.notedeck.cli;

import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The root command. {@link #run} is the entry point tests call, without System.exit. */
@Command(
    name = "notedeck",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    description = {"Turns Markdown notes of talks into a PDF handout and a PPTX recap deck.",
        "With no arguments: builds seeds/*.md if there is a seeds/ folder here, else the *.md "
        + "of this folder, else prints this help.",
        "Every command also takes --debug (library log messages too) and --color=auto|always|never "
        + "(warnings and errors coloured on a terminal; NO_COLOR turns that off)."},
    footer = {"", "Examples:",
        "  notedeck new talk.md                 start from a notes template",
        "  notedeck watch talk.md               rebuild the outputs on every save",
        "  notedeck preview talk.md             handout and slides in the browser, live",
        "  notedeck build                       build seeds/*.md (else ./*.md) into dist/",
        "  notedeck build -t dark notes.md      one file, dark theme",
        "  notedeck build -f pdf -o out talks/  only handouts, into out/",
        "  notedeck build -r talks/             talks/ and its subfolders",
        "  cat talk.md | notedeck build -f pdf -o - - > talk.pdf",
        "  notedeck check talks/                what will look wrong, as file:line",
        "  notedeck themes                      list the built-in themes",
        "  notedeck build 발표노트.md            a Korean notes file; labels follow its language"})
public final class NotedeckCli implements Runnable {

  /** The subcommands, in the order the help lists them (added by {@link #commandLine}). */
  static final List<Class<?>> SUBCOMMANDS = List.of(BuildCommand.class, WatchCommand.class,
      PreviewCommand.class, CheckCommand.class, NewCommand.class, ThemesCommand.class,
      CompletionCommand.class, ManCommand.class, CommandLine.HelpCommand.class);

  /** The commands that describe all the others (help, shell completion, manual pages). */
  private static final java.util.Set<Class<?>> ABOUT_ALL = java.util.Set.of(CommandLine.HelpCommand.class,
      CompletionCommand.class, ManCommand.class);

  /** Exit code for a user error (bad file, theme or option): the message said what to do. */
  public static final int EXIT_ERROR = 1;
  /** Exit code for a command line picocli could not understand. */
  public static final int EXIT_USAGE = 2;

  @CommandLine.Spec
  CommandLine.Model.CommandSpec spec;

  /** Standard input (notes given as {@code -}) and output as bytes ({@code -o -}). */
  private final InputStream in;
  private final OutputStream rawOut;

  NotedeckCli(InputStream in, OutputStream rawOut) {
    this.in = in;
    this.rawOut = rawOut;
  }

  NotedeckCli() {
    this(System.in, System.out);
  }

  /** The streams of the running command line, for its subcommands. */
  static NotedeckCli of(CommandLine.Model.CommandSpec spec) {
    return (NotedeckCli) spec.root().userObject();
  }

  InputStream in() {
    return in;
  }

  OutputStream rawOut() {
    return rawOut;
  }

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getOut());
  }

  /** Runs the command line and returns the process exit code. */
  public static int run(String[] args, PrintWriter out, PrintWriter err) {
    return run(args, System.in, System.out, out, err);
  }

  /**
   * ... reading notes given as {@code -} from {@code in} and writing {@code -o -} to
   * {@code rawOut} (flushed {@code out} goes to the same place on a console).
   */
  public static int run(String[] args, InputStream in, OutputStream rawOut, PrintWriter plainOut,
      PrintWriter plainErr) {
    GlobalFlags flags = GlobalFlags.parse(args);
    ConsoleLogging.configure(flags.debug());
    // no file name or text of the notes reaches the terminal as a control sequence; our own
    // colours are added after that filter
    PrintWriter out = ControlFreeWriter.wrap(plainOut);
    PrintWriter shownErr = ControlFreeWriter.wrap(
        flags.colours(System.getenv(), Terminal.interactive()) ? ColouredLines.wrap(plainErr) : plainErr);
    String[] rest = withoutArgumentsBuildHere(flags.rest(), Path.of(""));
    CommandLine cli = commandLine(new NotedeckCli(in, rawOut), rest.length > 0 ? rest[0] : null);
    cli.setOut(out);
    cli.setErr(shownErr);
    // help in plain text: the filter above would show picocli's colour codes as '?'
    cli.setColorScheme(CommandLine.Help.defaultColorScheme(CommandLine.Help.Ansi.OFF));
    cli.setParameterExceptionHandler((ex, a) -> {
      shownErr.println("notedeck: " + ex.getMessage());
      CommandLine.UnmatchedArgumentException.printSuggestions(ex, shownErr);
      shownErr.println("Run '" + ex.getCommandLine().getCommandSpec().qualifiedName() + " --help' for usage.");
      return EXIT_USAGE;
    });
    cli.setExecutionExceptionHandler(new ErrorReporter(flags.verbose()));
    try {
      return cli.execute(rest);
    } finally {
      out.flush();
      shownErr.flush();
    }
  }

  /**
   * The root command with the subcommand {@code first} names, or with all of them when it names
   * none ({@code null}, an option, a misspelt name: the top-level help lists them, and a misspelt
   * name gets suggestions) or one that describes them all (help, completion, man). picocli builds the model of every command it holds by
   * reflection before it parses anything; building only the one that runs is a cold start's
   * share of that work.
   */
  static CommandLine commandLine(NotedeckCli root, String first) {
    CommandLine cli = new CommandLine(root);
    Class<?> named = first == null ? null : SUBCOMMANDS.stream()
        .filter(c -> !ABOUT_ALL.contains(c) && names(c).contains(first)).findFirst().orElse(null);
    for (Class<?> sub : named != null ? List.<Class<?>>of(named) : SUBCOMMANDS) {
      cli.addSubcommand(sub);
    }
    return cli;
  }

  private static List<String> names(Class<?> command) {
    Command c = command.getAnnotation(Command.class);
    List<String> names = new ArrayList<>(List.of(c.aliases()));
    names.add(c.name());
    return names;
  }

  /**
   * No arguments: build the seeds in this project's folder, else the notes in this folder;
   * where there are none, the help (an empty command line) is more use than an error.
   */
  static String[] withoutArgumentsBuildHere(String[] args, Path here) {
    if (args.length > 0) {
      return args;
    }
    if (Files.isDirectory(here.resolve(BuildOptions.DEFAULT_INPUT)) || hasNotes(here.toAbsolutePath())) {
      return new String[] {"build"};
    }
    return args;
  }

  private static boolean hasNotes(Path dir) {
    try {
      return !dev.notedeck.pipeline.InputResolver.resolve(List.of(dir)).isEmpty();
    } catch (dev.notedeck.NotedeckException none) {
      return false;
    }
  }

  /**
   * Flags every command takes, read before picocli: {@code --debug}, {@code --color=WHEN} and
   * {@code --no-color}; {@code -v}/{@code --verbose} is seen but left for the command.
   */
  record GlobalFlags(String[] rest, boolean verbose, boolean debug, String colour) {

    static GlobalFlags parse(String[] args) {
      List<String> rest = new ArrayList<>();
      boolean verbose = false;
      boolean debug = false;
      String colour = "auto";
      boolean afterDoubleDash = false;
      for (String a : args) {
        if (afterDoubleDash) {
          rest.add(a);
          continue;
        }
        switch (a) {
          case "--" -> {
            afterDoubleDash = true;
            rest.add(a);
          }
          case "--debug" -> debug = true;
          case "--no-color" -> colour = "never";
          default -> {
            if (a.startsWith("--color=")) {
              colour = a.substring("--color=".length());
            } else {
              verbose |= a.equals("-v") || a.equals("--verbose");
              rest.add(a);
            }
          }
        }
      }
      return new GlobalFlags(rest.toArray(String[]::new), verbose || debug, debug, colour);
    }

    /** https://no-color.org: NO_COLOR (any non-empty value) turns colour off unless asked for. */
    boolean colours(Map<String, String> env, boolean terminal) {
      return switch (colour) {
        case "always" -> true;
        case "never" -> false;
        default -> terminal && env.getOrDefault("NO_COLOR", "").isEmpty()
            && !"dumb".equals(env.get("TERM"));
      };
    }
  }
}
