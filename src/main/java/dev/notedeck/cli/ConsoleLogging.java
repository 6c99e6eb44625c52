package dev.notedeck.cli;

import java.util.logging.Level;
import java.util.logging.LogManager;
import java.util.logging.Logger;

/**
 * POI (Log4j API), PDFBox (commons-logging) and openhtmltopdf (JUL) all log to the console by
 * default; a user should see only notedeck's own lines, even with -v; {@code --debug} shows
 * theirs too. Must run before those libraries load.
 */
final class ConsoleLogging {

  private ConsoleLogging() {}

  static void configure(boolean debug) {
    // Log4j API without a provider prints a "no provider" error; route it to the simple logger.
    set("log4j2.loggerContextFactory", "org.apache.logging.log4j.simple.SimpleLoggerContextFactory");
    set("log4j2.simplelogLevel", debug ? "WARN" : "OFF");
    set("log4j2.simplelogStatusLoggerLevel", debug ? "WARN" : "OFF");
    set("log4j2.statusLoggerLevel", debug ? "WARN" : "OFF");
    // commons-logging (PDFBox) prefers the Log4j API when present, so it follows the above.
    // JUL: openhtmltopdf's XRLog and anything else.
    LogManager.getLogManager().reset();
    Logger root = Logger.getLogger("");
    root.setLevel(debug ? Level.WARNING : Level.OFF);
    if (debug) {
      java.util.logging.ConsoleHandler handler = new java.util.logging.ConsoleHandler();
      handler.setLevel(Level.WARNING);
      root.addHandler(handler);
    }
  }

  /**
   * Only when it changes: Log4j reads the system properties once, while it initialises, maybe
   * on a render thread of an earlier build in this JVM; a write at that moment breaks it.
   */
  private static void set(String key, String value) {
    if (!value.equals(System.getProperty(key))) {
      System.setProperty(key, value);
    }
  }
}
