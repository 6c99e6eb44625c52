package dev.notedeck.render.pdf;

import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.Deque;
import java.util.HashSet;
import java.util.Set;

/**
 * Drops the marked-content sequences {@code /Artifact /PropN BDC EMC} that enclose nothing from
 * a page's (uncompressed) content stream. openhtmltopdf 1.1.31 marks the background of every box
 * as an artifact, painted or not: it asks {@code Box.hasNonTextContent}, which is true for every
 * box because {@code background-image} is a list there, never the ident {@code none}. The seed
 * handout had 2,071 such empty pairs, each with its own property list object (type, BBox) in
 * the page's resources: half of the document's objects, all written, compressed and
 * cross-referenced at save. An empty artifact shows and says nothing; removing it changes
 * neither the pages nor the tag tree.
 *
 * <p>Works on lines as PDFBox writes content (one operator a line, operands before it). Anything
 * unexpected (an inline image, unbalanced marked content) leaves the stream as it was.
 */
final class EmptyArtifacts {
  private static final byte[] ARTIFACT = "/Artifact /".getBytes(StandardCharsets.US_ASCII);
  private static final byte[] BDC = " BDC".getBytes(StandardCharsets.US_ASCII);
  private static final byte[] BMC = "BMC".getBytes(StandardCharsets.US_ASCII);
  private static final byte[] EMC = "EMC".getBytes(StandardCharsets.US_ASCII);
  private static final byte[] INLINE_IMAGE_DATA = "ID".getBytes(StandardCharsets.US_ASCII);

  /** The content without its empty artifacts, and the property names only they used. */
  record Stripped(byte[] content, Set<String> unusedProperties) {}

  private EmptyArtifacts() {}

  /** A marked-content sequence begun at {@code start} in the output, ending its BDC/BMC line at {@code end}. */
  private record Open(int start, int end, String artifactProperty) {}

  static Stripped strip(byte[] content) {
    byte[] out = new byte[content.length];
    int length = 0;
    Deque<Open> open = new ArrayDeque<>();
    Set<String> dropped = new HashSet<>();
    Set<String> kept = new HashSet<>();
    int lineStart = 0;
    while (lineStart < content.length) {
      int lineEnd = indexOf(content, (byte) '\n', lineStart); // exclusive of the newline
      int next = lineEnd < 0 ? content.length : lineEnd + 1;
      int end = lineEnd < 0 ? content.length : lineEnd;
      if (is(content, lineStart, end, INLINE_IMAGE_DATA)) {
        return unchanged(content); // binary image data follows: not lines
      }
      if (is(content, lineStart, end, EMC)) {
        Open begun = open.poll();
        if (begun == null) {
          return unchanged(content);
        }
        if (begun.artifactProperty() != null && begun.end() == length) {
          length = begun.start(); // nothing inside: drop the pair
          dropped.add(begun.artifactProperty());
          lineStart = next;
          continue;
        }
        if (begun.artifactProperty() != null) {
          kept.add(begun.artifactProperty());
        }
      }
      int start = length;
      System.arraycopy(content, lineStart, out, length, next - lineStart);
      length += next - lineStart;
      if (endsWith(content, lineStart, end, BDC) || endsWith(content, lineStart, end, BMC)) {
        open.push(new Open(start, length, artifactProperty(content, lineStart, end)));
      }
      lineStart = next;
    }
    if (!open.isEmpty()) {
      return unchanged(content);
    }
    dropped.removeAll(kept);
    return new Stripped(Arrays.copyOf(out, length), dropped);
  }

  private static Stripped unchanged(byte[] content) {
    return new Stripped(content, Set.of());
  }

  /** {@code N} of a line {@code /Artifact /N BDC}, or null for any other line. */
  private static String artifactProperty(byte[] b, int start, int end) {
    if (!startsWith(b, start, end, ARTIFACT) || !endsWith(b, start, end, BDC)) {
      return null;
    }
    int nameStart = start + ARTIFACT.length;
    int nameEnd = end - BDC.length;
    for (int i = nameStart; i < nameEnd; i++) {
      if (b[i] == ' ' || b[i] == '<' || b[i] == '/') {
        return null; // an inline dictionary or more operands: not a bare property name
      }
    }
    return nameEnd > nameStart ? new String(b, nameStart, nameEnd - nameStart, StandardCharsets.US_ASCII) : null;
  }

  private static int indexOf(byte[] b, byte value, int from) {
    for (int i = from; i < b.length; i++) {
      if (b[i] == value) {
        return i;
      }
    }
    return -1;
  }

  private static boolean is(byte[] b, int start, int end, byte[] word) {
    return end - start == word.length && startsWith(b, start, end, word);
  }

  private static boolean startsWith(byte[] b, int start, int end, byte[] prefix) {
    return end - start >= prefix.length && Arrays.equals(b, start, start + prefix.length, prefix, 0, prefix.length);
  }

  private static boolean endsWith(byte[] b, int start, int end, byte[] suffix) {
    return end - start >= suffix.length && Arrays.equals(b, end - suffix.length, end, suffix, 0, suffix.length);
  }
}
