package dev.notedeck.cli;

import dev.notedeck.pipeline.Builder;
import java.io.IOException;
import java.io.PrintWriter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** {@code notedeck watch}: build, then rebuild what changed until Ctrl-C. */
@Command(
    name = "watch",
    description = {"Builds, then rebuilds what changed on every save, until Ctrl-C.",
        "A notes file is rebuilt when it, an image it uses or the theme folder changes, in "
        + "the same warm process (themes and fonts stay loaded).",
        "A save that breaks the notes is reported; the last good outputs stay until the next "
        + "good save."},
    footer = {"", "Examples:",
        "  notedeck watch talk.md                rebuild talk.md into dist/ on every save",
        "  notedeck watch -f pdf notes/          handouts of every notes file in notes/",
        "  notedeck watch -t ./my-theme talk.md  also rebuild when the theme changes",
        "  notedeck watch 세미나/발표노트.md      a Korean file in a Korean folder"})
public final class WatchCommand extends NotedeckCommand {

  @Mixin
  BuildOptions options;

  @Override
  public Integer call() throws IOException {
    PrintWriter out = out();
    PrintWriter err = err();
    options.useProjectFile();
    try (Builder builder = new Builder(); WatchSession session = new WatchSession(builder, options, out, err)) {
      CtrlC.runUntilStopped(session::run);
      return 0;
    }
  }
}
