package dev.notedeck.resource;

import dev.notedeck.diagnostics.Diagnostics;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The one way a renderer reads anything a document refers to. Applies a {@link ResourcePolicy}
 * and reports every refusal as one warning (once per reference, however many renderers ask),
 * so a skipped image never stops a build.
 *
 * <p>Refused: remote URLs without {@code --allow-remote}, {@code file:} URLs and other schemes,
 * paths whose target (after {@code ..} and symlinks) lies outside the allowed folders, files
 * over the size cap, and images that are not PNG, JPEG or GIF or do not decode.
 */
public final class ResourceLoader {

  private final ResourcePolicy policy;
  private final Diagnostics diagnostics;
  private final List<Path> realRoots;
  private final Map<String, Optional<LoadedImage>> images = new ConcurrentHashMap<>();
  private final Map<String, Optional<byte[]>> files = new ConcurrentHashMap<>();
  private final PixelBudget ownPixels;
  private final PixelBudget buildPixels;
  private volatile RemoteFetcher fetcher;

  public ResourceLoader(ResourcePolicy policy, Diagnostics diagnostics) {
    this(policy, diagnostics, null);
  }

  /**
   * A loader for one notes file of a build: its images decode within the policy's cap for one
   * notes file and within {@code buildPixels}, which every notes file of the build shares (null:
   * no more than the notes file's own cap).
   */
  public ResourceLoader(ResourcePolicy policy, Diagnostics diagnostics, PixelBudget buildPixels) {
    this.policy = Objects.requireNonNull(policy, "policy");
    this.diagnostics = Objects.requireNonNull(diagnostics, "diagnostics");
    this.ownPixels = new PixelBudget(policy.maxTotalPixels(), "these notes");
    this.buildPixels = buildPixels;
    List<Path> real = new ArrayList<>();
    for (Path root : policy.localRoots()) {
      try {
        real.add(root.toRealPath());
      } catch (IOException | SecurityException e) {
        // A root that does not exist yet allows nothing beyond its lexical path.
      }
    }
    this.realRoots = List.copyOf(real);
  }

  public ResourcePolicy policy() {
    return policy;
  }

  /** An image the notes refer to, or empty (with a warning) when it may not or cannot be used. */
  public Optional<LoadedImage> image(String src, Path baseDir) {
    return image(src, baseDir, null, 0);
  }

  /**
   * Like {@link #image(String, Path)}, naming {@code sourceFile:line} in the warning.
   * Only PNG, JPEG and GIF are returned: the formats both renderers can embed.
   */
  public Optional<LoadedImage> image(String src, Path baseDir, Path sourceFile, int line) {
    String key = baseDir + "\0" + src;
    return images.computeIfAbsent(key, k -> {
      try {
        return Optional.of(loadImage(src, baseDir));
      } catch (Refusal r) {
        diagnostics.warn(sourceFile, line, "image.skipped", "image '" + shown(src) + "' skipped: " + r.getMessage());
        return Optional.empty();
      }
    });
  }

  /**
   * A theme's logo: like {@link #image(String, Path)}, but an SVG is kept as it is (its size
   * read from its root element), for the renderers that draw it as vectors.
   */
  public Optional<LoadedImage> vectorOrImage(String src, Path baseDir) {
    String key = baseDir + "\0svg\0" + src;
    return images.computeIfAbsent(key, k -> {
      try {
        byte[] bytes = read(Reference.of(src), baseDir);
        if (ImageFormat.sniff(bytes).orElse(null) == ImageFormat.SVG) {
          int[] size = SvgSize.of(bytes);
          return Optional.of(new LoadedImage(src, bytes, ImageFormat.SVG, size[0], size[1]));
        }
        return Optional.of(loadImage(src, baseDir));
      } catch (Refusal r) {
        diagnostics.warn(null, 0, "image.skipped", "image '" + shown(src) + "' skipped: " + r.getMessage());
        return Optional.empty();
      }
    });
  }

  /**
   * The bytes of any other resource (a stylesheet, a font) under the same rules, or empty with
   * a warning naming it as {@code what} ("stylesheet").
   */
  public Optional<byte[]> bytes(String src, Path baseDir, String what) {
    String key = baseDir + "\0" + src;
    return files.computeIfAbsent(key, k -> {
      try {
        return Optional.of(read(Reference.of(src), baseDir));
      } catch (Refusal r) {
        diagnostics.warn(null, 0, "resource.skipped", what + " '" + shown(src) + "' skipped: " + r.getMessage());
        return Optional.empty();
      }
    });
  }

  /** Whether a resolved absolute URI (as a renderer's engine sees it) may be read at all. */
  public boolean permits(URI uri) {
    String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(java.util.Locale.ROOT);
    return switch (scheme) {
      case "data" -> true;
      case "http", "https" -> policy.allowRemote();
      case "file" -> {
        try {
          Path p = Path.of(uri);
          yield inRoots(p.toAbsolutePath().normalize())
              && (!Files.exists(p) || inRealRoots(p.toRealPath()));
        } catch (IOException | RuntimeException e) {
          yield false;
        }
      }
      default -> false;
    };
  }

  private LoadedImage loadImage(String src, Path baseDir) throws Refusal {
    if (src == null) {
      throw new Refusal("the reference is empty");
    }
    byte[] bytes = read(Reference.of(src), baseDir);
    ImageFormat format = ImageFormat.sniff(bytes).orElseThrow(() -> new Refusal(bytes.length == 0
        ? "the file is empty" : "it is not a PNG, JPEG or GIF image"));
    if (!format.raster()) {
      throw new Refusal(format.name() + " images are not supported; convert it to PNG or JPEG");
    }
    try {
      ImageProbe.Probed p = ImageProbe.probe(bytes, format, policy.maxPixels(), this::takePixels);
      return new LoadedImage(src, p.bytes(), p.format(), p.width(), p.height());
    } catch (ImageProbe.BadImage e) {
      throw new Refusal(e.getMessage());
    }
  }

  /**
   * Every image decoded for this loader (one notes file) draws on its budget and on the build's,
   * so many images each under the per-image cap cannot add up to minutes of decoding and
   * gigabytes of heap, in one notes file or across the files of a build.
   */
  private void takePixels(long cost) throws ImageProbe.BadImage {
    ownPixels.take(cost);
    if (buildPixels != null) {
      try {
        buildPixels.take(cost);
      } catch (ImageProbe.BadImage e) {
        ownPixels.giveBack(cost);
        throw e;
      }
    }
  }

  private byte[] read(Reference ref, Path baseDir) throws Refusal {
    if (ref instanceof Reference.Remote remote) {
      if (!policy.allowRemote()) {
        throw new Refusal("remote files are not fetched unless you pass --allow-remote");
      }
      return fetcher().fetch(remote.uri());
    }
    if (ref instanceof Reference.Data data) {
      return decodeData(data.uri());
    }
    return readLocal(((Reference.Local) ref).path(), baseDir);
  }

  private RemoteFetcher fetcher() {
    RemoteFetcher f = fetcher;
    if (f == null) {
      synchronized (this) {
        if (fetcher == null) {
          fetcher = new RemoteFetcher(policy.remoteTimeout(), policy.maxBytes());
        }
        f = fetcher;
      }
    }
    return f;
  }

  private byte[] readLocal(String written, Path baseDir) throws Refusal {
    Path base = (baseDir == null ? Path.of("") : baseDir).toAbsolutePath().normalize();
    Path file = resolve(written, base);
    if (!Files.exists(file, LinkOption.NOFOLLOW_LINKS) && written.contains("%")) {
      file = resolve(percentDecode(written), base); // Markdown writes "my%20photo.png"
    }
    if (!inRoots(file)) {
      throw new Refusal((Path.of(written.replace('\\', '/')).isAbsolute() || written.matches("^[a-zA-Z]:.*")
          ? "absolute paths" : "paths") + " outside the notes' folder are not read; "
          + "copy the file next to the notes or pass --allow-local-files DIR");
    }
    if (!Files.exists(file)) {
      throw new Refusal(Files.exists(file, LinkOption.NOFOLLOW_LINKS)
          ? "it is a broken link" : "no such file (" + shown(file.toString()) + ")");
    }
    Path real;
    try {
      real = file.toRealPath();
    } catch (IOException e) {
      throw new Refusal("cannot resolve it (" + shown(e.getMessage()) + ")");
    }
    if (!inRealRoots(real)) {
      throw new Refusal("it links to " + shown(real.toString()) + ", outside the notes' folder; "
          + "copy the file next to the notes or pass --allow-local-files DIR");
    }
    if (!Files.isRegularFile(real)) {
      throw new Refusal("it is not a file");
    }
    try {
      long size = Files.size(real);
      if (size > policy.maxBytes()) {
        throw new Refusal("it is " + Sizes.human(size) + ", over the limit of " + Sizes.human(policy.maxBytes()));
      }
      try (InputStream in = Files.newInputStream(real)) {
        return Sizes.readCapped(in, policy.maxBytes());
      }
    } catch (IOException e) {
      throw new Refusal("cannot read it (" + e.getClass().getSimpleName() + ")");
    }
  }

  private static Path resolve(String written, Path base) throws Refusal {
    try {
      String path = written;
      int cut = indexOfAny(path, '?', '#'); // "pic.png?raw=1" and "pic.svg#layer" name pic.*
      if (cut > 0 && !Files.exists(base.resolve(path))) {
        path = path.substring(0, cut);
      }
      return base.resolve(path).toAbsolutePath().normalize();
    } catch (InvalidPathException e) {
      throw new Refusal("it is not a valid file name");
    }
  }

  private static int indexOfAny(String s, char a, char b) {
    int i = s.indexOf(a);
    int j = s.indexOf(b);
    return i < 0 ? j : j < 0 ? i : Math.min(i, j);
  }

  private boolean inRoots(Path lexical) {
    for (Path root : policy.localRoots()) {
      if (lexical.startsWith(root)) {
        return true;
      }
    }
    return inRealRoots(lexical);
  }

  private boolean inRealRoots(Path real) {
    for (Path root : realRoots) {
      if (real.startsWith(root)) {
        return true;
      }
    }
    return false;
  }

  private byte[] decodeData(String uri) throws Refusal {
    int comma = uri.indexOf(',');
    if (comma < 0) {
      throw new Refusal("it is not a valid data: URI");
    }
    String header = uri.substring(5, comma);
    String payload = uri.substring(comma + 1);
    if (payload.length() > policy.maxBytes() * 4 / 3 + 4) {
      throw new Refusal("it is over the limit of " + Sizes.human(policy.maxBytes()));
    }
    try {
      return header.endsWith(";base64")
          ? Base64.getMimeDecoder().decode(payload)
          : percentDecode(payload).getBytes(StandardCharsets.UTF_8);
    } catch (IllegalArgumentException e) {
      throw new Refusal("its base64 data is broken");
    }
  }

  /** %XX decoding only ('+' stays '+': these are paths, not form data). */
  private static String percentDecode(String s) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    byte[] raw = s.getBytes(StandardCharsets.UTF_8);
    for (int i = 0; i < raw.length; i++) {
      if (raw[i] == '%' && i + 2 < raw.length && hex(raw[i + 1]) >= 0 && hex(raw[i + 2]) >= 0) {
        out.write(hex(raw[i + 1]) * 16 + hex(raw[i + 2]));
        i += 2;
      } else {
        out.write(raw[i]);
      }
    }
    return out.toString(StandardCharsets.UTF_8);
  }

  private static int hex(byte b) {
    return Character.digit(b, 16);
  }

  /**
   * The reference as it can be shown on one line (a message, an image's placeholder): control
   * characters out, long ones cut, so a reference of any length costs no layout.
   */
  public static String shown(String src) {
    if (src == null) {
      return "";
    }
    StringBuilder sb = new StringBuilder();
    src.codePoints().limit(120).forEach(cp -> {
      if (Character.isISOControl(cp) || Character.getType(cp) == Character.SURROGATE) {
        sb.append('?');
      } else {
        sb.appendCodePoint(cp);
      }
    });
    if (src.codePointCount(0, src.length()) > 120) {
      sb.append("...");
    }
    return sb.toString();
  }
}
