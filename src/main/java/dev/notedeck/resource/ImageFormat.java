package dev.notedeck.resource;

import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Optional;

/** Image formats recognised by their first bytes (never by file name, which may lie). */
public enum ImageFormat {
  PNG("image/png", "png"),
  JPEG("image/jpeg", "jpg"),
  GIF("image/gif", "gif"),
  WEBP("image/webp", "webp"),
  SVG("image/svg+xml", "svg");

  private final String mime;
  private final String extension;

  ImageFormat(String mime, String extension) {
    this.mime = mime;
    this.extension = extension;
  }

  public String mime() {
    return mime;
  }

  public String extension() {
    return extension;
  }

  /** Whether Java's ImageIO (and so both renderers) can decode it as a raster image. */
  public boolean raster() {
    return this == PNG || this == JPEG || this == GIF;
  }

  /** The format the bytes start with, if any of ours. */
  public static Optional<ImageFormat> sniff(byte[] b) {
    if (MagicBytes.startsWith(b, 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A)) {
      return Optional.of(PNG);
    }
    if (MagicBytes.startsWith(b, 0xFF, 0xD8, 0xFF)) {
      return Optional.of(JPEG);
    }
    if (MagicBytes.startsWith(b, 'G', 'I', 'F', '8') && b.length > 5 && (b[4] == '7' || b[4] == '9') && b[5] == 'a') {
      return Optional.of(GIF);
    }
    if (MagicBytes.startsWith(b, 'R', 'I', 'F', 'F') && b.length >= 12
        && b[8] == 'W' && b[9] == 'E' && b[10] == 'B' && b[11] == 'P') {
      return Optional.of(WEBP);
    }
    if (looksLikeSvg(b)) {
      return Optional.of(SVG);
    }
    return Optional.empty();
  }

  private static boolean looksLikeSvg(byte[] b) {
    String head = new String(b, 0, Math.min(b.length, 4096), StandardCharsets.UTF_8)
        .replace("\uFEFF", "").stripLeading().toLowerCase(Locale.ROOT);
    if (!head.startsWith("<")) {
      return false;
    }
    return head.startsWith("<svg") || ((head.startsWith("<?xml") || head.startsWith("<!--")
        || head.startsWith("<!doctype svg")) && head.contains("<svg"));
  }
}
