package dev.notedeck.cli;

import dev.notedeck.NotedeckException;
import dev.notedeck.pipeline.BuildRequest;
import dev.notedeck.pipeline.BuildResult;
import dev.notedeck.pipeline.Builder;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** {@code notedeck build}: notes files to handouts and decks. */
@Command(
    name = "build",
    description = {"Builds a PDF handout and a PPTX deck from each notes file.",
        "Defaults for theme, formats, output folder, -r, --pdf-standard, --allow-remote, "
        + "--allow-local-files, the deck options and the notes' language come from notedeck.yaml "
        + "in the notes' folder or a parent, if there is one; options win.",
        "With -r, notes in subfolders are built into the same subfolders of the output folder."},
    footer = {"", "Examples:",
        "  notedeck build                        seeds/*.md (else ./*.md) -> dist/",
        "  notedeck build -t dark talk.md        the dark theme",
        "  notedeck build -t ./my-theme talk.md  a theme folder of your own",
        "  notedeck build -f pdf -o out notes/   handouts only, into out/",
        "  notedeck build -r talks/              talks/ and every subfolder",
        "  notedeck build -f slides-pdf --per-page 1 talk.md  notes pages to present from",
        "  notedeck build talk.md -o Handout.PDF one file, named as you like",
        "  notedeck build -f pdf -o - - < talk.md > talk.pdf",
        "                                        standard input to standard output",
        "  notedeck build -q notes/              silent unless something fails (CI)",
        "  notedeck build 발표노트.md             Korean notes: Korean labels (목차, 발표 순서)"})
public final class BuildCommand extends NotedeckCommand {

  @Mixin
  BuildOptions options;

  @Override
  public Integer call() throws IOException {
    options.useProjectFile();
    PrintWriter out = out();
    PrintWriter err = err();
    try (StdinNotes stdin = options.readsStdin() ? StdinNotes.read(root().in(), options) : null) {
      if (stdin == null) {
        List<Path> files = options.notesFiles();
        return options.writesStdout() ? toStdout(files, null, root().rawOut(), err) : toFiles(files, null, out, err);
      }
      List<Path> files = List.of(stdin.file());
      PrintWriter shownErr = stdin.shownAsStdin(err);
      try {
        return options.writesStdout() ? toStdout(files, StdinNotes.OUTPUT_NAME, root().rawOut(), shownErr)
            : toFiles(files, StdinNotes.OUTPUT_NAME, stdin.shownAsStdin(out), shownErr);
      } finally {
        shownErr.flush();
      }
    }
  }

  private int toFiles(List<Path> files, String name, PrintWriter out, PrintWriter err) {
    BuildRequest request = options.request(files, name);
    BuildReport report = new BuildReport(out, err, options, files.size());
    try (Builder builder = new Builder()) {
      report.started();
      builder.build(request, report::onResult);
    }
    return report.finish() == 0 ? 0 : NotedeckCli.EXIT_ERROR;
  }

  /** {@code -o -}: builds into a temporary folder, then copies the one output to stdout. */
  private int toStdout(List<Path> files, String name, OutputStream stdout, PrintWriter err) throws IOException {
    Path dir = Files.createTempDirectory("notedeck-out");
    try (Builder builder = new Builder()) {
      BuildRequest request = options.requestInto(files, dir, name);
      // standard output carries the file: every line for people goes to standard error
      BuildReport report = new BuildReport(err, err, options, files.size());
      List<BuildResult> results = builder.build(request, report::onResult);
      if (report.finish() != 0) {
        return NotedeckCli.EXIT_ERROR;
      }
      try {
        Files.copy(results.get(0).outputs().get(0), stdout);
        stdout.flush();
      } catch (IOException e) {
        throw new NotedeckException("-o -: cannot write to standard output (" + e.getMessage() + ")", e);
      }
      return 0;
    } finally {
      try (Stream<Path> tree = Files.walk(dir)) {
        for (Path p : tree.sorted(Comparator.reverseOrder()).toList()) {
          Files.deleteIfExists(p);
        }
      }
    }
  }
}
