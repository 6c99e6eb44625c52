package dev.notedeck.theme;

import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.file.Path;
import java.util.List;

/**
 * Takes one font out of a collection file ({@code .ttc}/{@code .otc}) as a font file of its own:
 * its table directory and the tables it points at, with offsets made relative to the new file.
 * Collections share tables between their fonts, so each font copies only what it uses.
 */
final class FontCollection {
  /** More tables than any real font has: a corrupt file, not a font. */
  private static final int MAX_TABLES = 512;

  private FontCollection() {}

  /** The font named {@code postScriptName} of the collection, as a standalone font file. */
  static byte[] extract(Path collection, String postScriptName) throws IOException {
    List<FontFaces.Face> faces = FontFaces.read(collection);
    int index = -1;
    for (int i = 0; i < faces.size(); i++) {
      if (faces.get(i).postScriptName().equals(postScriptName)) {
        index = i;
        break;
      }
    }
    if (index < 0) {
      throw new IOException(collection.getFileName() + " has no font named " + postScriptName);
    }
    try (RandomAccessFile in = new RandomAccessFile(collection.toFile(), "r")) {
      in.seek(8);
      long count = in.readInt() & 0xffffffffL;
      if (index >= count) {
        throw new IOException("the collection holds " + count + " fonts");
      }
      in.seek(12 + 4L * index);
      return font(in, in.readInt() & 0xffffffffL);
    }
  }

  private static byte[] font(RandomAccessFile in, long start) throws IOException {
    in.seek(start);
    int version = in.readInt();
    int tables = in.readUnsignedShort();
    int searchRange = in.readUnsignedShort();
    int entrySelector = in.readUnsignedShort();
    int rangeShift = in.readUnsignedShort();
    if (tables == 0 || tables > MAX_TABLES) {
      throw new IOException("a font with " + tables + " tables");
    }
    int[] tag = new int[tables];
    int[] checksum = new int[tables];
    long[] offset = new long[tables];
    long[] length = new long[tables];
    long total = 12 + 16L * tables;
    for (int i = 0; i < tables; i++) {
      tag[i] = in.readInt();
      checksum[i] = in.readInt();
      offset[i] = in.readInt() & 0xffffffffL;
      length[i] = in.readInt() & 0xffffffffL;
      if (offset[i] + length[i] > in.length()) {
        throw new IOException("a table runs past the end of the file");
      }
      total += (length[i] + 3) & ~3L;
    }
    if (total > Integer.MAX_VALUE - 8) {
      throw new IOException("a font too large to read");
    }
    ByteArrayOutputStream bytes = new ByteArrayOutputStream((int) total);
    DataOutputStream out = new DataOutputStream(bytes);
    out.writeInt(version);
    out.writeShort(tables);
    out.writeShort(searchRange);
    out.writeShort(entrySelector);
    out.writeShort(rangeShift);
    long next = 12 + 16L * tables;
    for (int i = 0; i < tables; i++) {
      out.writeInt(tag[i]);
      out.writeInt(checksum[i]);
      out.writeInt((int) next);
      out.writeInt((int) length[i]);
      next += (length[i] + 3) & ~3L;
    }
    for (int i = 0; i < tables; i++) {
      byte[] table = new byte[(int) length[i]];
      in.seek(offset[i]);
      in.readFully(table);
      out.write(table);
      out.write(new byte[(int) (((length[i] + 3) & ~3L) - length[i])]);
    }
    return bytes.toByteArray();
  }
}
