package dev.notedeck.fonts;

import dev.notedeck.theme.Resource;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.Arrays;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.fontbox.ttf.OTFParser;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;

/**
 * TrueType and OpenType files (and fonts of collections) parsed once per JVM and shared by every handout and deck, on every thread.
 * Handing openhtmltopdf an InputStream instead makes it copy and parse the whole file
 * (NanumGothic is 4.6 MB, with an 11,000-glyph cmap) for each face of each render; each document
 * now only wraps the parsed font (FontBox 3 guards the font's table and glyph reads with locks).
 * The deck planner measures text with the same parsed fonts ({@link FontMetrics}).
 * A file of a user theme is read again when its size or modification time changes.
 */
public final class ParsedFonts {
  private record Key(Resource resource, long size, long modified) {}

  private static final Map<Key, TrueTypeFont> PARSED = new ConcurrentHashMap<>();

  private ParsedFonts() {}

  /** The parsed font; throws UncheckedIOException naming the file if it cannot be read. */
  public static TrueTypeFont of(Resource file) {
    return PARSED.computeIfAbsent(key(file), k -> parse(k.resource()));
  }

  private static Key key(Resource file) {
    java.nio.file.Path path = file instanceof Resource.OnDisk disk ? disk.path()
        : file instanceof Resource.InCollection member ? member.path() : null;
    if (path != null) {
      try {
        BasicFileAttributes a = Files.readAttributes(path, BasicFileAttributes.class);
        return new Key(file, a.size(), a.lastModifiedTime().toMillis());
      } catch (IOException e) {
        throw new UncheckedIOException("font " + file.name() + " cannot be read", e);
      }
    }
    return new Key(file, 0, 0);
  }

  /**
   * The whole stream in one array. Jar entries and files report their remaining size in
   * {@code available()}; reading into an array of that size skips readAllBytes' growing and
   * copying of buffers (four fonts of up to 4.6 MB: about 50 ms of a cold build's CPU). The size
   * is only a hint: whatever differs is still read.
   */
  static byte[] readAll(InputStream in) throws IOException {
    byte[] bytes = new byte[Math.max(in.available(), 0)];
    int n = in.readNBytes(bytes, 0, bytes.length);
    byte[] rest = in.readAllBytes();
    if (n == bytes.length && rest.length == 0) {
      return bytes;
    }
    byte[] all = Arrays.copyOf(bytes, n + rest.length);
    System.arraycopy(rest, 0, all, n, rest.length);
    return all;
  }

  /**
   * Retags a CFF-outline font's {@code CFF } table as {@code CFF2}, which FontBox keeps as
   * plain bytes: such fonts only measure the deck's text (cmap, hmtx; the handout refuses
   * them), and parsing a CJK font's 65,000 outlines up front took seconds per face.
   */
  private static void hideOutlines(byte[] font) {
    java.nio.ByteBuffer b = java.nio.ByteBuffer.wrap(font);
    int tables = b.getShort(4) & 0xffff;
    for (int i = 0; i < tables && 12 + 16 * i + 4 <= font.length; i++) {
      if (b.getInt(12 + 16 * i) == 0x43464620) { // "CFF "
        b.putInt(12 + 16 * i, 0x43464632); // "CFF2"
      }
    }
  }

  /**
   * A TrueType or OpenType font; CFF outlines ({@code OTTO}) are read for their metrics. A
   * font of a collection arrives as a font file of its own ({@link Resource.InCollection}).
   */
  private static TrueTypeFont parse(Resource file) {
    try (InputStream in = file.open()) {
      byte[] bytes = readAll(in);
      boolean cff = bytes.length >= 4 && bytes[0] == 'O' && bytes[1] == 'T' && bytes[2] == 'T'
          && bytes[3] == 'O';
      if (cff) {
        hideOutlines(bytes);
        return new OTFParser().parse(new RandomAccessReadBuffer(bytes));
      }
      return new TTFParser().parse(new RandomAccessReadBuffer(bytes));
    } catch (IOException e) {
      throw new UncheckedIOException("font " + file.name() + " cannot be read", e);
    } catch (RuntimeException e) {
      // fontbox on a damaged file: an index out of range, a null table
      throw new UncheckedIOException("font " + file.name() + " cannot be read",
          new IOException("it is not a TrueType font or it is damaged (" + e.getClass().getSimpleName() + ")", e));
    }
  }

}
