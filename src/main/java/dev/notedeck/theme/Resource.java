package dev.notedeck.theme;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;

/** A file a theme refers to: on disk for user themes, on the class path for built-in ones. */
public sealed interface Resource {

  /** A stable name for messages and caching, e.g. {@code themes/fonts/NanumGothic.ttf}. */
  String name();

  InputStream open() throws IOException;

  /** The largest theme file read (fonts are the large ones: a CJK TrueType font is ~20 MB). */
  long MAX_BYTES = 128L << 20;

  record OnDisk(Path path) implements Resource {
    @Override
    public String name() {
      return path.toString();
    }

    /**
     * Every theme file (font, style sheet, template, picture) is read here: a FIFO or device
     * would hang or never end, and a huge file would fill the heap, so neither is opened.
     */
    @Override
    public InputStream open() throws IOException {
      if (!Files.isRegularFile(path)) {
        throw new IOException(Files.exists(path) ? "not a regular file" : "no such file");
      }
      long size = Files.size(path);
      if (size > MAX_BYTES) {
        throw new IOException("it is " + (size >> 20) + " MB, over the limit of " + (MAX_BYTES >> 20) + " MB");
      }
      return Files.newInputStream(path);
    }
  }

  /**
   * One font of a collection file ({@code .ttc}, {@code .otc}: most installed CJK fonts), chosen
   * by its PostScript name. {@link #open()} gives it as a font file of its own, so every
   * reader of fonts (PDFBox, Java2D, the HTML handout's subsetter) takes it like a {@code .ttf}.
   */
  record InCollection(Path path, String fontName) implements Resource {
    @Override
    public String name() {
      return path + " (" + fontName + ")";
    }

    @Override
    public InputStream open() throws IOException {
      return new java.io.ByteArrayInputStream(FontCollection.extract(path, fontName));
    }
  }

  record OnClassPath(String path) implements Resource {
    @Override
    public String name() {
      return path;
    }

    @Override
    public InputStream open() throws IOException {
      InputStream in = Resource.class.getClassLoader().getResourceAsStream(path);
      if (in == null) {
        throw new java.io.FileNotFoundException(path);
      }
      return in;
    }
  }
}
