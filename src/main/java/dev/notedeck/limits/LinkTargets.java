package dev.notedeck.limits;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Which link targets may become clickable links in the outputs: web and mail addresses, anchors
 * inside the document, and relative paths. {@code javascript:}, {@code data:}, {@code file:} and
 * other schemes, and targets that are no valid URI even after escaping, stay plain text.
 */
final class LinkTargets {

  private static final Set<String> SCHEMES = Set.of("http", "https", "mailto");
  private static final Pattern SCHEME = Pattern.compile("^([a-zA-Z][a-zA-Z0-9+.-]*):");

  private LinkTargets() {}

  /** The target to link to, escaped where needed; empty when it must not be a link. */
  static Optional<String> safe(String href) {
    if (href == null) {
      return Optional.empty();
    }
    String h = href.strip();
    if (h.isEmpty()) {
      return Optional.empty();
    }
    Matcher m = SCHEME.matcher(h);
    if (m.find() && !SCHEMES.contains(m.group(1).toLowerCase(Locale.ROOT))) {
      return Optional.empty();
    }
    if (h.startsWith("//")) {
      h = "https:" + h;
    }
    if (valid(h)) {
      return Optional.of(h);
    }
    String escaped = escape(h);
    return valid(escaped) ? Optional.of(escaped) : Optional.empty();
  }

  private static boolean valid(String s) {
    try {
      URI uri = new URI(s);
      return uri.getScheme() == null || uri.getRawSchemeSpecificPart() != null;
    } catch (URISyntaxException e) {
      return false;
    }
  }

  /** Percent-escapes what URIs may not hold raw: spaces, quotes, brackets, non-ASCII. */
  private static String escape(String s) {
    StringBuilder sb = new StringBuilder();
    for (byte b : s.getBytes(java.nio.charset.StandardCharsets.UTF_8)) {
      int c = b & 0xFF;
      if (c <= 0x20 || c >= 0x7F || "\"<>\\^`{|}".indexOf(c) >= 0) {
        sb.append('%').append(String.format("%02X", c));
      } else {
        sb.append((char) c);
      }
    }
    return sb.toString();
  }
}
