package dev.notedeck.cli;

import dev.notedeck.NotedeckException;
import dev.notedeck.diagnostics.Finding;
import dev.notedeck.diagnostics.Severity;
import dev.notedeck.parse.NotesReader;
import dev.notedeck.parse.ParseResult;
import dev.notedeck.parse.TalkSummary;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code notedeck check}: lint notes without rendering; exit 1 when something will look wrong. */
@Command(
    name = "check",
    description = {"Lints notes without rendering; prints file:line: message per problem.",
        "Reports what will look wrong: a talk heading without a recognisable speaker, an empty section, "
        + "a missing image, a section that needs more than three continuation slides, a link "
        + "to a heading that does not exist.",
        "Exits with 0 when the notes are clean, 1 when it finds a problem (so it can guard a CI "
        + "job), 2 when it could not check: a wrong option, a missing or unreadable file.",
        "--format json prints one JSON object per problem, for editors."},
    footer = {"", "Examples:",
        "  notedeck check                 checks seeds/*.md",
        "  notedeck check talk.md notes/  a file and a folder of notes",
        "  notedeck check -q notes/       only the exit code (and the problems)",
        "  notedeck check --format json notes/  one JSON object per problem",
        "  notedeck check 발표노트.md      file:line for each problem of a Korean notes file"})
public final class CheckCommand extends NotedeckCommand {

  @Parameters(paramLabel = "INPUT", arity = "0..*",
      description = "Notes files, or folders of *.md (default: seeds/).")
  List<Path> inputs;

  @Option(names = {"-t", "--theme"}, paramLabel = "NAME|DIR",
      description = "Theme to plan the slides with (default: the front matter's theme, else default).")
  String theme;

  @Option(names = {"-q", "--quiet"}, description = "Print the problems only, no summary.")
  boolean quiet;

  @Option(names = {"-v", "--verbose"}, description = "Also name each file that is fine.")
  boolean verbose;

  @Option(names = "--format", paramLabel = "text|json", defaultValue = "text",
      completionCandidates = FormatNames.class,
      description = "text: file:line: message per problem (default); json: one JSON object per "
          + "problem and line (file, line, severity, code, message), for editors and CI.")
  String format;

  static final class FormatNames extends ArrayList<String> {
    FormatNames() {
      super(List.of("text", "json"));
    }
  }

  private final NotesReader reader = new NotesReader();
  private Finding detected;

  @Override
  public Integer call() {
    PrintWriter out = out();
    PrintWriter err = err();
    FindingFormat shape = switch (format.toLowerCase(Locale.ROOT)) {
      case "text" -> FindingFormat.TEXT;
      case "json" -> FindingFormat.JSON;
      default -> throw new CommandLine.ParameterException(spec.commandLine(),
          "--format " + format + ": unknown; give text or json");
    };
    boolean json = shape == FindingFormat.JSON;
    List<Path> files;
    try {
      files = dev.notedeck.pipeline.InputResolver.resolve(
          inputs == null || inputs.isEmpty() ? List.of(BuildOptions.DEFAULT_INPUT) : inputs);
    } catch (NotedeckException e) {
      err.println("notedeck: " + e.getMessage());
      return NotedeckCli.EXIT_USAGE;
    }
    int unreadable = 0;
    SlidePlanLint slidePlan = new SlidePlanLint(theme);
    int problems = 0;
    int troubled = 0;
    for (Path file : files) {
      List<Finding> findings;
      detected = null;
      try {
        findings = check(file, slidePlan);
      } catch (NotedeckException | IOException e) {
        String message = e instanceof NotedeckException ? e.getMessage()
            : file + ": cannot read (" + e.getMessage() + ")";
        if (json) {
          // the message names the file already: the same line people read, as JSON
          out.println(FindingFormat.json(new Finding(file, 0, Severity.ERROR, "notes.unreadable", message)));
        } else {
          err.println("notedeck: " + message);
        }
        problems++;
        troubled++;
        unreadable += e instanceof IOException || e.getCause() instanceof IOException ? 1 : 0;
        continue;
      }
      findings.forEach(f -> out.println(shape.format(f)));
      if (detected != null && (json || !quiet)) {
        // what the reader took for talks, so the author sees the guess; not a problem
        out.println(shape.format(detected));
      }
      if (findings.isEmpty() && verbose && !json) {
        out.println(file + ": ok");
      }
      problems += findings.size();
      troubled += findings.isEmpty() ? 0 : 1;
    }
    if (!quiet && !json) {
      String checked = "Checked " + BuildReport.plural(files.size(), "notes file") + ": ";
      out.println(problems == 0 ? checked + "no problems"
          : files.size() == 1 ? checked + BuildReport.plural(problems, "problem")
          : checked + BuildReport.plural(problems, "problem") + " in " + troubled);
    }
    out.flush();
    // 2 when a file could not even be read: its problems are unknown, not found
    return unreadable > 0 ? NotedeckCli.EXIT_USAGE : problems == 0 ? 0 : NotedeckCli.EXIT_ERROR;
  }

  /** The reader's findings (the same build reports), then what only a lint sees, by line. */
  private List<Finding> check(Path file, SlidePlanLint slidePlan) throws IOException {
    ParseResult parsed = reader.read(file);
    detected = TalkSummary.of(parsed.event());
    List<Finding> findings = new ArrayList<>(parsed.findings());
    findings.addAll(new NotesLint(file, parsed.links()).check(parsed.event()));
    findings.addAll(ImageLint.check(file, parsed.event()));
    findings.addAll(slidePlan.check(file, parsed.event()));
    findings.sort(Comparator.comparingInt(Finding::line));
    return findings;
  }
}
