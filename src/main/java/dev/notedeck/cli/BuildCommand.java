package dev.notedeck.cli;

import dev.notedeck.build.BuildRequest;
import dev.notedeck.build.BuildResult;
import dev.notedeck.build.Builder;
import dev.notedeck.build.Format;
import dev.notedeck.build.InputResolver;
import dev.notedeck.NotedeckException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code notedeck build}: notes files to handouts and decks. */
@Command(
    name = "build",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    description = "Builds a PDF handout and a PPTX deck from each notes file.",
    footer = {"", "Examples:",
        "  notedeck build                        seeds/*.md -> dist/",
        "  notedeck build -t dark talk.md        the dark theme",
        "  notedeck build -t ./my-theme talk.md  a theme folder of your own",
        "  notedeck build -f pdf -o out notes/   handouts only, into out/"})
public final class BuildCommand implements Callable<Integer> {

  @CommandLine.Spec
  CommandLine.Model.CommandSpec spec;

  @Parameters(paramLabel = "INPUT", arity = "0..*",
      description = "Notes files, or folders of *.md (default: seeds/).")
  List<Path> inputs;

  @Option(names = {"-o", "--output"}, paramLabel = "DIR", defaultValue = "dist",
      description = "Output folder (default: ${DEFAULT-VALUE}).")
  Path outputDir;

  @Option(names = {"-t", "--theme"}, paramLabel = "NAME|DIR",
      description = "Built-in theme name or theme folder; wins over the notes' front matter "
          + "(default: the front matter's theme, else default).")
  String theme;

  @Option(names = {"-f", "--format"}, paramLabel = "FORMAT", split = ",",
      description = "Formats to write: pdf, pptx (default: both).")
  List<String> formats;

  @Option(names = "--allow-remote",
      description = "Fetch remote images the notes refer to (default: skip them with a warning).")
  boolean allowRemote;

  @Option(names = "--allow-local-files", paramLabel = "DIR",
      description = "Also read images from DIR (default: only the notes' and the theme's folders).")
  List<Path> allowLocalFiles;

  @Option(names = {"-q", "--quiet"}, description = "Print nothing but errors.")
  boolean quiet;

  @Option(names = {"-v", "--verbose"}, description = "Print details and stack traces.")
  boolean verbose;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    Set<Format> wanted = parseFormats();
    List<Path> files = InputResolver.resolve(inputs == null || inputs.isEmpty()
        ? List.of(Path.of("seeds")) : inputs);
    BuildRequest request = new BuildRequest(files, outputDir, theme, wanted,
        allowRemote, allowLocalFiles == null ? List.of() : allowLocalFiles);
    int failed = 0;
    try (Builder builder = new Builder()) {
      List<BuildResult> results = builder.build(request, result -> report(result, out, err));
      for (BuildResult r : results) {
        if (!r.ok()) {
          failed++;
        }
      }
    }
    if (failed > 0 && files.size() > 1) {
      err.println("notedeck: " + failed + " of " + files.size() + " notes files failed");
    }
    return failed == 0 ? 0 : NotedeckCli.EXIT_ERROR;
  }

  private synchronized void report(BuildResult result, PrintWriter out, PrintWriter err) {
    for (String warning : result.warnings()) {
      err.println("notedeck: warning: " + warning);
    }
    if (!result.ok()) {
      err.println("notedeck: " + result.error());
      if (verbose && result.failure() != null) {
        result.failure().printStackTrace(err);
      }
      err.flush();
      return;
    }
    if (!quiet) {
      out.printf(Locale.ROOT, "%s -> %s (%.1f s)%n", result.input(),
          String.join(", ", result.outputs().stream().map(Path::toString).toList()),
          result.time().toMillis() / 1000.0);
      out.flush();
    }
  }

  private Set<Format> parseFormats() {
    if (formats == null || formats.isEmpty()) {
      return EnumSet.allOf(Format.class);
    }
    Set<Format> set = EnumSet.noneOf(Format.class);
    for (String name : formats) {
      Format f = Format.fromName(name);
      if (f == null) {
        throw new NotedeckException("unknown format '" + name + "'; use pdf, pptx or pdf,pptx");
      }
      set.add(f);
    }
    return set;
  }
}
