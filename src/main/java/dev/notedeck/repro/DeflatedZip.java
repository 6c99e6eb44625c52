package dev.notedeck.repro;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.util.zip.CRC32;
import java.util.zip.Deflater;
import java.util.zip.ZipEntry;

/**
 * Writes a zip of whole, in-memory entries, each deflated (by a {@link Packer}) before its header
 * is written so the header carries its sizes and CRC: no data descriptor after each entry (java.util.zip writes one,
 * 16 bytes, for every deflated entry; a deck has hundreds). Plain zip only: {@link #fits} says
 * when a package needs Zip64 (left to {@link java.util.zip.ZipOutputStream}).
 */
final class DeflatedZip implements AutoCloseable {

  private static final int LEVEL = Deflater.DEFAULT_COMPRESSION; // level 9 saves 0.4 KB on the seed deck
  private static final long MAX = 0xFFFF_FFFFL;

  private final OutputStream out;
  private final int dosTime;
  private final ByteArrayOutputStream central = new ByteArrayOutputStream(1 << 14);
  private long offset;
  private int count;

  DeflatedZip(OutputStream out, LocalDateTime time) {
    this.out = out;
    this.dosTime = dosTime(time);
  }

  /** Whether entries of these sizes fit a plain zip (deflate can grow data a little). */
  static boolean fits(int entries, long totalBytes) {
    return entries < 0xFFFF && totalBytes + totalBytes / 8 + 1024L * entries < MAX;
  }

  /** An entry's bytes deflated, with the CRC and size of the raw bytes. */
  record Packed(byte[] deflated, long crc, int size) {}

  /**
   * Deflates entries one by one, ahead of writing them: a package can then be held as packed
   * entries (a tenth of the raw size for slide XML) until its order is known.
   */
  static final class Packer implements AutoCloseable {
    private final Deflater deflater = new Deflater(LEVEL, true);
    private final CRC32 crc = new CRC32();
    private final byte[] buffer = new byte[1 << 16];
    private final ByteArrayOutputStream packed = new ByteArrayOutputStream(1 << 16);

    Packed pack(byte[] data) {
      crc.reset();
      crc.update(data);
      deflater.reset();
      deflater.setInput(data);
      deflater.finish();
      packed.reset();
      while (!deflater.finished()) {
        packed.write(buffer, 0, deflater.deflate(buffer));
      }
      return new Packed(packed.toByteArray(), crc.getValue(), data.length);
    }

    @Override
    public void close() {
      deflater.end();
    }
  }

  void add(String name, Packed entry) throws IOException {
    if (count == 0xFFFF || offset + entry.deflated().length + 1024 > MAX) {
      throw new IOException("package too large for a plain zip: " + count + " entries");
    }
    byte[] nameBytes = name.getBytes(StandardCharsets.UTF_8);
    int flags = nameBytes.length == name.length() ? 0 : 0x0800; // UTF-8 names only when needed
    int packedSize = entry.deflated().length;
    header(out, 0x04034b50, -1, flags, entry.crc(), packedSize, entry.size(), nameBytes);
    header(central, 0x02014b50, offset, flags, entry.crc(), packedSize, entry.size(), nameBytes);
    out.write(nameBytes);
    out.write(entry.deflated());
    central.write(nameBytes);
    offset += 30 + nameBytes.length + packedSize;
    count++;
  }

  /** A local header (when {@code localOffset < 0}) or a central directory header, without the name. */
  private void header(OutputStream to, int signature, long localOffset, int flags, long crc32, long size,
      long rawSize, byte[] name) throws IOException {
    boolean local = localOffset < 0;
    int32(to, signature);
    if (!local) {
      int16(to, 20); // made by
    }
    int16(to, 20); // version needed: deflate
    int16(to, flags);
    int16(to, ZipEntry.DEFLATED);
    int32(to, dosTime);
    int32(to, (int) crc32);
    int32(to, (int) size);
    int32(to, (int) rawSize);
    int16(to, name.length);
    int16(to, 0); // extra field
    if (!local) {
      int16(to, 0); // comment
      int16(to, 0); // disk
      int16(to, 0); // internal attributes
      int32(to, 0); // external attributes
      int32(to, (int) localOffset);
    }
  }

  @Override
  public void close() throws IOException {
    central.writeTo(out);
    int32(out, 0x06054b50);
    int16(out, 0);
    int16(out, 0);
    int16(out, count);
    int16(out, count);
    int32(out, central.size());
    int32(out, (int) offset);
    int16(out, 0); // comment
    out.flush();
  }

  private static int dosTime(LocalDateTime t) {
    if (t.getYear() < 1980) {
      return (1 << 21) | (1 << 16);
    }
    return (t.getYear() - 1980) << 25 | t.getMonthValue() << 21 | t.getDayOfMonth() << 16
        | t.getHour() << 11 | t.getMinute() << 5 | t.getSecond() >> 1;
  }

  private static void int16(OutputStream o, int v) throws IOException {
    o.write(v & 0xFF);
    o.write((v >>> 8) & 0xFF);
  }

  private static void int32(OutputStream o, int v) throws IOException {
    int16(o, v & 0xFFFF);
    int16(o, (v >>> 16) & 0xFFFF);
  }
}
