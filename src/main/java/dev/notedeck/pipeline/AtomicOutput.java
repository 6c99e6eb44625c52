package dev.notedeck.pipeline;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Pattern;

/**
 * Writes outputs so that readers only ever see the previous version or the complete new one:
 * the content goes to a hidden temporary file {@code .NAME.XXXX.part} in the same folder, which
 * is moved into place once complete. A {@link Batch} holds the outputs of one input (PDF, deck,
 * HTML, slide images) and moves them all only when every one was written: a failed build
 * replaces none of the previous outputs.
 *
 * <p>Temporary files are removed on failure, on Ctrl-C and SIGTERM (a shutdown hook), and, when
 * a process was killed outright, by the next build that writes the same output.
 */
public final class AtomicOutput {

  /** Produces the content of an output file. */
  @FunctionalInterface
  public interface Writer {
    void writeTo(OutputStream out) throws IOException;
  }

  /** Writing {@code target} failed (a full disk, a renderer's read error): names the file. */
  public static final class Failed extends IOException {
    private final Path target;

    Failed(Path target, IOException cause) {
      super(cause.getMessage(), cause);
      this.target = target;
    }

    public Path target() {
      return target;
    }
  }

  /** Temporary files a signal must not leave behind. */
  private static final Set<Path> LIVE = ConcurrentHashMap.newKeySet();

  /** A temporary file untouched this long belongs to no running build (builds take seconds). */
  static final Duration STALE = Duration.ofMinutes(10);

  static {
    Runtime.getRuntime().addShutdownHook(new Thread(AtomicOutput::removeLive, "notedeck-cleanup"));
  }

  private AtomicOutput() {}

  /** Writes one file on its own (outside any batch). */
  public static void write(Path target, Writer writer) throws IOException {
    try (Batch batch = new Batch()) {
      batch.write(target, writer);
      batch.commit();
    }
  }

  /**
   * The outputs of one input, committed together. Thread-safe: formats render in parallel.
   * Closing a batch that was not committed removes its temporary files.
   */
  public static final class Batch implements AutoCloseable {
    private record Staged(Path temp, Path target) {}

    private final List<Staged> staged = new ArrayList<>();
    private final List<Path> obsolete = new ArrayList<>();
    private boolean done;

    /**
     * Writes {@code target}'s new content to a temporary file, to be moved by {@link #commit};
     * returns that file, which may be read back until then.
     */
    public Path write(Path target, Writer writer) throws IOException {
      Path dir = target.toAbsolutePath().getParent();
      sweepStale(dir, target.getFileName().toString());
      // Not Files.createTempFile: its owner-only permissions would stick to the output file.
      Path temp = Files.createFile(dir.resolve("." + target.getFileName() + "."
          + Long.toUnsignedString(ThreadLocalRandom.current().nextLong(), 36) + ".part"));
      LIVE.add(temp);
      try {
        shareable(temp, target);
        try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(temp), 1 << 16)) {
          writer.writeTo(out);
        }
      } catch (IOException e) {
        remove(temp);
        throw new Failed(target, e);
      } catch (RuntimeException | Error e) {
        remove(temp);
        throw e;
      }
      synchronized (this) {
        if (done) {
          remove(temp);
          throw new IllegalStateException("batch already closed");
        }
        staged.add(new Staged(temp, target));
      }
      return temp;
    }

    /** A file to delete when the batch commits (slide images of a deck that got shorter). */
    public synchronized void deleteOnCommit(Path file) {
      obsolete.add(file);
    }

    /** Moves every written file into place, then deletes the obsolete ones. */
    public synchronized void commit() throws IOException {
      done = true;
      for (Staged s : staged) {
        try {
          Files.move(s.temp(), s.target(), StandardCopyOption.REPLACE_EXISTING,
              StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
          Files.move(s.temp(), s.target(), StandardCopyOption.REPLACE_EXISTING);
        }
        LIVE.remove(s.temp());
      }
      staged.clear();
      for (Path p : obsolete) {
        Files.deleteIfExists(p);
      }
    }

    @Override
    public synchronized void close() {
      done = true;
      staged.forEach(s -> remove(s.temp()));
      staged.clear();
    }
  }

  private static void remove(Path temp) {
    try {
      Files.deleteIfExists(temp);
    } catch (IOException e) {
      // best effort: the next build's sweep removes it
    }
    LIVE.remove(temp);
  }

  private static void removeLive() {
    for (Path temp : LIVE) {
      try {
        Files.deleteIfExists(temp);
      } catch (IOException e) {
        // the process is ending; the next build sweeps it
      }
    }
  }

  /**
   * Removes temporary files of {@code name} that a killed process left: only our own naming
   * ({@code .NAME.<base-36>.part}), only ones not written to for {@link #STALE}.
   */
  static void sweepStale(Path dir, String name) {
    Pattern ours = Pattern.compile(Pattern.quote("." + name + ".") + "[0-9a-z]{1,13}\\.part");
    Instant before = Instant.now().minus(STALE);
    try (DirectoryStream<Path> parts = Files.newDirectoryStream(dir, "." + globEscape(name) + ".*.part")) {
      for (Path p : parts) {
        if (ours.matcher(p.getFileName().toString()).matches() && !LIVE.contains(p)
            && Files.isRegularFile(p, java.nio.file.LinkOption.NOFOLLOW_LINKS)
            && Files.getLastModifiedTime(p).compareTo(FileTime.from(before)) < 0) {
          Files.deleteIfExists(p);
        }
      }
    } catch (IOException | RuntimeException e) {
      // a sweep that cannot run leaves litter, never a failed build
    }
  }

  private static String globEscape(String s) {
    return s.replaceAll("([\\\\*?\\[\\]{}])", "\\\\$1");
  }

  /**
   * Temporary files are created owner-only (0600); an output is a document to share, so it
   * gets the permissions of the file it replaces, else rw-r--r--.
   */
  private static void shareable(Path temp, Path target) throws IOException {
    try {
      Set<PosixFilePermission> perms = Files.exists(target)
          ? Files.getPosixFilePermissions(target)
          : PosixFilePermissions.fromString("rw-r--r--");
      Files.setPosixFilePermissions(temp, perms);
    } catch (UnsupportedOperationException e) {
      // not a POSIX file system: its defaults apply
    }
  }
}
