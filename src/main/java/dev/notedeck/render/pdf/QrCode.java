package dev.notedeck.render.pdf;

import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;
import com.google.zxing.qrcode.encoder.ByteMatrix;
import com.google.zxing.qrcode.encoder.Encoder;
import java.awt.geom.Path2D;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A QR code for one link, as the square of modules ZXing's encoder chose, ready to be drawn as
 * vector shapes (no image: it stays sharp at any print size and adds a few hundred bytes).
 */
public final class QrCode {
  /** Modules of white around the code, on each side (the standard asks for 4; 2 scan well on white paper). */
  public static final int QUIET_ZONE = 2;

  /**
   * Codes already encoded in this JVM, by text. Encoding scores all eight masks; a handout asks
   * for each code three times (its size twice while writing the XHTML, then to draw it), and a
   * rebuild in watch mode or a batch of similar notes asks for the same links again: encoding
   * was 4-5 % of a warm handout render's CPU samples. The matrix is only read once made.
   */
  private static final int CACHED = 512;

  private static final Map<String, QrCode> ENCODED = new LinkedHashMap<>(64, 0.75f, true) {
    @Override
    protected boolean removeEldestEntry(Map.Entry<String, QrCode> eldest) {
      return size() > CACHED;
    }
  };

  private final ByteMatrix modules;

  private QrCode(ByteMatrix modules) {
    this.modules = modules;
  }

  /**
   * Level M restores a code with 15% of it smudged or folded; UTF-8 so a Korean path in a link
   * reads back as written.
   */
  public static QrCode of(String text) {
    synchronized (ENCODED) {
      QrCode known = ENCODED.get(text);
      if (known != null) {
        return known;
      }
    }
    QrCode made = encode(text);
    synchronized (ENCODED) {
      ENCODED.put(text, made);
    }
    return made;
  }

  private static QrCode encode(String text) {
    try {
      return new QrCode(Encoder.encode(text, ErrorCorrectionLevel.M,
          Map.of(EncodeHintType.CHARACTER_SET, StandardCharsets.UTF_8.name())).getMatrix());
    } catch (WriterException e) {
      // only text beyond a version 40 code (about 2 KB) fails; links are far shorter
      throw new IllegalArgumentException("no QR code holds " + text.length() + " characters", e);
    }
  }

  /** Modules per side, without the quiet zone. */
  public int modules() {
    return modules.getWidth();
  }

  /** Modules per side with the quiet zone on both sides: what the printed square holds. */
  public int span() {
    return modules() + 2 * QUIET_ZONE;
  }

  /**
   * The dark modules as one path of rectangles, each a horizontal run of dark modules, for a
   * printed square of side {@code side} whose top-left corner is at ({@code x}, {@code y}), y
   * downwards. Runs keep the path short and leave no hairline seams between neighbours.
   */
  public Path2D.Double darkModules(double x, double y, double side) {
    double pitch = side / span();
    Path2D.Double path = new Path2D.Double();
    int n = modules();
    for (int row = 0; row < n; row++) {
      int col = 0;
      while (col < n) {
        if (modules.get(col, row) != 1) {
          col++;
          continue;
        }
        int start = col;
        while (col < n && modules.get(col, row) == 1) {
          col++;
        }
        double left = x + (start + QUIET_ZONE) * pitch;
        double top = y + (row + QUIET_ZONE) * pitch;
        path.append(new java.awt.geom.Rectangle2D.Double(left, top, (col - start) * pitch, pitch),
            false);
      }
    }
    return path;
  }
}
