package dev.notedeck.theme;

import java.io.IOException;
import java.io.InputStream;
import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The fonts a file holds and the family names each answers to, the way fontconfig indexes a
 * font folder: a {@code .ttf} or {@code .otf} holds one font, a {@code .ttc} or {@code .otc}
 * collection several (Noto Sans CJK holds JP, KR, SC, TC and HK).
 */
final class FontFaces {
  /** Name ID 16, the family of every weight. */
  private static final int TYPOGRAPHIC_FAMILY = 16;
  private static final int MAX_FONTS = 256;
  private static final int TTCF = tag("ttcf");
  private static final int OTTO = tag("OTTO");
  private static final int TRUE = tag("true");
  private static final int NAME = tag("name");
  private static final int HEAD = tag("head");
  private static final int OS2 = tag("OS/2");
  private static final int CFF = tag("CFF ");
  private static final int CFF2 = tag("CFF2");

  private static int tag(String t) {
    return (t.charAt(0) << 24) | (t.charAt(1) << 16) | (t.charAt(2) << 8) | t.charAt(3);
  }

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

  /**
   * Every font of the file; throws when it is no font file. Only the table directory and the
   * name, head and OS/2 tables are read: a CJK collection holds 16 MB of outlines per font,
   * which an index of names must not parse.
   */
  static List<Face> read(Path file) throws IOException {
    List<Face> faces = new ArrayList<>();
    try (RandomAccessFile in = new RandomAccessFile(file.toFile(), "r")) {
      int tag = in.readInt();
      if (tag == TTCF) {
        in.readInt(); // version
        long count = in.readInt() & 0xffffffffL;
        if (count == 0 || count > MAX_FONTS) {
          throw new IOException("a collection of " + count + " fonts");
        }
        long[] offsets = new long[(int) count];
        for (int i = 0; i < count; i++) {
          offsets[i] = in.readInt() & 0xffffffffL;
        }
        for (long offset : offsets) {
          faces.add(face(in, offset, file, true));
        }
      } else {
        faces.add(face(in, 0, file, false));
      }
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

  private static Face face(RandomAccessFile in, long start, Path file, boolean inCollection)
      throws IOException {
    in.seek(start);
    int version = in.readInt();
    if (version != 0x00010000 && version != OTTO && version != TRUE) {
      throw new IOException("not a TrueType or OpenType font");
    }
    int tables = in.readUnsignedShort();
    if (tables > 512) {
      throw new IOException("a font of " + tables + " tables");
    }
    in.skipBytes(6);
    long name = -1;
    long head = -1;
    long os2 = -1;
    boolean cff = version == OTTO;
    for (int i = 0; i < tables; i++) {
      int tag = in.readInt();
      in.readInt(); // checksum
      long offset = in.readInt() & 0xffffffffL;
      in.readInt(); // length
      if (tag == NAME) {
        name = offset;
      } else if (tag == HEAD) {
        head = offset;
      } else if (tag == OS2) {
        os2 = offset;
      } else if (tag == CFF || tag == CFF2) {
        cff = true;
      }
    }
    if (name < 0) {
      throw new IOException("the font has no names");
    }
    int macStyle = 0;
    if (head >= 0) {
      in.seek(head + 44);
      macStyle = in.readUnsignedShort();
    }
    int weight = 0;
    int selection = 0;
    if (os2 >= 0) {
      in.seek(os2 + 4);
      weight = in.readUnsignedShort();
      in.seek(os2 + 62);
      selection = in.readUnsignedShort();
    }
    Names names = names(in, name);
    if (names.families.isEmpty()) {
      throw new IOException("the font has no family name");
    }
    String psName = names.postScript != null ? names.postScript : names.families.get(0);
    boolean bold = (macStyle & 1) != 0 || (selection & 0x20) != 0;
    boolean italic = (macStyle & 2) != 0 || (selection & 0x01) != 0;
    Resource resource = inCollection ? new Resource.InCollection(file, psName)
        : new Resource.OnDisk(file);
    return new Face(resource, names.families, names.typographic, psName, weight, bold, italic, cff);
  }

  private record Names(List<String> families, Set<String> typographic, String postScript) {}

  /**
   * Family names (ID 16 first, then ID 1; English first, then every other language) and the
   * PostScript name (ID 6), from Unicode and Windows records (UTF-16) and Mac Roman ones.
   */
  private static Names names(RandomAccessFile in, long table) throws IOException {
    in.seek(table);
    in.readUnsignedShort(); // format
    int count = in.readUnsignedShort();
    int strings = in.readUnsignedShort();
    List<String[]> found = new ArrayList<>(); // {id, english?, text}
    String postScript = null;
    long[][] records = new long[count][6];
    for (int i = 0; i < count; i++) {
      for (int j = 0; j < 6; j++) {
        records[i][j] = in.readUnsignedShort();
      }
    }
    for (long[] r : records) {
      int platform = (int) r[0];
      int language = (int) r[2];
      int id = (int) r[3];
      if (id != 1 && id != 6 && id != TYPOGRAPHIC_FAMILY) {
        continue;
      }
      byte[] bytes = new byte[(int) r[4]];
      in.seek(table + strings + r[5]);
      in.readFully(bytes);
      String text = platform == 1
          ? new String(bytes, java.nio.charset.StandardCharsets.ISO_8859_1)
          : new String(bytes, java.nio.charset.StandardCharsets.UTF_16BE);
      text = text.strip();
      if (text.isEmpty()) {
        continue;
      }
      boolean english = (platform == 3 && language == 0x409) || (platform == 1 && language == 0)
          || platform == 0;
      if (id == 6) {
        postScript = postScript == null || english ? text : postScript;
      } else {
        found.add(new String[] {String.valueOf(id), english ? "0" : "1", text});
      }
    }
    found.sort(java.util.Comparator.comparing((String[] f) -> f[0].equals("16") ? 0 : 1)
        .thenComparing(f -> f[1]));
    Set<String> families = new LinkedHashSet<>();
    Set<String> typographic = new java.util.HashSet<>();
    for (String[] f : found) {
      families.add(f[2]);
      if (f[0].equals("16")) {
        typographic.add(SystemFonts.key(f[2]));
      }
    }
    return new Names(List.copyOf(families), Set.copyOf(typographic), postScript);
  }

  private static String magic(Path file) throws IOException {
    try (InputStream in = Files.newInputStream(file)) {
      return new String(in.readNBytes(4), java.nio.charset.StandardCharsets.ISO_8859_1);
    }
  }
}
