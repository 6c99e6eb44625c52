package dev.notedeck.render.pptx;

import java.io.IOException;
import java.util.HashSet;
import java.util.Set;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipArchiveOutputStream;

/**
 * The zip stream POI saves the deck into, in front of the real one: a part written early (a
 * slide streamed out as soon as it was made, see {@link SlideStreamer}) keeps its bytes, and
 * POI's later write of the same part name, from the emptied slide it still holds, is dropped.
 */
final class PartStream extends ZipArchiveOutputStream {

  private final ZipArchiveOutputStream target;
  private final Set<String> written = new HashSet<>();
  private boolean skipping;
  private boolean finished;

  PartStream(ZipArchiveOutputStream target) {
    super(java.io.OutputStream.nullOutputStream());
    this.target = target;
  }

  @Override
  public void putArchiveEntry(ZipArchiveEntry entry) throws IOException {
    skipping = !written.add(entry.getName());
    if (!skipping) {
      target.putArchiveEntry(entry);
    }
  }

  @Override
  public void closeArchiveEntry() throws IOException {
    if (!skipping) {
      target.closeArchiveEntry();
    }
    skipping = false;
  }

  @Override
  public void write(byte[] b, int off, int len) throws IOException {
    if (!skipping) {
      target.write(b, off, len);
    }
  }

  @Override
  public void write(int b) throws IOException {
    if (!skipping) {
      target.write(b);
    }
  }

  @Override
  public void finish() throws IOException {
    if (!finished) { // POI finishes the stream it saved into, and so does close()
      finished = true;
      target.finish();
    }
  }

  @Override
  public void flush() throws IOException {
    target.flush();
  }

  /** Finishes the target (the caller closes its own stream); frees this stream's unused deflater. */
  @Override
  public void close() throws IOException {
    finish();
    def.end();
  }
}
