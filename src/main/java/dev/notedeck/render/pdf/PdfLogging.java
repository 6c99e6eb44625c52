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

  /**
   * PDFBox logs through commons-logging, which prefers the Log4j API that POI brings along; with
   * no Log4j provider that prints a "no provider" error. Route it to Log4j's simple logger at the
   * chosen level, unless the application already configured Log4j (then its choice stands).
   * Takes effect only before Log4j's first use, which is why every render calls it first.
   */
  private static void routeLog4j() {
    String level = verbose ? "WARN" : "OFF";
    setIfAbsent("log4j2.loggerContextFactory",
        "org.apache.logging.log4j.simple.SimpleLoggerContextFactory");
    setIfAbsent("log4j2.simplelogLevel", level);
    setIfAbsent("log4j2.simplelogStatusLoggerLevel", level);
    setIfAbsent("log4j2.statusLoggerLevel", level);
  }

  private static void setIfAbsent(String key, String value) {
    if (System.getProperty(key) == null) {
      System.setProperty(key, value);
    }
  }

  public static boolean isVerbose() {
    return verbose;
  }

  /** Applies the current choice; called before every render, as libraries may reset levels. */
  static synchronized void apply() {
    routeLog4j();
    XRLog.setLoggingEnabled(verbose);
    if (verbose) {
      XRLog.setLevel(XRLog.GENERAL, Level.WARNING);
    }
    for (Logger logger : LOGGERS) {
      logger.setLevel(verbose ? Level.WARNING : Level.OFF);
    }
  }
}
