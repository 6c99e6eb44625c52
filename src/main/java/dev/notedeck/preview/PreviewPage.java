package dev.notedeck.preview;

import java.nio.charset.StandardCharsets;

/** The preview page: preview.html of this package, with the notes' name as its title. */
final class PreviewPage {

  private PreviewPage() {}

  static byte[] html(String title) {
    String page = new String(PreviewServer.resource("preview.html"), StandardCharsets.UTF_8);
    return page.replace("{{title}}", escape(title)).getBytes(StandardCharsets.UTF_8);
  }

  private static String escape(String s) {
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
  }
}
