package dev.notedeck.cli;

import dev.notedeck.pipeline.BuildRequest;
import dev.notedeck.pipeline.Builder;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

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
        "  notedeck build -f pdf -o out notes/   handouts only, into out/",
        "  notedeck build talk.md -o handout.pdf one file, named as you like",
        "  notedeck build -q notes/              silent unless something fails (CI)",
        "  notedeck build 발표노트.md             Korean notes: Korean labels (목차, 발표 순서)"})
public final class BuildCommand implements Callable<Integer> {

  @CommandLine.Spec
  CommandLine.Model.CommandSpec spec;

  @Mixin
  BuildOptions options;

  @Override
  public Integer call() {
    List<Path> files = options.notesFiles();
    BuildRequest request = options.request(files);
    BuildReport report = new BuildReport(spec.commandLine().getOut(), spec.commandLine().getErr(),
        options, files.size());
    try (Builder builder = new Builder()) {
      report.started();
      builder.build(request, report::onResult);
    }
    return report.finish() == 0 ? 0 : NotedeckCli.EXIT_ERROR;
  }
}
