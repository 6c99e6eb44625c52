package dev.notedeck.cli;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;
import picocli.CommandLine;

/** Reads the version Maven wrote into {@code notedeck-version.properties}. */
final class VersionProvider implements CommandLine.IVersionProvider {

  static String version() {
    try (InputStream in = VersionProvider.class.getResourceAsStream("/notedeck-version.properties")) {
      if (in != null) {
        Properties p = new Properties();
        p.load(in);
        return p.getProperty("version", "dev");
      }
    } catch (IOException ignored) {
      // fall through: a missing version is not worth failing over
    }
    return "dev";
  }

  @Override
  public String[] getVersion() {
    return new String[] {"notedeck " + version(), "Java " + System.getProperty("java.version")};
  }
}
