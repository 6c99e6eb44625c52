import dev.notedeck.pipeline.BuildRequest;
import dev.notedeck.pipeline.BuildResult;
import dev.notedeck.pipeline.Builder;
import dev.notedeck.pipeline.Format;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Warm rebuilds in one JVM, as watch mode does them: one Builder, the notes file edited before
 * every build (a line added in the middle, so most of the document changes), both outputs written.
 * Run from the repository root against the shaded jar (single-file source launch, Java 11+):
 *
 *   java -cp target/notedeck.jar bench/WarmBench.java NOTES.md [WARMUP] [RUNS] [pdf,pptx] [same|new]
 *
 * The edit is a bullet added at the end of the middle talk (before the heading of talk n/2 + 1
 * of n): that talk changes and every talk after it moves down a line, so the builder's per-talk
 * deck plans are reused only for the talks before it (an edit at the very end would leave all
 * but the last talk as they were, which flatters that reuse). With {@code same} (the default) it uses characters
 * the notes already have, as most edits do; with {@code new} every edit adds Hangul syllables no
 * earlier build has seen, so nothing derived from the document's character set (font subsets)
 * can be reused.
 *
 * Prints each measured build (wall time, and the CPU time the whole JVM used meanwhile, which
 * a busy machine inflates less) and a last line {@code median_ms=... min_ms=... max_ms=...
 * median_cpu_ms=...}.
 */
public final class WarmBench {

  public static void main(String[] args) throws Exception {
    if (args.length < 1) {
      System.err.println("usage: WarmBench NOTES.md [WARMUP=10] [RUNS=15] [FORMATS=pdf,pptx] [same|new]");
      System.exit(2);
    }
    Path seed = Path.of(args[0]);
    int warmup = args.length > 1 ? Integer.parseInt(args[1]) : 10;
    int runs = args.length > 2 ? Integer.parseInt(args[2]) : 15;
    Set<Format> formats = EnumSet.noneOf(Format.class);
    for (String f : (args.length > 3 ? args[3] : "pdf,pptx").split(",")) {
      formats.add(Format.fromName(f));
    }

    boolean newCharacters = args.length > 4 && args[4].equals("new");
    String original = Files.readString(seed, StandardCharsets.UTF_8);
    int middle = middleTalk(original);
    Path work = Files.createTempDirectory("notedeck-warm");
    Path notes = work.resolve(seed.getFileName());
    Path out = work.resolve("out");
    List<Double> times = new ArrayList<>();
    List<Double> cpuTimes = new ArrayList<>();
    var os = (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
    try (Builder builder = new Builder()) {
      for (int i = 0; i < warmup + runs; i++) {
        // the edit a user makes between two saves in watch mode
        String edit = newCharacters ? unseenSyllables(i) : "edit " + i;
        Files.writeString(notes, original.substring(0, middle) + "\n* " + edit + "\n"
            + original.substring(middle), StandardCharsets.UTF_8);
        BuildRequest request = new BuildRequest(List.of(notes), out, null, formats);
        long start = System.nanoTime();
        long cpuStart = os.getProcessCpuTime();
        List<BuildResult> results = builder.build(request, r -> { });
        double ms = (System.nanoTime() - start) / 1e6;
        double cpu = (os.getProcessCpuTime() - cpuStart) / 1e6;
        for (BuildResult r : results) {
          if (!r.ok()) {
            System.err.println("build failed: " + r.error());
            System.exit(1);
          }
        }
        if (i >= warmup) {
          times.add(ms);
          cpuTimes.add(cpu);
          System.out.printf(Locale.ROOT, "run %d: %.1f ms (cpu %.0f ms)%n", i - warmup + 1, ms, cpu);
        } else {
          System.out.printf(Locale.ROOT, "warm-up %d: %.1f ms (cpu %.0f ms)%n", i + 1, ms, cpu);
        }
      }
    } finally {
      try (var files = Files.walk(work)) {
        files.sorted(Collections.reverseOrder()).forEach(p -> p.toFile().delete());
      }
    }
    Collections.sort(times);
    System.out.printf(Locale.ROOT, "median_ms=%.1f min_ms=%.1f max_ms=%.1f median_cpu_ms=%.1f%n",
        median(times), times.get(0), times.get(times.size() - 1), median(cpuTimes));
  }

  /**
   * Where the edit goes: just before the middle talk heading at the level most headings have
   * (the line break before it), or the end when the notes have fewer than two such headings.
   */
  private static int middleTalk(String notes) {
    for (String level : new String[] {"\n## ", "\n# ", "\n### "}) {
      List<Integer> at = new ArrayList<>();
      for (int i = notes.indexOf(level); i >= 0; i = notes.indexOf(level, i + 1)) {
        at.add(i);
      }
      if (at.size() >= 2) {
        return at.get(at.size() / 2);
      }
    }
    return notes.length();
  }

  /** Three Hangul syllables of edit {@code i}, none used by an earlier edit (11,172 exist). */
  private static String unseenSyllables(int i) {
    StringBuilder sb = new StringBuilder();
    for (int k = 0; k < 3; k++) {
      sb.appendCodePoint(0xD7A3 - (3 * i + k) % 11172);
    }
    return sb.toString();
  }

  private static double median(List<Double> values) {
    List<Double> sorted = new ArrayList<>(values);
    Collections.sort(sorted);
    int n = sorted.size();
    return n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2;
  }
}
