package dev.notedeck.cli;

import dev.notedeck.pipeline.BuildResult;
import dev.notedeck.pipeline.Builder;
import dev.notedeck.preview.PreviewServer;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code notedeck preview}: the handout and the deck in the browser, rebuilt on every save. */
@Command(
    name = "preview",
    description = {"Shows the handout and the deck in the browser, updated on every save.",
        "Serves a page on 127.0.0.1 only: a slide list, the slides as images and the HTML "
        + "handout side by side. Every save rebuilds in the same warm process and the page "
        + "updates itself where you were reading; a save that breaks the notes shows the "
        + "error in the page over the last good build. Ctrl-C stops."},
    footer = {"", "Examples:",
        "  notedeck preview talk.md                 opens the preview in your browser",
        "  notedeck preview --port 8000 --no-open talk.md",
        "                                           serves http://127.0.0.1:8000/ only",
        "  notedeck preview 발표노트.md              a Korean notes file"})
public final class PreviewCommand extends NotedeckCommand {

  @Parameters(paramLabel = "INPUT", description = "The notes file to preview.")
  Path input;

  @Option(names = {"-t", "--theme"}, paramLabel = "NAME|DIR", completionCandidates = ThemeNames.class,
      description = "Built-in theme name or theme folder (default: the front matter's theme, else default).")
  String theme;

  @Option(names = "--port", paramLabel = "PORT", defaultValue = "0",
      description = "Port on 127.0.0.1 to serve on (default: a free one, printed).")
  int port;

  @Option(names = "--no-open", description = "Do not open the browser; only print the address.")
  boolean noOpen;

  @Option(names = "--allow-remote",
      description = "Fetch remote images the notes refer to (default: skip them with a warning).")
  boolean allowRemote;

  @Option(names = {"-q", "--quiet"}, description = "Print nothing but the address and errors.")
  boolean quiet;

  @Override
  public Integer call() throws IOException {
    PrintWriter out = out();
    PrintWriter err = err();
    Path work = Files.createTempDirectory("notedeck-preview");
    BuildOptions options = BuildOptions.forPreview(input, work, theme, allowRemote, quiet);
    options.useProjectFile(); // its theme; formats and output folder are the preview's own
    options.notesFiles(); // a missing file is reported before the server starts
    try (PreviewServer server = PreviewServer.start(port, input.getFileName().toString());
        Builder builder = new Builder();
        WatchSession session = new WatchSession(builder, options, out, err)) {
      session.listener(new WatchSession.Listener() {
        @Override
        public void built(List<BuildResult> results) {
          results.forEach(result -> show(server, result));
        }

        @Override
        public void failed(String message) {
          server.showError(message);
        }
      });
      URI address = server.address();
      out.println("Preview of " + input + " at " + address + " (this computer only); press Ctrl-C to stop.");
      out.flush();
      if (!noOpen) {
        Browser.open(address, err);
      }
      CtrlC.runUntilStopped(session::run);
      return 0;
    } finally {
      deleteTree(work);
    }
  }

  private static void show(PreviewServer server, BuildResult result) {
    if (!result.ok()) {
      server.showError(result.error());
      return;
    }
    try {
      byte[] html = null;
      List<byte[]> slides = new ArrayList<>();
      for (Path file : result.outputs()) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        if (name.endsWith(".html")) {
          html = Files.readAllBytes(file);
        } else if (name.endsWith(".png")) {
          slides.add(Files.readAllBytes(file));
        }
      }
      server.show(html, slides);
    } catch (IOException e) {
      server.showError("cannot read the preview's outputs (" + e.getMessage() + ")");
    }
  }

  private static void deleteTree(Path dir) {
    try (Stream<Path> tree = Files.walk(dir)) {
      tree.sorted(Comparator.reverseOrder()).forEach(p -> {
        try {
          Files.deleteIfExists(p);
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
      });
    } catch (IOException | UncheckedIOException e) {
      // a temporary folder left behind is no reason to fail
    }
  }
}
