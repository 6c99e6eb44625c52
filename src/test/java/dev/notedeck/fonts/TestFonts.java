package dev.notedeck.fonts;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Font files for tests, made at test time so no large font is committed: a collection
 * ({@code .ttc}/{@code .otc}) joined from single fonts, the way font packages ship CJK fonts.
 */
public final class TestFonts {
  /** CFF-outline OpenType fonts of Debian's fonts-urw-base35 (.ci/run installs it). */
  public static final Path URW = Path.of("/usr/share/fonts/opentype/urw-base35");

  private TestFonts() {}

  /** A bundled Nanum font's bytes, e.g. {@code NanumSquareR.ttf}. */
  public static byte[] bundled(String file) throws IOException {
    try (InputStream in = TestFonts.class.getClassLoader().getResourceAsStream("themes/fonts/" + file)) {
      if (in == null) {
        throw new IOException("no bundled font " + file);
      }
      return in.readAllBytes();
    }
  }

  /**
   * Writes a collection holding {@code fonts} in order: the TTC header, then each font with
   * its table offsets moved by where it now starts.
   */
  public static Path collection(Path file, List<byte[]> fonts) throws IOException {
    int header = 12 + 4 * fonts.size();
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteBuffer head = ByteBuffer.allocate(header);
    head.put("ttcf".getBytes(java.nio.charset.StandardCharsets.US_ASCII)).putInt(0x00010000)
        .putInt(fonts.size());
    List<byte[]> moved = new ArrayList<>();
    int at = header;
    for (byte[] font : fonts) {
      head.putInt(at);
      ByteBuffer copy = ByteBuffer.wrap(font.clone());
      int tables = copy.getShort(4) & 0xffff;
      for (int i = 0; i < tables; i++) {
        int offsetField = 12 + 16 * i + 8;
        copy.putInt(offsetField, copy.getInt(offsetField) + at);
      }
      moved.add(copy.array());
      at += (font.length + 3) & ~3;
    }
    out.write(head.array());
    for (byte[] font : moved) {
      out.write(font);
      out.write(new byte[((font.length + 3) & ~3) - font.length]);
    }
    Files.createDirectories(file.toAbsolutePath().getParent());
    Files.write(file, out.toByteArray());
    return file;
  }
}
