package dev.notedeck.cli;

import dev.notedeck.pipeline.Builder;
import java.util.Locale;

/**
 * A head start for a one-shot build: before picocli has even parsed the command line, a second
 * core starts loading the deck library (POI and its schema types, the slowest thing a cold
 * build loads). The guess is made from the raw arguments; a wrong guess only costs idle CPU, as
 * the build itself loads whatever it really needs.
 */
final class StartupWarmup {

  private StartupWarmup() {}

  static void start(String[] args) {
    if (buildsDeck(args)) {
      Builder.preloadDeckLibrary();
    }
  }

  /** Whether the arguments ask for a build that writes a deck (pptx, or png slide images). */
  static boolean buildsDeck(String[] args) {
    if (args.length == 0 || !(args[0].equals("build") || args[0].equals("watch"))) {
      return false;
    }
    String formats = null;
    String output = null;
    for (int i = 1; i < args.length; i++) {
      String a = args[i];
      if (a.equals("-h") || a.equals("--help") || a.equals("-V") || a.equals("--version")) {
        return false;
      }
      String value = i + 1 < args.length ? args[i + 1] : "";
      if (a.equals("-f") || a.equals("--format")) {
        formats = (formats == null ? "" : formats + ",") + value;
      } else if (a.startsWith("--format=")) {
        formats = (formats == null ? "" : formats + ",") + a.substring("--format=".length());
      } else if (a.startsWith("-f") && a.length() > 2 && !a.startsWith("--")) {
        formats = (formats == null ? "" : formats + ",") + a.substring(2).replaceFirst("^=", "");
      } else if (a.equals("-o") || a.equals("--output")) {
        output = value;
      } else if (a.startsWith("--output=")) {
        output = a.substring("--output=".length());
      }
    }
    if (formats != null) {
      String f = formats.toLowerCase(Locale.ROOT);
      return f.contains("pptx") || f.contains("png");
    }
    // one output file named by the user: its extension picks the format
    if (output != null) {
      String o = output.toLowerCase(Locale.ROOT);
      return !(o.endsWith(".pdf") || o.endsWith(".html") || o.endsWith(".htm"));
    }
    return true;
  }
}
