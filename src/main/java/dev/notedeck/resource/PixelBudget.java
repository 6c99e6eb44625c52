package dev.notedeck.resource;

import java.util.concurrent.atomic.AtomicLong;

/**
 * Decoded pixels that a group of images may cost together: one notes file's, or a whole build's
 * (many notes files, each under its own cap, must not add up to minutes of decoding either).
 * Thread-safe: the notes files of a build render in parallel.
 */
public final class PixelBudget {

  private final long max;
  private final String whose;
  private final AtomicLong spent = new AtomicLong();

  /** At most {@code max} pixels for the images of {@code whose} ("these notes", "this build"). */
  public PixelBudget(long max, String whose) {
    this.max = max;
    this.whose = whose;
  }

  /** A whole build's budget, shared by the resource loaders of all its notes files. */
  public static PixelBudget forBuild() {
    return new PixelBudget(ResourcePolicy.DEFAULT_MAX_BUILD_PIXELS, "this build");
  }

  /** Takes {@code cost}; refuses (taking nothing) when that would pass the limit. */
  void take(long cost) throws ImageProbe.BadImage {
    if (spent.addAndGet(cost) > max) {
      spent.addAndGet(-cost);
      throw new ImageProbe.BadImage("the images of " + whose + " together pass " + max / 1_000_000
          + " megapixels (16-bit images count twice); scale the images down");
    }
  }

  /** Gives back what {@link #take} took, when another budget refused the same image. */
  void giveBack(long cost) {
    spent.addAndGet(-cost);
  }
}
