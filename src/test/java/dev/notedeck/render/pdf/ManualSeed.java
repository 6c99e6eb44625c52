package dev.notedeck.render.pdf;

import dev.notedeck.Diagnostics;
import dev.notedeck.RenderContext;
import dev.notedeck.model.Event;
import dev.notedeck.parse.NotesParser;
import dev.notedeck.theme.ThemeLoader;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;

/** Renders a notes file by hand, twice, timing both: {@code ManualSeed notes.md out.pdf [theme] [none]}. */
final class ManualSeed {
  public static void main(String[] args) throws Exception {
    Path notes = Path.of(args[0]);
    HandoutOptions options = new HandoutOptions(args.length > 3 ? PdfStandard.parse(args[3]) : PdfStandard.UA1_A3U);
    for (int run = 1; run <= 2; run++) {
      long t0 = System.nanoTime();
      Event event = new NotesParser().parse(notes);
      Diagnostics.Collecting d = new Diagnostics.Collecting();
      RenderContext ctx = new RenderContext(new ThemeLoader().load(args.length > 2 ? args[2] : "default"),
          notes.toAbsolutePath().getParent(), d);
      try (OutputStream o = Files.newOutputStream(Path.of(args[1]))) {
        new HandoutRenderer(options).render(event, ctx, o);
      }
      System.err.println("run " + run + ": " + (System.nanoTime() - t0) / 1_000_000 + " ms, "
          + Files.size(Path.of(args[1])) + " bytes; warnings " + d.warnings());
    }
  }
}
