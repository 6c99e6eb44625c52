package dev.notedeck.repro;

import java.io.ByteArrayInputStream;
import java.io.FilterOutputStream;
import java.io.InputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.Inflater;
import java.util.zip.InflaterInputStream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

/**
 * Rewrites an OOXML package (a PPTX) so its bytes depend only on its content: entries in a fixed
 * order ({@code [Content_Types].xml} first, as Office expects, then by name), every entry time
 * and the core properties' created/modified dates set to the build date, no extra fields and no
 * data descriptors.
 */
public final class ReproducibleZip {

  private static final Pattern CORE_DATE = Pattern.compile(
      "(<dcterms:(created|modified)\\b[^>]*>)[^<]*(</dcterms:\\2>)");

  private ReproducibleZip() {}

  /** Produces package bytes. */
  @FunctionalInterface
  public interface Content {
    void writeTo(OutputStream out) throws IOException;
  }

  /**
   * Runs {@code content} into memory, then writes the normalised package to {@code out}. Content
   * that saves through POI hands over its parts uncompressed, and each is deflated as it comes
   * (see {@link ZipEntries}); content that writes zip bytes itself is read back from them.
   */
  public static void write(Instant date, Content content, OutputStream out) throws IOException {
    try (ZipEntries zip = new ZipEntries((name, data) -> fix(name, data, date))) {
      content.writeTo(zip);
      zip.finish();
      byte[] raw = zip.raw();
      if (raw.length > 0) {
        normalize(raw, date, out);
      } else {
        write(zip.entries(), date, out);
      }
    }
  }

  public static void normalize(byte[] zip, Instant date, OutputStream out) throws IOException {
    Map<String, DeflatedZip.Packed> entries = new LinkedHashMap<>();
    try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip));
        DeflatedZip.Packer packer = new DeflatedZip.Packer()) {
      for (ZipEntry e; (e = in.getNextEntry()) != null; ) {
        if (!e.isDirectory()) {
          entries.put(e.getName(), packer.pack(fix(e.getName(), in.readAllBytes(), date)));
        }
      }
    }
    write(entries, date, out);
  }

  private static void write(Map<String, DeflatedZip.Packed> entries, Instant date, OutputStream out)
      throws IOException {
    List<String> names = new ArrayList<>(entries.keySet());
    names.sort(Comparator.comparing((String n) -> !n.equals("[Content_Types].xml"))
        .thenComparing(Comparator.naturalOrder()));
    LocalDateTime time = LocalDateTime.ofInstant(date, ZoneOffset.UTC);
    long total = entries.values().stream().mapToLong(DeflatedZip.Packed::size).sum();
    if (!DeflatedZip.fits(names.size(), total)) {
      writeZip64(entries, names, time, out);
      return;
    }
    try (DeflatedZip zipOut = new DeflatedZip(out, time)) {
      for (String name : names) {
        zipOut.add(name, entries.get(name));
      }
    }
  }

  private static byte[] fix(String name, byte[] data, Instant date) {
    return name.equals("docProps/core.xml") ? fixCoreDates(data, date) : data;
  }

  /** A package too large for a plain zip: java.util.zip writes Zip64 (and data descriptors). */
  private static void writeZip64(Map<String, DeflatedZip.Packed> entries, List<String> names,
      LocalDateTime time, OutputStream out) throws IOException {
    ZipOutputStream zipOut = new ZipOutputStream(new FilterOutputStream(out) {
      @Override
      public void write(byte[] b, int off, int len) throws IOException {
        out.write(b, off, len);
      }

      @Override
      public void close() throws IOException {
        flush(); // the caller closes its own stream
      }
    });
    for (String name : names) {
      ZipEntry entry = new ZipEntry(name);
      entry.setTimeLocal(time);
      zipOut.putNextEntry(entry);
      Inflater inflater = new Inflater(true);
      try (InputStream in = new InflaterInputStream(
          new ByteArrayInputStream(entries.get(name).deflated()), inflater)) {
        in.transferTo(zipOut);
      } finally {
        inflater.end();
      }
      zipOut.closeEntry();
    }
    zipOut.finish();
    zipOut.flush();
  }

  private static byte[] fixCoreDates(byte[] xml, Instant date) {
    String text = new String(xml, StandardCharsets.UTF_8);
    String stamp = DateTimeFormatter.ISO_INSTANT.format(date.truncatedTo(java.time.temporal.ChronoUnit.SECONDS));
    Matcher m = CORE_DATE.matcher(text);
    StringBuilder sb = new StringBuilder();
    while (m.find()) {
      m.appendReplacement(sb, Matcher.quoteReplacement(m.group(1) + stamp + m.group(3)));
    }
    m.appendTail(sb);
    return sb.toString().getBytes(StandardCharsets.UTF_8);
  }
}
