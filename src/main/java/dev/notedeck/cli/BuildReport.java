package dev.notedeck.cli;

import dev.notedeck.diagnostics.Finding;
import dev.notedeck.pipeline.BuildResult;
import dev.notedeck.pipeline.Format;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Prints what a build did: one line per notes file as it finishes, a progress bar below those
 * lines while many files build on a terminal, and a closing summary for batches.
 */
final class BuildReport {

  /** From this many files on, a terminal gets a progress bar. */
  static final int PROGRESS_FROM = 3;
  private static final int BAR_WIDTH = 28;

  private final PrintWriter out;
  private final PrintWriter err;
  private final boolean quiet;
  private final boolean verbose;
  private final boolean bar;
  private final int total;
  private final long start = System.nanoTime();
  private final List<BuildResult> done = new ArrayList<>();
  private boolean barShown;
  private boolean finished;

  BuildReport(PrintWriter out, PrintWriter err, BuildOptions options, int total) {
    this.out = out;
    this.err = err;
    this.quiet = options.quiet;
    this.verbose = options.verbose;
    this.total = total;
    this.bar = options.progress && !quiet && total >= PROGRESS_FROM && Terminal.interactive();
  }

  /** Draws the empty bar, then keeps its clock ticking so a long file still shows life. */
  synchronized void started() {
    if (bar) {
      drawBar();
      Thread ticker = new Thread(this::tick, "notedeck-progress");
      ticker.setDaemon(true);
      ticker.start();
    }
  }

  private void tick() {
    try {
      while (true) {
        Thread.sleep(500);
        synchronized (this) {
          if (finished) {
            return;
          }
          if (barShown) {
            drawBar();
          }
        }
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  synchronized void onResult(BuildResult result) {
    done.add(result);
    clearBar();
    print(result, "");
    if (bar && done.size() < total) {
      drawBar();
    }
  }

  /** One result of a rebuild in watch mode, prefixed with the clock time. */
  synchronized void print(BuildResult result, String prefix) {
    if (!quiet) {
      for (Finding warning : result.warnings()) {
        if (warning.severity() == dev.notedeck.diagnostics.Severity.INFO) {
          if (verbose) { // a note asks nothing of the author: only -v shows it
            err.println(prefix + "notedeck: note: " + FindingFormat.TEXT.format(warning));
          }
          continue;
        }
        err.println(prefix + "notedeck: warning: " + FindingFormat.TEXT.format(warning));
      }
    }
    if (!result.ok()) {
      err.println(prefix + "notedeck: " + result.error());
      if (verbose && result.failure() != null) {
        result.failure().printStackTrace(err);
      }
      err.flush();
      return;
    }
    if (!quiet) {
      out.println(prefix + line(result));
      if (verbose) {
        details(result);
      }
      out.flush();
    }
  }

  /** After the last file: a summary line for batches; the number of failures. */
  synchronized int finish() {
    finished = true;
    clearBar();
    int failed = (int) done.stream().filter(r -> !r.ok()).count();
    if (failed > 0 && total > 1) {
      err.println("notedeck: " + failed + " of " + total + " notes files failed");
    }
    if (!quiet && total > 1) {
      out.println(summary(done, Duration.ofNanos(System.nanoTime() - start)));
    }
    out.flush();
    err.flush();
    return failed;
  }

  /** {@code seeds/a.md -> dist/a.pdf (12 pages), dist/a.pptx (30 slides)  2.1 s} */
  static String line(BuildResult r) {
    List<String> parts = new ArrayList<>();
    List<Path> images = new ArrayList<>();
    for (Path p : r.outputs()) {
      String name = p.getFileName().toString().toLowerCase(Locale.ROOT);
      if (name.endsWith(".png")) {
        images.add(p);
      } else if (Format.ofFileName(name) == Format.SLIDES_PDF && r.slidesHandoutPages() > 0) {
        parts.add(p + " (" + plural(r.slidesHandoutPages(), "page") + ")");
      } else if (Format.ofFileName(name) == Format.PDF && r.pages() > 0) {
        parts.add(p + " (" + plural(r.pages(), "page") + ")");
      } else if (name.endsWith(".pptx") && r.slides() > 0) {
        parts.add(p + " (" + plural(r.slides(), "slide") + ")");
      } else {
        parts.add(p.toString());
      }
    }
    if (!images.isEmpty()) {
      // 30 slide images are one item: the first, the last name, and how many
      parts.add(images.get(0) + (images.size() > 1 ? " .. " + images.get(images.size() - 1).getFileName() : "")
          + " (" + plural(images.size(), "image") + ")");
    }
    String outputs = parts.isEmpty() ? "nothing written" : String.join(", ", parts);
    return r.input() + " -> " + outputs + "  " + seconds(r.time());
  }

  private void details(BuildResult r) {
    if (r.theme() != null) {
      out.println("    theme: " + r.theme());
    }
    for (Path p : r.outputs()) {
      out.println("    " + p + "  " + size(p));
    }
    if (r.sources().size() > 1) {
      out.println("    reads: " + String.join(", ", r.sources().stream().skip(1).map(Path::toString).toList()));
    }
  }

  static String summary(List<BuildResult> results, Duration time) {
    int ok = (int) results.stream().filter(BuildResult::ok).count();
    StringBuilder sb = new StringBuilder();
    sb.append(ok == results.size() ? "Built " + plural(ok, "notes file")
        : "Built " + ok + " of " + plural(results.size(), "notes file"));
    sb.append(" in ").append(seconds(time));
    int pdfs = 0;
    int slideHandouts = 0;
    int slideSheets = 0;
    int decks = 0;
    int htmls = 0;
    int images = 0;
    int pages = 0;
    int slides = 0;
    for (BuildResult r : results) {
      for (Path p : r.outputs()) {
        String name = p.getFileName().toString().toLowerCase(Locale.ROOT);
        if (Format.ofFileName(name) == Format.SLIDES_PDF) {
          slideHandouts++;
          slideSheets += r.slidesHandoutPages();
        } else if (name.endsWith(".pdf")) {
          pdfs++;
          pages += r.pages();
        } else if (name.endsWith(".pptx")) {
          decks++;
          slides += r.slides();
        } else if (name.endsWith(".html")) {
          htmls++;
        } else if (name.endsWith(".png")) {
          images++;
        }
      }
    }
    List<String> what = new ArrayList<>();
    if (pdfs > 0) {
      what.add(plural(pdfs, "handout") + " (" + plural(pages, "page") + ")");
    }
    if (slideHandouts > 0) {
      what.add(plural(slideHandouts, "slides handout") + " (" + plural(slideSheets, "page") + ")");
    }
    if (decks > 0) {
      what.add(plural(decks, "deck") + " (" + plural(slides, "slide") + ")");
    }
    if (htmls > 0) {
      what.add(plural(htmls, "HTML handout"));
    }
    if (images > 0) {
      what.add(plural(images, "slide image"));
    }
    if (!what.isEmpty()) {
      sb.append(": ").append(String.join(", ", what));
    }
    return sb.toString();
  }

  static String seconds(Duration d) {
    long ms = d.toMillis();
    return ms < 1000 ? ms + " ms" : String.format(Locale.ROOT, "%.1f s", ms / 1000.0);
  }

  static String plural(int n, String noun) {
    return n + " " + noun + (n == 1 ? "" : "s");
  }

  private static String size(Path p) {
    try {
      long bytes = Files.size(p);
      return bytes < 1024 * 1024 ? (bytes + 1023) / 1024 + " KB"
          : String.format(Locale.ROOT, "%.1f MB", bytes / (1024.0 * 1024));
    } catch (IOException e) {
      return "?";
    }
  }

  private void drawBar() {
    int filled = total == 0 ? BAR_WIDTH : done.size() * BAR_WIDTH / total;
    String shape = "=".repeat(filled) + (filled < BAR_WIDTH ? ">" + " ".repeat(BAR_WIDTH - filled - 1) : "");
    ControlFreeWriter.control(out, "\r");
    out.print("[" + shape + "] " + done.size() + "/" + total + "  "
        + seconds(Duration.ofNanos(System.nanoTime() - start)));
    ControlFreeWriter.control(out, Terminal.CLEAR_TO_END);
    out.flush();
    barShown = true;
  }

  private void clearBar() {
    if (barShown) {
      ControlFreeWriter.control(out, "\r" + Terminal.CLEAR_TO_END);
      out.flush();
      barShown = false;
    }
  }
}
