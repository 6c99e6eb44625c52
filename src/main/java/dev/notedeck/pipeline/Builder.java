package dev.notedeck.pipeline;

import dev.notedeck.diagnostics.Diagnostics;
import dev.notedeck.NotedeckException;
import dev.notedeck.RenderContext;
import dev.notedeck.model.Event;
import dev.notedeck.parse.NotesReader;
import dev.notedeck.parse.ParseResult;
import dev.notedeck.render.deck.Deck;
import dev.notedeck.render.deck.DeckOptions;
import dev.notedeck.render.html.HtmlHandoutRenderer;
import dev.notedeck.render.pdf.HandoutOptions;
import dev.notedeck.render.pdf.HandoutRenderer;
import dev.notedeck.render.pdf.PdfStandard;
import dev.notedeck.render.png.SlideImageRenderer;
import dev.notedeck.render.pptx.DeckRenderer;
import dev.notedeck.render.slidespdf.SlidesHandoutOptions;
import dev.notedeck.render.slidespdf.SlidesHandoutRenderer;
import dev.notedeck.repro.BuildDate;
import dev.notedeck.repro.ReproducibleZip;
import dev.notedeck.resource.PixelBudget;
import dev.notedeck.resource.ResourceLoader;
import dev.notedeck.resource.ResourcePolicy;
import dev.notedeck.theme.Theme;
import dev.notedeck.theme.ThemeRef;
import dev.notedeck.theme.ThemeService;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Consumer;

/**
 * Builds notes files into handouts and decks. Every input is parsed once; its formats render
 * in parallel, and so do different inputs, on one pool sized to the machine's cores. Keep one
 * Builder for many builds (watch mode, batches): themes and fonts stay loaded.
 */
public final class Builder implements AutoCloseable {

  public static final String DEFAULT_THEME = "default";

  private final ExecutorService pool;
  private final NotesReader reader = new NotesReader();
  private final ThemeService themes = new ThemeService();
  // one renderer per --pdf-standard value asked for; a Builder serves many requests (watch)
  private final Map<PdfStandard, HandoutRenderer> handouts = new ConcurrentHashMap<>();
  // one deck renderer plans and writes every deck: it keeps each template read for all builds
  private final DeckRenderer deck = new DeckRenderer();
  private final HtmlHandoutRenderer html = new HtmlHandoutRenderer();
  private final SlideImageRenderer pngs = new SlideImageRenderer(deck);
  private final DeckPlanning planning;

  public Builder() {
    this(Math.max(2, Runtime.getRuntime().availableProcessors()));
  }

  public Builder(int threads) {
    this(threads, null);
  }

  /**
   * ... planning decks with {@code planning} instead of the deck renderer's planner: a seam for
   * tests that count how often a build plans.
   */
  Builder(int threads, DeckPlanning planning) {
    this.planning = planning != null ? planning : deck::plan;
    this.pool = Executors.newFixedThreadPool(threads, runnable -> {
      Thread t = new Thread(runnable, "notedeck-render");
      t.setDaemon(true);
      return t;
    });
  }

  /** Where this Builder's themes are resolved and kept (watch asks it which folder to watch). */
  public ThemeService themes() {
    return themes;
  }

  /** Loads a theme by name or folder once per Builder; throws NotedeckException if it is bad. */
  public Theme theme(String nameOrFolder) {
    return themes.resolve(nameOrFolder, null);
  }

  /**
   * Builds every input; one failing input does not stop the others. Checks that apply to the
   * whole run (output folder, an explicitly chosen theme, name clashes) throw NotedeckException
   * before anything is written.
   */
  public List<BuildResult> build(BuildRequest request, Consumer<BuildResult> onEach) {
    if (request.theme() != null) {
      theme(request.theme());
    }
    prepareOutputDir(request.outputDir());
    Map<Path, Path> targets = checkTargets(request);
    if (!request.places().isEmpty()) {
      createSubfolders(targets.keySet());
    }

    // every notes file of this build decodes its images from one budget
    PixelBudget pixels = PixelBudget.forBuild();
    List<CompletableFuture<BuildResult>> running = new ArrayList<>();
    for (Path input : request.inputs()) {
      running.add(buildOne(input, request, targets, pixels).thenApply(result -> {
        onEach.accept(result);
        return result;
      }));
    }
    return running.stream().map(CompletableFuture::join).toList();
  }

  private CompletableFuture<BuildResult> buildOne(Path input, BuildRequest request, Map<Path, Path> targets,
      PixelBudget pixels) {
    // From when this input's work starts, not when it was queued: in a batch most inputs
    // wait for a free thread first, and the summary line should show what the file cost.
    java.util.concurrent.atomic.AtomicLong start = new java.util.concurrent.atomic.AtomicLong(System.nanoTime());
    Diagnostics.Collecting warnings = new Diagnostics.Collecting();
    CompletableFuture<RenderJob> prepared = CompletableFuture.supplyAsync(() -> {
      start.set(System.nanoTime());
      ParseResult read = reader.read(input);
      read.findings().forEach(warnings::report);
      Event event = withLanguage(read.event(), request.language());
      ThemeRef themeRef = ThemeRef.forNotes(request.theme(), event.meta().get("theme"), input);
      String themeName = themeRef.nameOrFolder();
      Path base = input.toAbsolutePath().getParent();
      Theme theme = themes.resolve(themeRef);
      ResourcePolicy policy = RenderContext.defaultPolicy(theme, base)
          .withRemote(request.allowRemote()).withRoots(request.allowLocalFiles());
      return new RenderJob(event, new RenderContext(theme, base, warnings,
          new ResourceLoader(policy, warnings, pixels)), themeName, sources(input, event, base),
          request.pdfStandard(), new DeckOnce(), request.deck(), request.slidesPerPage());
    }, pool);

    // A large notes file renders its formats one after the other: at once, both renderers'
    // whole-document models would have to fit in the heap together (seed x100, 2 MB: the
    // launcher's 768 MB heap thrashes in full GCs). Small files render in parallel.
    boolean oneAtATime = sizeOf(input) > LARGE_INPUT_BYTES;
    // every format of this input is moved into place together, or none is
    AtomicOutput.Batch batch = new AtomicOutput.Batch();
    CompletableFuture<RenderJob> turn = prepared;
    List<CompletableFuture<Written>> outputs = new ArrayList<>();
    for (Format format : Format.values()) {
      if (!request.formats().contains(format)) {
        continue;
      }
      Path target = request.target(input, format);
      CompletableFuture<Written> output = turn.thenApplyAsync(job -> render(format, job, target, batch), pool);
      outputs.add(output);
      if (oneAtATime) {
        // the next format starts when this one is done, whether it succeeded or not
        turn = output.handle((written, failure) -> null).thenCompose(ignored -> prepared);
      }
    }
    return CompletableFuture.allOf(outputs.toArray(CompletableFuture[]::new))
        .handle((ignored, failure) -> {
          failure = commitOrDiscard(batch, failure, input);
          Duration time = Duration.ofNanos(System.nanoTime() - start.get());
          RenderJob job = prepared.isCompletedExceptionally() ? null : prepared.join();
          List<Written> written = outputs.stream()
              .filter(f -> f.isDone() && !f.isCompletedExceptionally()).map(CompletableFuture::join).toList();
          List<Path> paths = written.stream().flatMap(w -> w.files().stream()).toList();
          int pages = written.stream().filter(w -> w.format() == Format.PDF).mapToInt(Written::count).sum();
          int slidesHandoutPages = written.stream().filter(w -> w.format() == Format.SLIDES_PDF)
              .mapToInt(Written::count).sum();
          int slides = written.stream().filter(w -> w.format() == Format.PPTX || w.format() == Format.PNG)
              .mapToInt(Written::count).max().orElse(0);
          List<Path> sources = job == null ? List.of() : job.sources();
          String themeName = job == null ? null : job.themeName();
          String error = null;
          Throwable cause = null;
          if (failure != null) {
            cause = unwrap(failure);
            error = describe(input, cause);
          }
          return new BuildResult(input, paths, warnings.findings(), time, error, cause,
              pages, slides, sources, themeName, slidesHandoutPages);
        });
  }

  /** Moves the input's outputs into place when all were written, else removes them all. */
  private static Throwable commitOrDiscard(AtomicOutput.Batch batch, Throwable failure, Path input) {
    try (batch) {
      if (failure == null) {
        batch.commit();
      }
      return failure;
    } catch (IOException e) {
      return new NotedeckException(input + ": could not move the outputs into place ("
          + e.getMessage() + ")", e);
    }
  }

  /** The project's language where the front matter names none ({@code lang:} wins). */
  private static Event withLanguage(Event event, String language) {
    if (language == null || event.meta().get("lang").isPresent()) {
      return event;
    }
    Map<String, String> frontMatter = new java.util.LinkedHashMap<>(event.meta().frontMatter());
    frontMatter.put("lang", language);
    return new Event(event.title(), new dev.notedeck.model.Metadata(event.meta().source(), frontMatter,
        event.meta().talkLevel()),
        event.info(), event.intro(), event.parts());
  }

  /** Notes files above this size render their formats one at a time, to bound peak memory. */
  static final long LARGE_INPUT_BYTES = 512 * 1024;

  private static long sizeOf(Path input) {
    try {
      return Files.size(input);
    } catch (IOException e) {
      return 0; // reading it fails, and is reported, in the prepare step
    }
  }

  /** The notes file and every local image it references, existing or not (watch mode waits for them). */
  private static List<Path> sources(Path input, Event event, Path base) {
    List<Path> files = new ArrayList<>();
    files.add(input.toAbsolutePath().normalize());
    for (var image : NotesWalk.images(event)) {
      NotesWalk.localFile(image.src(), base).ifPresent(files::add);
    }
    return files.stream().distinct().toList();
  }

  private Written render(Format format, RenderJob job, Path target, AtomicOutput.Batch batch) {
    try {
      switch (format) {
        case PDF -> {
          // the renderer knows its page count: reading the written file back only to count cost ~4%
          int[] pages = new int[1];
          batch.write(target, out -> pages[0] = handout(job.pdfStandard()).render(job.event(), job.context(), out));
          return new Written(format, List.of(target), pages[0]);
        }
        // POI writes the clock into ZIP entries and core.xml: normalised for identical bytes.
        case PPTX -> {
          Deck planned = job.deck().plan(planning, job);
          batch.write(target, out -> ReproducibleZip.write(BuildDate.of(job.event()),
              zip -> deck.write(planned, job.context(), zip), out));
          return new Written(format, List.of(target), planned.slides().size());
        }
        case HTML -> batch.write(target, out -> html.render(job.event(), job.context(), out));
        case PNG -> {
          return slideImages(job, target, batch);
        }
        case SLIDES_PDF -> {
          int[] pages = new int[1];
          SlidesHandoutRenderer slides = new SlidesHandoutRenderer(
              new SlidesHandoutOptions(job.slidesPerPage(), job.pdfStandard()));
          Deck planned = job.deck().plan(planning, job);
          batch.write(target, out -> pages[0] = slides.render(job.event(), planned, job.context(), out));
          return new Written(format, List.of(target), pages[0]);
        }
      }
      return new Written(format, List.of(target), 0);
    } catch (IOException e) {
      Path failed = e instanceof AtomicOutput.Failed f ? f.target() : target; // talk-07.png, not -01
      throw new NotedeckException(failed + ": could not write (" + e.getMessage() + ")", e);
    }
  }

  /** {@code talk-01.png}, {@code talk-02.png}...; images left from a longer earlier deck go. */
  private Written slideImages(RenderJob job, Path first, AtomicOutput.Batch batch) throws IOException {
    String name = first.getFileName().toString();
    String base = name.substring(0, name.length() - "-01.png".length());
    Path dir = first.toAbsolutePath().getParent();
    Path shownDir = first.getParent();
    List<Path> files = new ArrayList<>();
    int count = pngs.render(job.deck().plan(planning, job), job.context(), (n, total, png) -> {
      String fileName = Format.PNG.fileName(base, n, total);
      Path target = shownDir == null ? Path.of(fileName) : shownDir.resolve(fileName);
      batch.write(target, out -> out.write(png));
      files.add(target);
    });
    removeStaleImages(dir, base, files, batch);
    return new Written(Format.PNG, files, count);
  }

  /**
   * Images of slides the deck no longer has (it got shorter since the last build): only the
   * unbroken run of numbers right after the last slide, so unrelated files are never touched.
   */
  private static void removeStaleImages(Path dir, String base, List<Path> written, AtomicOutput.Batch batch) {
    int count = written.size();
    for (int total : new int[] {count, 99, 999}) {
      for (int n = count + 1; n <= 9999; n++) {
        Path stale = dir.resolve(Format.PNG.fileName(base, n, Math.max(total, n)));
        if (!Files.exists(stale)) {
          break;
        }
        batch.deleteOnCommit(stale);
      }
    }
  }

  /** The renderer every deck output of this Builder goes through (tests count its template opens). */
  DeckRenderer deckRenderer() {
    return deck;
  }

  /** Forgets loaded themes so the next build reads them again (watch mode: a theme file changed). */
  public void forgetThemes() {
    themes.forget();
  }

  private static Throwable unwrap(Throwable t) {
    while ((t instanceof CompletionException || t instanceof java.util.concurrent.ExecutionException)
        && t.getCause() != null) {
      t = t.getCause();
    }
    return t;
  }

  /** One line for the user: our own messages as they are, anything else named as a bug. */
  private static String describe(Path input, Throwable cause) {
    if (cause instanceof NotedeckException) {
      return cause.getMessage();
    }
    if (cause instanceof OutOfMemoryError) {
      return outOfMemory(input);
    }
    return input + ": internal error (" + cause.getClass().getSimpleName()
        + (cause.getMessage() == null ? "" : ": " + cause.getMessage())
        + "); run again with --verbose and report it";
  }

  /**
   * More heap helps only a large notes file; a small one that fills the heap is a runaway (a
   * loop, a hostile image or style sheet) that any heap would fill, so say that instead.
   */
  static String outOfMemory(Path input) {
    long heapMb = Runtime.getRuntime().maxMemory() >> 20;
    if (sizeOf(input) > LARGE_INPUT_BYTES) {
      return input + ": ran out of memory (" + heapMb + " MB heap) on this large notes file; "
          + "split it into one file per event, or give Java more heap (JAVA_OPTS=-Xmx4g)";
    }
    return input + ": ran out of memory (" + heapMb + " MB heap) on this small notes file, which "
        + "more heap would not fix; remove its images or code blocks one by one to find the cause, "
        + "and report it with --verbose";
  }

  private static void prepareOutputDir(Path dir) {
    if (Files.exists(dir) && !Files.isDirectory(dir)) {
      throw new NotedeckException(dir + ": output path is a file, not a folder; give a folder with -o");
    }
    try {
      Files.createDirectories(dir);
    } catch (IOException e) {
      throw new NotedeckException(dir + ": cannot create the output folder (" + e.getMessage()
          + "); choose another with -o", e);
    }
    if (!Files.isWritable(dir)) {
      throw new NotedeckException(dir + ": output folder is not writable; choose another with -o");
    }
  }

  /** {@code out/a/} for {@code talks/a/x.md} of {@code build -r talks/ -o out}. */
  private static void createSubfolders(java.util.Collection<Path> targets) {
    for (Path target : targets) {
      Path folder = target.getParent();
      try {
        Files.createDirectories(folder);
      } catch (IOException e) {
        throw new NotedeckException(folder + ": cannot create this folder of the output (" + e.getMessage()
            + "); choose another output folder with -o", e);
      }
    }
  }

  /** Two inputs with the same base name would overwrite each other's outputs: refuse up front. */
  private static Map<Path, Path> checkTargets(BuildRequest request) {
    Map<Path, Path> byTarget = new HashMap<>();
    for (Path input : request.inputs()) {
      for (Format format : request.formats()) {
        Path target = request.target(input, format);
        Path clash = byTarget.put(target.toAbsolutePath().normalize(), input);
        if (clash != null) {
          throw new NotedeckException(clash + " and " + input + " would both write " + target
              + "; build them into different folders with -o");
        }
        if (target.toAbsolutePath().normalize().equals(input.toAbsolutePath().normalize())) {
          throw new NotedeckException(input + ": the output would overwrite the input; "
              + "choose another output folder with -o");
        }
      }
    }
    return byTarget;
  }

  /**
   * Lets work already started finish on its (daemon) threads and takes no more. Never
   * interrupts: a thread interrupted while it loads a class from the jar fails that class's
   * initialisation for the rest of the JVM (NoClassDefFoundError in the next build or test).
   */
  @Override
  public void close() {
    pool.shutdown();
  }

  private HandoutRenderer handout(PdfStandard standard) {
    return handouts.computeIfAbsent(standard, s -> new HandoutRenderer(new HandoutOptions(s)));
  }

  private record RenderJob(Event event, RenderContext context, String themeName, List<Path> sources,
      PdfStandard pdfStandard, DeckOnce deck, DeckOptions.Override deckChoices, int slidesPerPage) {}

  /** Plans the deck of one notes file (the deck renderer's planner, or a test's wrapper of it). */
  interface DeckPlanning {
    Deck plan(Event event, RenderContext context, DeckOptions.Override choices) throws IOException;
  }

  /**
   * A job's deck, planned by the first deck output that asks (pptx, png, slides-pdf) and shared
   * by the rest.
   */
  private static final class DeckOnce {
    private Deck planned;

    synchronized Deck plan(DeckPlanning planning, RenderJob job) throws IOException {
      if (planned == null) {
        planned = planning.plan(job.event(), job.context(), job.deckChoices());
      }
      return planned;
    }
  }

  /** The files one format wrote and how many pages or slides they hold. */
  private record Written(Format format, List<Path> files, int count) {}
}
