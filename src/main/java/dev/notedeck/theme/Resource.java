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

  record OnDisk(Path path) implements Resource {
    @Override
    public String name() {
      return path.toString();
    }

    @Override
    public InputStream open() throws IOException {
      return Files.newInputStream(path);
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
