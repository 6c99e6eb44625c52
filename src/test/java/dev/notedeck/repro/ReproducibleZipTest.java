package dev.notedeck.repro;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipArchiveOutputStream;
import org.junit.jupiter.api.Test;

/**
 * The normalised package: every entry back byte for byte (entries are held deflated until the
 * end), {@code [Content_Types].xml} first and the rest by name, core dates set to the build's,
 * and a package with more entries than a plain zip holds written as Zip64.
 */
class ReproducibleZipTest {

  static final Instant DATE = Instant.parse("2023-11-14T22:13:20Z");

  @Test
  void entriesComeBackInOrderWithTheirBytesAndTheBuildDate() throws IOException {
    long seed = 20L;
    Random random = new Random(seed);
    Map<String, byte[]> parts = new LinkedHashMap<>();
    parts.put("ppt/slides/slide10.xml", xml(random, 3000));
    parts.put("ppt/slides/slide2.xml", xml(random, 40000));
    parts.put("docProps/core.xml", ("<cp:coreProperties><dcterms:created xsi:type=\"dcterms:W3CDTF\">"
        + "2020-01-01T00:00:00Z</dcterms:created></cp:coreProperties>").getBytes(StandardCharsets.UTF_8));
    parts.put("ppt/media/image1.png", bytes(random, 5000)); // incompressible
    parts.put("[Content_Types].xml", xml(random, 500));
    parts.put("ppt/empty.xml", new byte[0]);

    Map<String, byte[]> back = read(written(parts));
    assertThat(new ArrayList<>(back.keySet())).as("seed %d", seed).containsExactly("[Content_Types].xml",
        "docProps/core.xml", "ppt/empty.xml", "ppt/media/image1.png", "ppt/slides/slide10.xml",
        "ppt/slides/slide2.xml");
    for (String name : parts.keySet()) {
      if (!name.equals("docProps/core.xml")) {
        assertThat(back.get(name)).as("%s, seed %d", name, seed).isEqualTo(parts.get(name));
      }
    }
    assertThat(new String(back.get("docProps/core.xml"), StandardCharsets.UTF_8))
        .contains(">2023-11-14T22:13:20Z</dcterms:created>");
  }

  @Test
  void morePartsThanAPlainZipHoldsAreWrittenAsZip64() throws IOException {
    Map<String, byte[]> parts = new LinkedHashMap<>();
    for (int i = 0; i < 66_000; i++) {
      parts.put("p/" + i + ".xml", ("<p n=\"" + i + "\"/>").getBytes(StandardCharsets.UTF_8));
    }
    Map<String, byte[]> back = read(written(parts));
    assertThat(back).hasSize(parts.size());
    assertThat(new String(back.get("p/65999.xml"), StandardCharsets.UTF_8)).isEqualTo("<p n=\"65999\"/>");
  }

  private static byte[] written(Map<String, byte[]> parts) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ReproducibleZip.write(DATE, stream -> {
      ZipArchiveOutputStream zip = (ZipArchiveOutputStream) stream; // as POI receives it
      for (var e : parts.entrySet()) {
        zip.putArchiveEntry(new ZipArchiveEntry(e.getKey()));
        zip.write(e.getValue());
        zip.closeArchiveEntry();
      }
    }, out);
    return out.toByteArray();
  }

  private static Map<String, byte[]> read(byte[] zip) throws IOException {
    Map<String, byte[]> entries = new LinkedHashMap<>();
    try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
      for (ZipEntry e; (e = in.getNextEntry()) != null; ) {
        entries.put(e.getName(), in.readAllBytes());
      }
    }
    return entries;
  }

  private static byte[] xml(Random random, int length) {
    StringBuilder sb = new StringBuilder("<a>");
    List<String> words = List.of("슬라이드", "notes", "<b/>", "발표", " ", "text");
    while (sb.length() < length) {
      sb.append(words.get(random.nextInt(words.size())));
    }
    return sb.append("</a>").toString().getBytes(StandardCharsets.UTF_8);
  }

  private static byte[] bytes(Random random, int length) {
    byte[] b = new byte[length];
    random.nextBytes(b);
    return b;
  }
}
