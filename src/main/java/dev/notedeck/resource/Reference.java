package dev.notedeck.resource;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** What a reference in the notes (an image {@code src}, a stylesheet URL) points at. */
sealed interface Reference {

  /** An http(s) or ftp URL, or a protocol-relative {@code //host/x}. */
  record Remote(URI uri) implements Reference {}

  /** A path on disk, relative to the notes' folder or absolute. */
  record Local(String path) implements Reference {}

  /** A {@code data:} URI: its content is inline, nothing is read. */
  record Data(String uri) implements Reference {}

  Pattern SCHEME = Pattern.compile("^([a-zA-Z][a-zA-Z0-9+.-]*):");

  /** Classifies {@code src} as written; throws for schemes we never follow. */
  static Reference of(String src) throws Refusal {
    String s = src.strip();
    if (s.isEmpty()) {
      throw new Refusal("the reference is empty");
    }
    if (s.startsWith("//") || s.startsWith("\\\\")) {
      return remote(s.startsWith("//") ? "http:" + s : s);
    }
    Matcher m = SCHEME.matcher(s);
    if (m.find() && m.group(1).length() > 1) { // one letter is a Windows drive: C:\x
      String scheme = m.group(1).toLowerCase(Locale.ROOT);
      switch (scheme) {
        case "http", "https", "ftp" -> {
          return remote(s);
        }
        case "data" -> {
          return new Data(s);
        }
        case "file" -> throw new Refusal("file: URLs are never read; write a path relative to the notes file");
        default -> throw new Refusal("'" + scheme + ":' references are not supported");
      }
    }
    return new Local(s);
  }

  private static Remote remote(String s) throws Refusal {
    if (s.startsWith("\\\\")) {
      throw new Refusal("network share paths are never read; copy the file next to the notes");
    }
    try {
      URI uri = new URI(s.replace(" ", "%20"));
      if (uri.getHost() == null) {
        throw new Refusal("it is not a valid URL (no host)");
      }
      return new Remote(uri);
    } catch (URISyntaxException e) {
      throw new Refusal("it is not a valid URL");
    }
  }
}
