package dev.notedeck.resource;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Locale;

/** Reading with a cap, and sizes for people. */
final class Sizes {

  private Sizes() {}

  /** Reads all of {@code in}, refusing once more than {@code max} bytes arrive. */
  static byte[] readCapped(InputStream in, long max) throws IOException, Refusal {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    byte[] buf = new byte[1 << 16];
    long total = 0;
    for (int n; (n = in.read(buf)) > 0; ) {
      total += n;
      if (total > max) {
        throw new Refusal("it is over the limit of " + human(max));
      }
      out.write(buf, 0, n);
    }
    return out.toByteArray();
  }

  static String human(long bytes) {
    if (bytes >= 1 << 20) {
      return String.format(Locale.ROOT, "%.1f MB", bytes / 1048576.0);
    }
    if (bytes >= 1 << 10) {
      return String.format(Locale.ROOT, "%.1f KB", bytes / 1024.0);
    }
    return bytes + " bytes";
  }
}
