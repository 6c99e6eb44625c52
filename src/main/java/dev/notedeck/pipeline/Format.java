package dev.notedeck.pipeline;

import java.util.Locale;

/** An output format and its file extension. */
public enum Format {
  PDF("pdf"),
  PPTX("pptx"),
  /** One self-contained HTML handout (fonts and images inlined). */
  HTML("html"),
  /** One image per slide: {@code <base>-01.png}, {@code <base>-02.png}, ... */
  PNG("png");

  private final String extension;

  Format(String extension) {
    this.extension = extension;
  }

  public String extension() {
    return extension;
  }

  /** The file name of output number {@code n} (1-based; only slide images have several). */
  public String fileName(String baseName, int n) {
    return fileName(baseName, n, 1);
  }

  /** ... numbered with as many digits as {@code total} needs (at least two), so names sort. */
  public String fileName(String baseName, int n, int total) {
    if (this != PNG) {
      return baseName + "." + extension;
    }
    int digits = Math.max(2, String.valueOf(total).length());
    return String.format(java.util.Locale.ROOT, "%s-%0" + digits + "d.png", baseName, n);
  }

  /** Parses "pdf" / "pptx" (any case); null when unknown. */
  public static Format fromName(String name) {
    for (Format f : values()) {
      if (f.extension.equals(name.strip().toLowerCase(Locale.ROOT))) {
        return f;
      }
    }
    return null;
  }

  /** "pdf, pptx": the names a user may give to -f. */
  public static String names() {
    return String.join(", ", java.util.Arrays.stream(values()).map(Format::extension).toList());
  }
}
