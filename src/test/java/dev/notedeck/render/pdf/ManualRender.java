package dev.notedeck.render.pdf;

import dev.notedeck.Diagnostics;
import dev.notedeck.RenderContext;
import dev.notedeck.model.Event;
import dev.notedeck.theme.ThemeLoader;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;

/** Renders the sample event for looking at by eye: {@code ManualRender out.pdf [theme]}. */
final class ManualRender {
  public static void main(String[] args) throws Exception {
    Path out = Path.of(args[0]);
    Path dir = Files.createTempDirectory("handout-images");
    Path png = TestImages.png(dir.resolve("arch.png"), 1600, 900);
    Event event = args.length > 2 && args[2].equals("many") ? SampleEvents.manyTalks(60)
        : SampleEvents.everyBlock("arch.png", "missing/none.png");
    Diagnostics.Collecting d = new Diagnostics.Collecting();
    RenderContext ctx = new RenderContext(new ThemeLoader().load(args.length > 1 ? args[1] : "default"), dir, d);
    long t0 = System.nanoTime();
    try (OutputStream o = Files.newOutputStream(out)) {
      new HandoutRenderer().render(event, ctx, o);
    }
    System.out.println("rendered in " + (System.nanoTime() - t0) / 1_000_000 + " ms; warnings " + d.warnings());
  }
}
