package dev.notedeck.resource;

/**
 * An image that passed the policy and decodes: its bytes as read, its real format and size.
 *
 * @param src the reference as written in the notes
 * @param width pixels (SVG: user units from width/height or viewBox, 0 when it gives none)
 */
public record LoadedImage(String src, byte[] bytes, ImageFormat format, int width, int height) {

  public String mime() {
    return format.mime();
  }

  /** A {@code data:} URI of the bytes, for XHTML that must not reference anything outside. */
  public String dataUri() {
    return "data:" + mime() + ";base64," + java.util.Base64.getEncoder().encodeToString(bytes);
  }
}
