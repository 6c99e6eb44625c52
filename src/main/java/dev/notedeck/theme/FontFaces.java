package dev.notedeck.theme;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.apache.fontbox.ttf.NameRecord;
import org.apache.fontbox.ttf.NamingTable;
import org.apache.fontbox.ttf.OS2WindowsMetricsTable;
import org.apache.fontbox.ttf.OTFParser;
import org.apache.fontbox.ttf.OpenTypeFont;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeCollection;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBufferedFile;

/**
 * The fonts a file holds and the family names each answers to, the way fontconfig indexes a
 * font folder: a {@code .ttf} or {@code .otf} holds one font, a {@code .ttc} or {@code .otc}
 * collection several (Noto Sans CJK holds JP, KR, SC, TC and HK). FontBox reads only the tables
 * asked for (names, head, OS/2), not the glyphs.
 */
final class FontFaces {
  /** Name ID 16, the family of every weight (FontBox names no constant for it). */
  private static final int TYPOGRAPHIC_FAMILY = 16;

  private FontFaces() {}

  /**
   * One font of a file.
   *
   * @param families the names it answers to, best first: its typographic family (name ID 16,
   *     {@code NanumSquare} for NanumSquare Bold), its family (ID 1, {@code NanumSquare Bold}),
   *     then the same in other languages ({@code 나눔스퀘어})
   * @param weight its weight class (400 regular, 700 bold)
   * @param styleBold whether it calls itself bold (head and OS/2 flags): the bold of its ID 1 family
   * @param postScriptOutlines CFF outlines (OpenType "OTTO"): measurable, but the PDF handout
   *     cannot embed them (PDFBox subsets TrueType outlines only)
   */
  record Face(Resource resource, List<String> families, Set<String> typographicKeys,
      String postScriptName, int weight, boolean styleBold, boolean italic,
      boolean postScriptOutlines) {

    /**
     * The slot of family {@code name} this face fills: regular, bold, italic or boldItalic. In a
     * typographic family (ID 16) the weight decides (Noto Sans CJK KR Bold is its bold); in an
     * ID 1 family the font's own bold flag does (NanumSquare Bold is the regular of "NanumSquare
     * Bold").
     */
    String slot(String name) {
      boolean bold = typographicKeys.contains(SystemFonts.key(name)) && weight > 0
          ? weight >= 600 : styleBold;
      return bold ? (italic ? "boldItalic" : "bold") : (italic ? "italic" : "regular");
    }

    /** How far its weight is from the slot's (400 or 700): the nearest face fills a slot. */
    int distance(String slot) {
      int target = slot.startsWith("bold") ? 700 : 400;
      return weight <= 0 ? 100 : Math.abs(weight - target);
    }

    /** Whether it answers to the family name {@code name}. */
    boolean isOf(String name) {
      String key = SystemFonts.key(name);
      return families.stream().anyMatch(f -> SystemFonts.key(f).equals(key));
    }
  }

  /** File endings of the font files read. */
  static boolean isFontFile(Path file) {
    String n = file.getFileName().toString().toLowerCase(Locale.ROOT);
    return n.endsWith(".ttf") || n.endsWith(".otf") || n.endsWith(".ttc") || n.endsWith(".otc");
  }

  /** Whether the file is a collection (starts with {@code ttcf}). */
  static boolean isCollection(Path file) throws IOException {
    return "ttcf".equals(magic(file));
  }

  /** Every font of the file; throws when it is no font file FontBox can read. */
  static List<Face> read(Path file) throws IOException {
    String magic = magic(file);
    List<Face> faces = new ArrayList<>();
    if ("ttcf".equals(magic)) {
      try (TrueTypeCollection collection = new TrueTypeCollection(file.toFile())) {
        collection.processAllFonts(font -> faces.add(face(font, null, file)));
      }
      return faces;
    }
    TTFParser parser = "OTTO".equals(magic) ? new OTFParser(false) : new TTFParser(false);
    try (TrueTypeFont font = parser.parse(new RandomAccessReadBufferedFile(file.toFile()))) {
      faces.add(face(font, new Resource.OnDisk(file), file));
    }
    return faces;
  }

  /** The font of a collection that fills {@code slot} of {@code family}, else null. */
  static Face member(List<Face> faces, String family, String slot) {
    Face best = null;
    for (Face f : faces) {
      if (f.isOf(family) && f.slot(family).equals(slot)
          && (best == null || f.distance(slot) < best.distance(slot))) {
        best = f;
      }
    }
    return best;
  }

  private static Face face(TrueTypeFont font, Resource resource, Path file) throws IOException {
    NamingTable names = font.getNaming();
    if (names == null) {
      throw new IOException("the font has no names");
    }
    Set<String> families = new LinkedHashSet<>();
    Set<String> typographic = new java.util.HashSet<>();
    add(families, english(names, TYPOGRAPHIC_FAMILY));
    add(families, english(names, NameRecord.NAME_FONT_FAMILY_NAME));
    for (NameRecord r : names.getNameRecords()) {
      if (r.getNameId() == TYPOGRAPHIC_FAMILY) {
        add(families, r.getString());
        if (r.getString() != null && !r.getString().isBlank()) {
          typographic.add(SystemFonts.key(r.getString()));
        }
      } else if (r.getNameId() == NameRecord.NAME_FONT_FAMILY_NAME) {
        add(families, r.getString());
      }
    }
    if (families.isEmpty()) {
      throw new IOException("the font has no family name");
    }
    String psName = names.getPostScriptName() != null ? names.getPostScriptName()
        : families.iterator().next();
    int macStyle = font.getHeader() == null ? 0 : font.getHeader().getMacStyle();
    OS2WindowsMetricsTable os2 = font.getOS2Windows();
    int selection = os2 == null ? 0 : os2.getFsSelection();
    boolean bold = (macStyle & 1) != 0 || (selection & 0x20) != 0;
    boolean italic = (macStyle & 2) != 0 || (selection & 0x01) != 0;
    boolean cff = font instanceof OpenTypeFont otf && otf.isPostScript();
    return new Face(resource != null ? resource : new Resource.InCollection(file, psName),
        List.copyOf(families), Set.copyOf(typographic), psName,
        os2 == null ? 0 : os2.getWeightClass(), bold, italic, cff);
  }

  private static void add(Set<String> families, String name) {
    if (name != null && !name.isBlank()) {
      families.add(name.strip());
    }
  }

  private static String english(NamingTable names, int id) {
    String n = names.getName(id, NameRecord.PLATFORM_WINDOWS,
        NameRecord.ENCODING_WINDOWS_UNICODE_BMP, NameRecord.LANGUAGE_WINDOWS_EN_US);
    return n != null ? n : names.getName(id, NameRecord.PLATFORM_MACINTOSH,
        NameRecord.ENCODING_MACINTOSH_ROMAN, NameRecord.LANGUAGE_MACINTOSH_ENGLISH);
  }

  private static String magic(Path file) throws IOException {
    try (InputStream in = Files.newInputStream(file)) {
      return new String(in.readNBytes(4), java.nio.charset.StandardCharsets.ISO_8859_1);
    }
  }
}
