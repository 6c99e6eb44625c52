package dev.notedeck.preview;

import java.util.List;

/**
 * What the preview shows: the outputs of the last good build (numbered {@code good}, so pages
 * and caches can tell builds apart) and the error of the latest build, if it broke.
 */
record PreviewState(long good, byte[] handout, List<byte[]> slides, String error) {

  static final PreviewState INITIAL = new PreviewState(0, null, List.of(), null);

  PreviewState {
    slides = List.copyOf(slides);
  }

  PreviewState good(byte[] newHandout, List<byte[]> newSlides) {
    return new PreviewState(good + 1, newHandout, newSlides, null);
  }

  /** The last good outputs stay; only the error is new. */
  PreviewState failed(String message) {
    return new PreviewState(good, handout, slides, message);
  }

  String json() {
    return "{\"good\":" + good + ",\"slides\":" + slides.size() + ",\"handout\":" + (handout != null)
        + ",\"error\":" + (error == null ? "null" : quote(error)) + "}";
  }

  static String quote(String s) {
    StringBuilder sb = new StringBuilder("\"");
    for (char c : s.toCharArray()) {
      switch (c) {
        case '"' -> sb.append("\\\"");
        case '\\' -> sb.append("\\\\");
        case '\n' -> sb.append("\\n");
        case '\r' -> sb.append("\\r");
        case '\t' -> sb.append("\\t");
        default -> {
          if (c < 0x20 || c == '\u2028' || c == '\u2029' || c == '<') {
            sb.append(String.format("\\u%04x", (int) c));
          } else {
            sb.append(c);
          }
        }
      }
    }
    return sb.append('"').toString();
  }
}
