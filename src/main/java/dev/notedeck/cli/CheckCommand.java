package dev.notedeck.cli;

import dev.notedeck.NotedeckException;
import dev.notedeck.parse.NotesParser;
import dev.notedeck.parse.ParseResult;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code notedeck check}: lint notes without rendering; exit 1 when something will look wrong. */
@Command(
    name = "check",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    description = {"Lints notes without rendering; prints file:line: message per problem.",
        "Reports what will look wrong: a talk heading without a recognisable speaker, an empty section, "
        + "a missing image, a section that needs more than three continuation slides, a link "
        + "to a heading that does not exist.",
        "Exits with 0 when the notes are clean, 1 when it finds a problem (so it can guard a CI "
        + "job), 2 when it could not check: a wrong option, a missing or unreadable file."},
    footer = {"", "Examples:",
        "  notedeck check                 checks seeds/*.md",
        "  notedeck check talk.md notes/  a file and a folder of notes",
        "  notedeck check -q notes/       only the exit code (and the problems)"})
public final class CheckCommand implements Callable<Integer> {

  @CommandLine.Spec
  CommandLine.Model.CommandSpec spec;

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

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    List<Path> files;
    try {
      files = dev.notedeck.pipeline.InputResolver.resolve(
          inputs == null || inputs.isEmpty() ? List.of(BuildOptions.DEFAULT_INPUT) : inputs);
    } catch (NotedeckException e) {
      err.println("notedeck: " + e.getMessage());
      return NotedeckCli.EXIT_USAGE;
    }
    int unreadable = 0;
    NotesParser parser = new NotesParser();
    SlidePlanLint slidePlan = new SlidePlanLint(theme);
    int problems = 0;
    int troubled = 0;
    for (Path file : files) {
      List<NotesLint.Finding> findings;
      try {
        ParseResult parsed = parser.parseWithFindings(file);
        // Lenient decoding: only for finding the lines of links; the parser did the real reading.
        String source = new String(Files.readAllBytes(file), StandardCharsets.UTF_8);
        NotesLint lint = new NotesLint(file, source);
        // The parser's own findings: a talk heading whose speaker it could not recognise, ...
        parsed.findings().forEach(f -> lint.add(f.line(), f.message()));
        findings = lint.check(parsed.event());
        findings.addAll(slidePlan.check(file, parsed.event()));
        findings.sort(java.util.Comparator.comparingInt(NotesLint.Finding::line));
      } catch (NotedeckException e) {
        err.println("notedeck: " + e.getMessage());
        problems++;
        troubled++;
        unreadable += e.getCause() instanceof IOException ? 1 : 0;
        continue;
      } catch (IOException e) {
        err.println("notedeck: " + file + ": cannot read (" + e.getMessage() + ")");
        problems++;
        troubled++;
        unreadable++;
        continue;
      }
      findings.forEach(out::println);
      if (findings.isEmpty() && verbose) {
        out.println(file + ": ok");
      }
      problems += findings.size();
      troubled += findings.isEmpty() ? 0 : 1;
    }
    if (!quiet) {
      String checked = "Checked " + BuildReport.plural(files.size(), "notes file") + ": ";
      out.println(problems == 0 ? checked + "no problems"
          : files.size() == 1 ? checked + BuildReport.plural(problems, "problem")
          : checked + BuildReport.plural(problems, "problem") + " in " + troubled);
    }
    out.flush();
    // 2 when a file could not even be read: its problems are unknown, not found
    return unreadable > 0 ? NotedeckCli.EXIT_USAGE : problems == 0 ? 0 : NotedeckCli.EXIT_ERROR;
  }
}
