package dev.notedeck.build;

import java.util.Locale;

/** An output format and its file extension. */
public enum Format {
  PDF("pdf"),
  PPTX("pptx");

  private final String extension;

  Format(String extension) {
    this.extension = extension;
  }

  public String extension() {
    return extension;
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
}
