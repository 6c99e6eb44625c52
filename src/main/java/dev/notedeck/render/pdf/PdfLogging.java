package dev.notedeck.render.pdf;

import com.openhtmltopdf.util.XRLog;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Keeps openhtmltopdf, PDFBox and FontBox quiet: by default a render prints nothing. The CLI
 * calls {@link #verbose()} for {@code --verbose} to see their warnings on stderr.
 */
public final class PdfLogging {
  /** Held strongly: java.util.logging forgets configured levels of loggers nobody references. */
  private static final List<Logger> LOGGERS = List.of(
      Logger.getLogger("com.openhtmltopdf"),
      Logger.getLogger("org.apache.pdfbox"),
      Logger.getLogger("org.apache.fontbox"));

  private static volatile boolean verbose;

  private PdfLogging() {}

  /** Silences the PDF libraries (the default). */
  public static synchronized void quiet() {
    verbose = false;
    apply();
  }

  /** Lets the PDF libraries report warnings and errors. */
  public static synchronized void verbose() {
    verbose = true;
    apply();
  }

  public static boolean isVerbose() {
    return verbose;
  }

  /** Applies the current choice; called before every render, as libraries may reset levels. */
  static synchronized void apply() {
    XRLog.setLoggingEnabled(verbose);
    if (verbose) {
      XRLog.setLevel(XRLog.GENERAL, Level.WARNING);
    }
    for (Logger logger : LOGGERS) {
      logger.setLevel(verbose ? Level.WARNING : Level.OFF);
    }
  }
}
