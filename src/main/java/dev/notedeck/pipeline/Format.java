package dev.notedeck.pipeline;

import java.util.Locale;

/** An output format and its file extension. */
public enum Format {
  PDF("pdf"),
  PPTX("pptx"),
  /** One self-contained HTML handout (fonts and images inlined). */
  HTML("html"),
  /** One image per slide: {@code <base>-01.png}, {@code <base>-02.png}, ... */
  PNG("png"),
  /** The deck's slides with their speaker notes, to print: {@code <base>.slides.pdf}. */
  SLIDES_PDF("slides-pdf", "slides.pdf");

  private final String cliName;
  private final String extension;

  Format(String extension) {
    this(extension, extension);
  }

  Format(String cliName, String extension) {
    this.cliName = cliName;
    this.extension = extension;
  }

  /** The file name's ending after the base name's dot. */
  public String extension() {
    return extension;
  }

  /** The name given to {@code -f}. */
  public String cliName() {
    return cliName;
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

  /** Parses "pdf" / "pptx" / "slides-pdf" (any case); null when unknown. */
  public static Format fromName(String name) {
    for (Format f : values()) {
      if (f.cliName.equals(name.strip().toLowerCase(Locale.ROOT))) {
        return f;
      }
    }
    return null;
  }

  /** The format a file name asks for by its ending ({@code talk.slides.pdf}, {@code talk.pdf}); null if none. */
  public static Format ofFileName(String fileName) {
    String name = fileName.toLowerCase(Locale.ROOT);
    if (name.endsWith("." + SLIDES_PDF.extension) && name.length() > SLIDES_PDF.extension.length() + 1) {
      return SLIDES_PDF;
    }
    int dot = name.lastIndexOf('.');
    Format f = dot > 0 ? fromName(name.substring(dot + 1)) : null;
    return f == SLIDES_PDF ? null : f;
  }

  /** "pdf, pptx": the names a user may give to -f. */
  public static String names() {
    return String.join(", ", java.util.Arrays.stream(values()).map(Format::cliName).toList());
  }
}
