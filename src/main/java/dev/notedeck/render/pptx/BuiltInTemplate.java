package dev.notedeck.render.pptx;

import dev.notedeck.theme.Palette;
import dev.notedeck.theme.SlideSetup;
import dev.notedeck.theme.Theme;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * Our own 16:9 template: a slide master, the seven standard layouts it uses (Comparison for three columns), a notes master that prints,
 * and two themes, kept as XML sources and filled with the theme's colours, typefaces and sizes.
 * (POI's built-in template is 4:3 and its notes master is broken.)
 */
final class BuiltInTemplate {

  private static final String ROOT = "dev/notedeck/render/pptx/template/";
  private static final List<String> PARTS = List.of(
      "[Content_Types].xml", "_rels/.rels", "docProps/core.xml", "docProps/app.xml",
      "ppt/presentation.xml", "ppt/_rels/presentation.xml.rels",
      "ppt/presProps.xml", "ppt/viewProps.xml", "ppt/tableStyles.xml",
      "ppt/slideMasters/slideMaster1.xml", "ppt/slideMasters/_rels/slideMaster1.xml.rels",
      "ppt/slideLayouts/slideLayout1.xml", "ppt/slideLayouts/slideLayout2.xml",
      "ppt/slideLayouts/slideLayout3.xml", "ppt/slideLayouts/slideLayout4.xml",
      "ppt/slideLayouts/slideLayout5.xml", "ppt/slideLayouts/slideLayout6.xml",
      "ppt/slideLayouts/slideLayout7.xml",
      "ppt/slideLayouts/_rels/slideLayout1.xml.rels", "ppt/slideLayouts/_rels/slideLayout2.xml.rels",
      "ppt/slideLayouts/_rels/slideLayout3.xml.rels", "ppt/slideLayouts/_rels/slideLayout4.xml.rels",
      "ppt/slideLayouts/_rels/slideLayout5.xml.rels", "ppt/slideLayouts/_rels/slideLayout6.xml.rels",
      "ppt/slideLayouts/_rels/slideLayout7.xml.rels",
      "ppt/notesMasters/notesMaster1.xml", "ppt/notesMasters/_rels/notesMaster1.xml.rels",
      "ppt/theme/theme1.xml", "ppt/theme/theme2.xml");
  private static final Pattern VAR = Pattern.compile("\\$\\{(\\w+)}");

  private BuiltInTemplate() {}

  /**
   * Built packages by their variables: a watch or batch build renders one theme again and again,
   * and the bytes are never changed (each render parses its own copy). A few themes at most.
   */
  private static final Map<Map<String, String>, byte[]> BUILT = new ConcurrentHashMap<>();

  /** The template package for this theme, as .pptx bytes (shared: do not modify). */
  static byte[] build(Theme theme) {
    return build(variables(theme));
  }

  /** The package filled with {@link #variables}: equal variables, equal bytes. */
  static byte[] build(Map<String, String> vars) {
    byte[] built = BUILT.get(vars);
    if (built == null) {
      if (BUILT.size() >= 16) {
        BUILT.clear();
      }
      built = zip(vars);
      BUILT.put(vars, built);
    }
    return built;
  }

  /**
   * The parts stored, not deflated: the package stays in memory and is parsed again for every
   * deck written (a watch session, a batch), and inflating it each time would be work for
   * nothing (it is about 100 KB).
   */
  private static byte[] zip(Map<String, String> vars) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream(128 * 1024);
    try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
      for (String part : PARTS) {
        byte[] data = fill(read(part), vars).getBytes(StandardCharsets.UTF_8);
        ZipEntry entry = new ZipEntry(part);
        entry.setMethod(ZipEntry.STORED);
        entry.setSize(data.length);
        entry.setCompressedSize(data.length);
        CRC32 crc = new CRC32();
        crc.update(data);
        entry.setCrc(crc.getValue());
        zip.putNextEntry(entry);
        zip.write(data);
        zip.closeEntry();
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return bytes.toByteArray();
  }

  /** What of the theme the built-in template shows (colours, typefaces, sizes). */
  static Map<String, String> variables(Theme theme) {
    Palette c = theme.slideColors();
    SlideSetup s = theme.slides();
    return Map.ofEntries(
        Map.entry("themeName", xml(theme.name())),
        Map.entry("text", ParagraphWriter.hex(c.text())), Map.entry("bg", ParagraphWriter.hex(c.background())),
        Map.entry("primary", ParagraphWriter.hex(c.primary())), Map.entry("accent", ParagraphWriter.hex(c.accent())),
        Map.entry("muted", ParagraphWriter.hex(c.muted())), Map.entry("border", ParagraphWriter.hex(c.border())),
        Map.entry("codeBg", ParagraphWriter.hex(c.codeBackground())), Map.entry("codeText", ParagraphWriter.hex(c.codeText())),
        Map.entry("latin", xml(s.latinTypeface())), Map.entry("ea", xml(s.eastAsianTypeface())),
        Map.entry("titleSz", hundredths(s.titleSize())),
        Map.entry("coverSz", hundredths(s.titleSize() * 1.35)),
        Map.entry("sectionSz", hundredths(s.titleSize() * 1.2)));
  }

  private static String hundredths(double pt) {
    return String.valueOf(Math.round(pt * 100));
  }

  private static String xml(String s) {
    return s.replace("&", "&amp;").replace("<", "&lt;").replace("\"", "&quot;");
  }

  private static String fill(String text, Map<String, String> vars) {
    Matcher m = VAR.matcher(text);
    StringBuilder sb = new StringBuilder();
    while (m.find()) {
      String v = vars.get(m.group(1));
      if (v == null) {
        throw new IllegalStateException("template variable without value: " + m.group(1));
      }
      m.appendReplacement(sb, Matcher.quoteReplacement(v));
    }
    m.appendTail(sb);
    return sb.toString();
  }

  private static String read(String part) throws IOException {
    try (InputStream in = BuiltInTemplate.class.getClassLoader().getResourceAsStream(ROOT + part)) {
      if (in == null) {
        throw new IOException("missing template part " + ROOT + part);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }
}
