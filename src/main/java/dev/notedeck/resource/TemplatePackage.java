package dev.notedeck.resource;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipFile;

/**
 * Checks a theme's template.pptx before POI opens it (POI inflates every entry into memory):
 * the sizes its zip directory declares are bounded first, then every entry is inflated once into
 * nothing, stopping as soon as it passes what the directory declared, so a package that lies
 * about its sizes costs at most the bounded total. A template may come from anyone.
 */
public final class TemplatePackage {

  public static final long MAX_FILE_BYTES = 64L << 20;
  public static final long MAX_TOTAL_BYTES = 256L << 20;
  public static final int MAX_ENTRIES = 1000;

  /** PowerPoint's own range for a slide side: 1 inch to 56 inches, in EMU. */
  public static final long MIN_SLIDE_EMU = 914_400;
  public static final long MAX_SLIDE_EMU = 51_206_400;

  private TemplatePackage() {}

  /**
   * Why the template at {@code file} must not be opened, completing "cannot read this
   * PowerPoint template (...)", or null when it may.
   */
  public static String problem(Path file) {
    try {
      if (!Files.isRegularFile(file)) {
        return "it is not a regular file";
      }
      long size = Files.size(file);
      if (size > MAX_FILE_BYTES) {
        return "it is " + Sizes.human(size) + ", over the limit of " + Sizes.human(MAX_FILE_BYTES);
      }
      try (ZipFile zip = ZipFile.builder().setPath(file).get()) {
        long declared = 0;
        int count = 0;
        for (ZipArchiveEntry e : Collections.list(zip.getEntries())) {
          if (++count > MAX_ENTRIES) {
            return "it holds more than " + MAX_ENTRIES + " parts";
          }
          if (e.getSize() < 0 || e.getSize() > MAX_TOTAL_BYTES - declared) {
            return "its parts expand to more than " + Sizes.human(MAX_TOTAL_BYTES);
          }
          declared += e.getSize();
        }
        for (ZipArchiveEntry e : Collections.list(zip.getEntries())) {
          if (inflated(zip, e) > e.getSize()) {
            return "part " + e.getName() + " expands to more than its zip directory says";
          }
        }
      }
      return null;
    } catch (IOException | RuntimeException e) {
      return "it is not a valid .pptx (zip) file";
    }
  }

  /** Why a slide size of {@code cx} x {@code cy} EMU cannot be used, or null when it can. */
  public static String slideSizeProblem(long cx, long cy) {
    if (cx < MIN_SLIDE_EMU || cy < MIN_SLIDE_EMU || cx > MAX_SLIDE_EMU || cy > MAX_SLIDE_EMU) {
      return "its slide size " + cx + " x " + cy + " EMU is outside PowerPoint's range of 1 to 56 "
          + "inches a side; set the slide size in PowerPoint (Design > Slide Size) and save it again";
    }
    return null;
  }

  /** Bytes the entry inflates to, reading at most one byte past its declared size. */
  private static long inflated(ZipFile zip, ZipArchiveEntry e) throws IOException {
    byte[] buf = new byte[1 << 16];
    long total = 0;
    try (InputStream in = zip.getInputStream(e)) {
      for (int n; (n = in.read(buf)) > 0; ) {
        total += n;
        if (total > e.getSize()) {
          return total;
        }
      }
    }
    return total;
  }
}
