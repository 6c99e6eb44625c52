package dev.notedeck.render.pdf;

import dev.notedeck.NotedeckException;
import java.util.Arrays;
import java.util.Locale;

/** Which standards the handout conforms to. */
public enum PdfStandard {
  /** Tagged PDF/UA-1 (accessible) that is also PDF/A-3u (archivable). The default. */
  UA1_A3U("ua"),
  /** Plain PDF: no tags, no output intent; the smallest file. */
  NONE("none");

  private final String cliName;

  PdfStandard(String cliName) {
    this.cliName = cliName;
  }

  /** The name on the command line ({@code --pdf-standard ua|none}). */
  public String cliName() {
    return cliName;
  }

  /** Parses a command-line value; throws NotedeckException naming the accepted values. */
  public static PdfStandard parse(String value) {
    String v = value == null ? "" : value.strip().toLowerCase(Locale.ROOT);
    for (PdfStandard s : values()) {
      if (s.cliName.equals(v)) {
        return s;
      }
    }
    if (v.equals("pdf/ua") || v.equals("pdfua") || v.equals("pdf-ua") || v.equals("pdfa")
        || v.equals("pdf/a") || v.equals("ua1-a3u")) {
      return UA1_A3U;
    }
    throw new NotedeckException("unknown PDF standard '" + value + "'; use one of: "
        + String.join(", ", Arrays.stream(values()).map(PdfStandard::cliName).toList()));
  }
}
