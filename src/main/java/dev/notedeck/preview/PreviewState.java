package dev.notedeck.preview;

import dev.notedeck.json.JsonString;
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
        + ",\"error\":" + (error == null ? "null" : JsonString.of(error)) + "}";
  }
}
