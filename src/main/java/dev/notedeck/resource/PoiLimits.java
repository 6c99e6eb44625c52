package dev.notedeck.resource;

import org.apache.poi.openxml4j.util.ZipSecureFile;

/**
 * POI's guards, kept as a backstop for every package we open: no entry beyond 256 MB (POI allows
 * 4 GB) and no more than 1,000 entries. The only package from outside, a theme's template.pptx,
 * is checked by {@link TemplatePackage} before POI sees it. POI's inflate-ratio check is off: it
 * refused our own deck holding a plain photo (a flat 8000 x 8000 JPEG deflates 1000:1).
 */
public final class PoiLimits {

  public static final long MAX_ENTRY_BYTES = 256L << 20;

  static {
    ZipSecureFile.setMinInflateRatio(0);
    ZipSecureFile.setMaxEntrySize(MAX_ENTRY_BYTES);
    ZipSecureFile.setMaxFileCount(1000);
  }

  private PoiLimits() {}

  /** Puts the limits in force (idempotent); call before opening a package. */
  public static void enforce() {
    // the static initializer did the work
  }

  /** POI's reason for refusing a package, as a few words on one line. */
  public static String reason(Throwable e) {
    String message = String.valueOf(e.getMessage());
    if (message.contains("Zip bomb") || message.contains("max. ratio") || message.contains("exceed")) {
      return "it expands to far more than its size, like a zip bomb";
    }
    int end = message.indexOf('\n');
    return end < 0 ? message : message.substring(0, end);
  }
}
