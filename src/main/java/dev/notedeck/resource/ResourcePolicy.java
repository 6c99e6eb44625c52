package dev.notedeck.resource;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * What a build may read because a document (or a theme) says so. Deny by default: no network,
 * and local files only from inside the allowed roots (the input's folder, the theme's folder,
 * and folders the user widened it with {@code --allow-local-files}).
 *
 * @param allowRemote whether http(s) references may be fetched ({@code --allow-remote})
 * @param localRoots folders whose files (after resolving symlinks) may be read
 * @param maxBytes largest file or download read, local or remote
 * @param maxPixels largest decoded image (width x height), against decompression bombs
 * @param maxTotalPixels all images of one notes file together (16-bit ones count twice); a
 *     build of many notes files has {@link #DEFAULT_MAX_BUILD_PIXELS} for all of them
 * @param remoteTimeout deadline for one remote fetch, from connecting to the last byte
 */
public record ResourcePolicy(boolean allowRemote, List<Path> localRoots, long maxBytes,
    long maxPixels, long maxTotalPixels, Duration remoteTimeout) {

  public static final long DEFAULT_MAX_BYTES = 32L << 20;
  public static final long DEFAULT_MAX_PIXELS = 64_000_000L;
  /** Four images at the per-image cap: a notes file of many photos still builds in seconds. */
  public static final long DEFAULT_MAX_TOTAL_PIXELS = 4 * DEFAULT_MAX_PIXELS;
  /**
   * All images of one build (every notes file of a folder; each rebuild of watch) together: as
   * much as one notes file may have, as decoding is what costs (measured on the 2-core test
   * machine: 8-bit PNG about 14 megapixels a second, 16-bit about 4), so no folder of notes,
   * however many files share the images out, decodes for more than about half a minute.
   */
  public static final long DEFAULT_MAX_BUILD_PIXELS = DEFAULT_MAX_TOTAL_PIXELS;
  public static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(15);

  public ResourcePolicy {
    Objects.requireNonNull(remoteTimeout, "remoteTimeout");
    localRoots = localRoots.stream().filter(Objects::nonNull)
        .map(p -> p.toAbsolutePath().normalize()).distinct().toList();
  }

  /** No network; local files from {@code roots} only; default caps. */
  public static ResourcePolicy localOnly(Path... roots) {
    List<Path> list = new ArrayList<>();
    for (Path root : roots) {
      if (root != null) {
        list.add(root);
      }
    }
    return new ResourcePolicy(false, list, DEFAULT_MAX_BYTES, DEFAULT_MAX_PIXELS,
        DEFAULT_MAX_TOTAL_PIXELS, DEFAULT_TIMEOUT);
  }

  public ResourcePolicy withRemote(boolean allow) {
    return new ResourcePolicy(allow, localRoots, maxBytes, maxPixels, maxTotalPixels, remoteTimeout);
  }

  /** This policy with more allowed folders (the theme's, {@code --allow-local-files DIR}s). */
  public ResourcePolicy withRoots(List<Path> more) {
    List<Path> all = new ArrayList<>(localRoots);
    all.addAll(more);
    return new ResourcePolicy(allowRemote, all, maxBytes, maxPixels, maxTotalPixels, remoteTimeout);
  }

  public ResourcePolicy withMaxBytes(long bytes) {
    return new ResourcePolicy(allowRemote, localRoots, bytes, maxPixels, maxTotalPixels, remoteTimeout);
  }

  public ResourcePolicy withMaxTotalPixels(long pixels) {
    return new ResourcePolicy(allowRemote, localRoots, maxBytes, maxPixels, pixels, remoteTimeout);
  }

  public ResourcePolicy withRemoteTimeout(Duration timeout) {
    return new ResourcePolicy(allowRemote, localRoots, maxBytes, maxPixels, maxTotalPixels, timeout);
  }
}
