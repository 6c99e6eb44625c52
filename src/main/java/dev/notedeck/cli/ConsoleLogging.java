package dev.notedeck.cli;

import java.util.logging.Level;
import java.util.logging.LogManager;
import java.util.logging.Logger;

/**
 * POI (Log4j API), PDFBox (commons-logging) and openhtmltopdf (JUL) all log to the console by
 * default; a user should see only notedeck's own lines. Must run before those libraries load.
 */
final class ConsoleLogging {

  private ConsoleLogging() {}

  static void configure(boolean verbose) {
    // Log4j API without a provider prints a "no provider" error; route it to the simple logger.
    System.setProperty("log4j2.loggerContextFactory",
        "org.apache.logging.log4j.simple.SimpleLoggerContextFactory");
    System.setProperty("log4j2.simplelogLevel", verbose ? "WARN" : "OFF");
    System.setProperty("log4j2.simplelogStatusLoggerLevel", verbose ? "WARN" : "OFF");
    System.setProperty("log4j2.statusLoggerLevel", verbose ? "WARN" : "OFF");
    // commons-logging (PDFBox) prefers the Log4j API when present, so it follows the above.
    // JUL: openhtmltopdf's XRLog and anything else.
    LogManager.getLogManager().reset();
    Logger root = Logger.getLogger("");
    root.setLevel(verbose ? Level.WARNING : Level.OFF);
    if (verbose) {
      java.util.logging.ConsoleHandler handler = new java.util.logging.ConsoleHandler();
      handler.setLevel(Level.WARNING);
      root.addHandler(handler);
    }
  }
}
