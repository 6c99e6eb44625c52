package dev.notedeck.repro;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.BiFunction;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipArchiveOutputStream;

/**
 * A zip "writer" that collects each entry deflated as soon as it is closed, for the final,
 * normalised write. POI saves a package into a {@link ZipArchiveOutputStream} it is given as it
 * is, so handing it this one skips compressing every part once and inflating it again; holding
 * entries packed keeps a deck of ten thousand slides in tens of megabytes. {@code fix} may
 * rewrite an entry's raw bytes first (by name). Bytes written outside any entry (content that
 * writes a finished zip itself) are kept apart as {@link #raw()}.
 */
final class ZipEntries extends ZipArchiveOutputStream {

  private final BiFunction<String, byte[], byte[]> fix;
  private final DeflatedZip.Packer packer = new DeflatedZip.Packer();
  private final Map<String, DeflatedZip.Packed> entries = new LinkedHashMap<>();
  private final ByteArrayOutputStream raw = new ByteArrayOutputStream();
  private final ByteArrayOutputStream current = new ByteArrayOutputStream(1 << 14);
  private String name;

  ZipEntries(BiFunction<String, byte[], byte[]> fix) {
    super(OutputStream.nullOutputStream());
    this.fix = fix;
  }

  Map<String, DeflatedZip.Packed> entries() {
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
        entries.put(name, packer.pack(fix.apply(name, current.toByteArray())));
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
    packer.close();
    def.end();
  }
}
