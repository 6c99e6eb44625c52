package dev.notedeck.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.net.URI;
import java.util.List;
import java.util.Locale;

/** Opens an address in the user's browser with the system's own opener. */
final class Browser {

  private Browser() {}

  static void open(URI address, PrintWriter err) {
    // java.awt.Desktop needs a window system; notedeck runs headless (Java2D slide images).
    String os = System.getProperty("os.name", "").toLowerCase(Locale.ROOT);
    List<String> command = os.contains("mac") ? List.of("open", address.toString())
        : os.contains("win") ? List.of("rundll32", "url.dll,FileProtocolHandler", address.toString())
        : List.of("xdg-open", address.toString());
    try {
      new ProcessBuilder(command).redirectErrorStream(true)
          .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
    } catch (IOException e) {
      err.println("notedeck: could not open a browser (" + command.get(0) + "); open " + address + " yourself");
      err.flush();
    }
  }
}
