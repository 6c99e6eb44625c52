package dev.notedeck.render.pdf;

/**
 * The handout as one HTML document in two pieces: {@code head} runs from {@code <html>} to just
 * before {@code </head>}, {@code rest} from there to the end. A caller adds its own head
 * elements between them, so nobody has to search the markup for a place.
 */
public record HandoutMarkup(String head, String rest) {

  /** The whole document with {@code extraHead} inserted at the end of the head. */
  public String with(String extraHead) {
    return head + extraHead + rest;
  }
}
