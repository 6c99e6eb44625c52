package dev.notedeck.repro;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.util.LinkedHashMap;
import java.util.Map;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipArchiveOutputStream;

/**
 * A zip "writer" that only collects each entry's uncompressed bytes. POI saves a package into a
 * {@link ZipArchiveOutputStream} it is given as it is, so handing it this one skips compressing
 * every part once and inflating it again before the final, normalised write. Bytes written
 * outside any entry (content that writes a finished zip itself) are kept apart as {@link #raw()}.
 */
final class ZipEntries extends ZipArchiveOutputStream {

  private final Map<String, byte[]> entries = new LinkedHashMap<>();
  private final ByteArrayOutputStream raw = new ByteArrayOutputStream();
  private final ByteArrayOutputStream current = new ByteArrayOutputStream(1 << 14);
  private String name;

  ZipEntries() {
    super(OutputStream.nullOutputStream());
  }

  Map<String, byte[]> entries() {
    return entries;
  }

  byte[] raw() {
    return raw.toByteArray();
  }

  @Override
  public void putArchiveEntry(ZipArchiveEntry entry) throws IOException {
    closeArchiveEntry();
    name = entry.getName();
  }

  @Override
  public void closeArchiveEntry() throws IOException {
    if (name != null) {
      if (!name.endsWith("/")) {
        entries.put(name, current.toByteArray());
      }
      current.reset();
      name = null;
    }
  }

  @Override
  public void write(byte[] b, int off, int len) throws IOException {
    (name == null ? raw : current).write(b, off, len);
  }

  @Override
  public void write(int b) throws IOException {
    (name == null ? raw : current).write(b);
  }

  @Override
  public void finish() throws IOException {
    closeArchiveEntry();
  }

  @Override
  public void flush() {}

  /** Also frees the deflater the parent class made and that is never used here. */
  @Override
  public void close() throws IOException {
    finish();
    def.end();
  }
}
