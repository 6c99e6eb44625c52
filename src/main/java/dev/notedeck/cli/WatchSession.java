package dev.notedeck.cli;

import dev.notedeck.NotedeckException;
import dev.notedeck.pipeline.BuildRequest;
import dev.notedeck.pipeline.BuildResult;
import dev.notedeck.pipeline.Builder;
import dev.notedeck.pipeline.InputResolver;
import dev.notedeck.theme.ThemeRef;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardWatchEventKinds;
import java.nio.file.WatchEvent;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * The watch loop: one warm {@link Builder} (themes and fonts stay loaded), a WatchService on
 * every folder that holds a notes file, an image they use or the theme, and rebuilds of only
 * the notes a change touches. Runs until its thread is interrupted (Ctrl-C, or a test).
 */
final class WatchSession implements AutoCloseable {

  /** Editors save in bursts (temp file, rename, touch): wait this long for quiet. */
  static final long DEBOUNCE_MS = 100;
  /** ...but never longer than this, so a folder that never rests still gets built. */
  static final long MAX_DELAY_MS = 1000;
  private static final DateTimeFormatter CLOCK = DateTimeFormatter.ofPattern("HH:mm:ss");
  private static final WatchEvent.Kind<?>[] KINDS = {StandardWatchEventKinds.ENTRY_CREATE,
      StandardWatchEventKinds.ENTRY_MODIFY, StandardWatchEventKinds.ENTRY_DELETE};
  /**
   * Where the JDK has no native watcher (macOS) it polls, every 10 s by default; HIGH makes it
   * 2 s. Linux (inotify) and Windows ignore it.
   */
  @SuppressWarnings("removal")
  private static final WatchEvent.Modifier SENSITIVITY = com.sun.nio.file.SensitivityWatchEventModifier.HIGH;

  private final Builder builder;
  private final BuildOptions options;
  private final PrintWriter out;
  private final PrintWriter err;
  private final WatchService service;
  private final Map<WatchKey, Path> keys = new HashMap<>();
  private final Set<Path> registered = new HashSet<>();
  /** Per notes file: the files its last build read (kept from the last good build when one fails). */
  private final Map<Path, Set<Path>> sources = new LinkedHashMap<>();
  /** Per notes file: the theme it used last, when that theme is a folder on disk. */
  private final Map<Path, Path> themeFolders = new HashMap<>();
  private BuildRequest request;
  private Listener listener = new Listener() { };

  /** Told of every build's results and of a build that could not start (live preview). */
  interface Listener {
    /** After the first build and after every rebuild, with the results of the notes built. */
    default void built(List<BuildResult> results) {}

    /** A rebuild that stopped before any notes file, e.g. at a half-edited theme folder. */
    default void failed(String message) {}
  }

  WatchSession listener(Listener listener) {
    this.listener = listener;
    return this;
  }

  WatchSession(Builder builder, BuildOptions options, PrintWriter out, PrintWriter err) throws IOException {
    this.builder = builder;
    this.options = options;
    this.out = out;
    this.err = err;
    this.service = FileSystems.getDefault().newWatchService();
  }

  /** Builds everything once, then watches until interrupted. */
  void run() {
    List<Path> inputs = options.notesFiles();
    request = options.request(inputs);
    BuildReport first = new BuildReport(out, err, options, inputs.size());
    first.started();
    List<BuildResult> results = builder.build(request, first::onResult);
    first.finish();
    results.forEach(this::remember);
    listener.built(results);
    watchFolders();
    out.println("Watching " + describeWatched() + " for changes; press Ctrl-C to stop.");
    out.flush();
    try {
      while (!Thread.currentThread().isInterrupted()) {
        Changes changes = nextChanges();
        rebuild(changes);
      }
    } catch (InterruptedException stop) {
      Thread.currentThread().interrupt();
    }
    out.println("Stopped watching.");
    out.flush();
  }

  /** Blocks for the first change, then collects until the folders are quiet for a moment. */
  private Changes nextChanges() throws InterruptedException {
    Changes changes = new Changes(new LinkedHashSet<>(), new boolean[1]);
    drain(service.take(), changes);
    long deadline = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(MAX_DELAY_MS);
    WatchKey key;
    while (System.nanoTime() < deadline && (key = service.poll(DEBOUNCE_MS, TimeUnit.MILLISECONDS)) != null) {
      drain(key, changes);
    }
    return changes;
  }

  private void drain(WatchKey key, Changes changes) {
    Path dir = keys.get(key);
    for (WatchEvent<?> event : key.pollEvents()) {
      if (event.kind() == StandardWatchEventKinds.OVERFLOW) {
        changes.overflow()[0] = true;
      } else if (dir != null) {
        changes.paths().add(dir.resolve((Path) event.context()).toAbsolutePath().normalize());
      }
    }
    if (!key.reset()) {
      keys.remove(key);
      registered.remove(dir);
    }
  }

  private void rebuild(Changes changes) {
    if (watchFolders() > 0) {
      // a folder we read came (back) into being: what it holds was never seen, build it all
      changes.overflow()[0] = true;
    }
    Set<Path> changedThemes = new HashSet<>();
    for (Path theme : new HashSet<>(themeFolders.values())) {
      if (changes.overflow()[0] || changes.paths().stream().anyMatch(p -> p.startsWith(theme))) {
        changedThemes.add(theme);
      }
    }
    if (!changedThemes.isEmpty()) {
      builder.forgetThemes();
    }
    List<Path> affected = new ArrayList<>();
    for (Path input : currentInputs()) {
      Set<Path> read = sources.get(input);
      if (read == null || changes.overflow()[0]
          || read.stream().anyMatch(changes.paths()::contains)
          || changedThemes.contains(themeFolders.get(input))) {
        affected.add(input);
      }
    }
    forgetRemoved();
    if (affected.isEmpty()) {
      return;
    }
    BuildReport report = new BuildReport(out, err, options, affected.size());
    String prefix = "[" + LocalTime.now().format(CLOCK) + "] ";
    try {
      // a notes file new in a subfolder (-r) goes to its own subfolder of the output too
      List<BuildResult> results = builder.build(request.withInputs(affected)
          .withPlaces(InputResolver.places(options.arguments(), affected)), r -> { });
      for (BuildResult result : results) {
        report.print(result, prefix);
        if (!result.ok()) {
          err.println(prefix + "kept the last good outputs of " + result.input()
              + "; fix it and save again");
          err.flush();
        }
        remember(result);
      }
      listener.built(results);
    } catch (NotedeckException e) {
      // e.g. the theme folder is half-edited: say so and wait for the next save
      err.println(prefix + "notedeck: " + e.getMessage());
      err.flush();
      listener.failed(e.getMessage());
    }
    watchFolders();
  }

  /** The notes files now: INPUT folders may have gained (or lost) some. */
  private List<Path> currentInputs() {
    List<Path> now = new ArrayList<>();
    for (Path arg : options.arguments()) {
      if (Files.isDirectory(arg)) {
        try {
          now.addAll(InputResolver.resolve(List.of(arg), options.recursive));
        } catch (NotedeckException emptied) {
          // the folder has no notes at the moment; nothing to build from it
        }
      } else if (Files.isRegularFile(arg)) {
        now.add(arg.normalize());
      }
    }
    return now.stream().distinct().toList();
  }

  private void forgetRemoved() {
    for (Path input : new ArrayList<>(sources.keySet())) {
      if (!Files.exists(input)) {
        sources.remove(input);
        themeFolders.remove(input);
        out.println("[" + LocalTime.now().format(CLOCK) + "] " + input
            + " was removed; its outputs stay where they are");
        out.flush();
      }
    }
  }

  private void remember(BuildResult result) {
    Path input = result.input();
    Set<Path> read = new LinkedHashSet<>();
    read.add(input.toAbsolutePath().normalize());
    if (result.sources().isEmpty()) {
      read.addAll(sources.getOrDefault(input, Set.of())); // unparsable now: keep what it read before
    } else {
      read.addAll(result.sources());
    }
    sources.put(input, read);
    String theme = options.theme != null ? options.theme : result.theme();
    if (theme != null) {
      // The folder the build used: a front matter's ./brand lies beside the notes file.
      builder.themes().folderOf(ThemeRef.forNotes(options.theme, Optional.of(theme), input))
          .ifPresent(folder -> themeFolders.put(input, folder));
    }
  }

  /**
   * Registers every folder that holds something we read; theme folders with their subfolders.
   * A folder that is gone (deleted, to be recreated) is stood in for by its nearest existing
   * ancestor, whose events bring us back here. Returns how many folders were newly registered.
   */
  private int watchFolders() {
    Set<Path> folders = new LinkedHashSet<>();
    for (Path arg : options.arguments()) {
      Path abs = arg.toAbsolutePath().normalize();
      if (!Files.isRegularFile(abs)) {
        folders.add(abs); // a folder of notes, or something that is not there right now
      }
      folders.add(abs.getParent());
    }
    sources.values().forEach(files -> files.forEach(f -> folders.add(f.getParent())));
    for (Path theme : new HashSet<>(themeFolders.values())) {
      try (Stream<Path> tree = Files.walk(theme)) {
        tree.filter(Files::isDirectory).forEach(folders::add);
      } catch (IOException e) {
        folders.add(theme);
      }
    }
    int added = 0;
    for (Path wanted : folders) {
      Path folder = wanted;
      while (folder != null && !Files.isDirectory(folder)) {
        folder = folder.getParent();
      }
      if (folder != null && registered.add(folder)) {
        added++;
        try {
          WatchKey key = folder.register(service, KINDS, SENSITIVITY);
          keys.put(key, folder);
        } catch (IOException e) {
          registered.remove(folder);
          err.println("notedeck: warning: cannot watch " + folder + " (" + e.getMessage() + ")");
        }
      }
    }
    return added;
  }

  private String describeWatched() {
    int notes = sources.size();
    long images = sources.values().stream().mapToLong(s -> s.size() - 1).sum();
    StringBuilder sb = new StringBuilder(BuildReport.plural(notes, "notes file"));
    if (images > 0) {
      sb.append(", ").append(BuildReport.plural((int) images, "image"));
    }
    Set<Path> themes = new LinkedHashSet<>(themeFolders.values());
    if (!themes.isEmpty()) {
      sb.append(" and theme ").append(String.join(", ", themes.stream().map(Path::toString).toList()));
    }
    return sb.toString();
  }

  @Override
  public void close() throws IOException {
    service.close();
  }

  /** What changed during one burst; overflow means "the OS lost count: assume everything". */
  private record Changes(Set<Path> paths, boolean[] overflow) {}
}
