package dev.notedeck.cli;

import dev.notedeck.NotedeckException;
import dev.notedeck.resource.NotesDecoder;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.file.Path;

/**
 * Notes read from standard input ({@code notedeck build -}), kept in a hidden temporary file in
 * the current folder while they build, so images they name resolve against the current
 * folder as a user would expect. The outputs are named {@code stdin.*}.
 */
final class StdinNotes implements AutoCloseable {

  static final String OUTPUT_NAME = "stdin";
  /** How messages name notes read from standard input. */
  static final String SHOWN = "<stdin>";

  private final Path file;

  private StdinNotes(Path file) {
    this.file = file;
  }

  static StdinNotes read(InputStream in, BuildOptions options) {
    if (options.inputs.size() != 1) {
      throw new NotedeckException("- (notes on standard input) cannot be mixed with other inputs; "
          + "build them in two runs");
    }
    byte[] notes;
    try {
      // bounded like a notes file: `yes | notedeck build -` must not fill the heap
      notes = in.readNBytes((int) NotesDecoder.MAX_BYTES + 1);
    } catch (IOException e) {
      throw new NotedeckException("-: cannot read standard input (" + e.getMessage() + ")", e);
    }
    if (notes.length > NotesDecoder.MAX_BYTES) {
      throw new NotedeckException("-: standard input holds more than " + (NotesDecoder.MAX_BYTES >> 20)
          + " MB, over the limit for notes; split the notes into one file per event");
    }
    Path file;
    try {
      file = Files.createTempFile(Path.of("").toAbsolutePath(), ".notedeck-stdin-", ".md");
    } catch (IOException notWritableHere) {
      try {
        file = Files.createTempFile("notedeck-stdin-", ".md");
      } catch (IOException e) {
        throw new NotedeckException("-: cannot keep standard input in a temporary file (" + e.getMessage() + ")", e);
      }
    }
    try {
      Files.write(file, notes);
    } catch (IOException e) {
      throw new NotedeckException(file + ": cannot write (" + e.getMessage() + ")", e);
    }
    return new StdinNotes(Path.of("").toAbsolutePath().relativize(file.toAbsolutePath()));
  }

  Path file() {
    return file;
  }

  /** {@code target}, with the temporary file named as the user knows it: {@code <stdin>}. */
  PrintWriter shownAsStdin(PrintWriter target) {
    String absolute = file.toAbsolutePath().toString();
    String relative = file.toString();
    Writer renaming = new Writer() {
      private final StringBuilder line = new StringBuilder();

      @Override
      public synchronized void write(char[] chars, int off, int len) {
        for (int i = off; i < off + len; i++) {
          line.append(chars[i]);
          if (chars[i] == '\n') {
            flushLine();
          }
        }
      }

      private void flushLine() {
        target.write(line.toString().replace(absolute, SHOWN).replace(relative, SHOWN));
        line.setLength(0);
      }

      @Override
      public synchronized void flush() {
        flushLine();
        target.flush();
      }

      @Override
      public void close() {
        flush();
      }
    };
    return new PrintWriter(renaming, true);
  }

  @Override
  public void close() {
    try {
      Files.deleteIfExists(file);
    } catch (IOException e) {
      // a leftover hidden temporary file is no reason to fail the build
    }
  }
}
