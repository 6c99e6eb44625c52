package dev.notedeck.resource;

import dev.notedeck.NotedeckException;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.apache.fontbox.ttf.OTFParser;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.pdfbox.io.RandomAccessReadBuffer;

/**
 * A theme's own style sheet, made safe before layout. Layout cost grows with sizes (a
 * {@code font-size: 100000pt} or a 2 mm page took minutes), so every length is brought into a
 * sane range for its property, and a font size can never grow by nesting ({@code 2em} becomes
 * {@code 2rem}). Every {@code url()} is read through the {@link ResourceLoader} (the resource
 * policy, regular files only, size caps) and inlined as data; a font that does not parse is a
 * clear error instead of a failure deep inside layout. Comments are dropped.
 */
public final class ThemeCss {

  /** Largest theme style sheet read. */
  public static final long MAX_BYTES = 1L << 20;

  /** Points per unit of the absolute CSS units. */
  private static final Map<String, Double> POINTS = Map.of("pt", 1.0, "px", 0.75, "pc", 12.0,
      "in", 72.0, "cm", 72 / 2.54, "mm", 72 / 25.4, "q", 72 / 101.6);
  private static final Set<String> RELATIVE = Set.of("em", "rem", "ex", "ch", "%", "vw", "vh",
      "vmin", "vmax", "lh", "rlh");

  /** Bounds of one property: absolute (pt) and relative (em, or % / 100). */
  record Range(double minPt, double maxPt, double maxEm) {}

  static final Range FONT_SIZE = new Range(1, 144, 4);
  static final Range PAGE_SIZE = new Range(100 * 72 / 25.4, 1200 * 72 / 25.4, 0);
  static final Range PAGE_MARGIN = new Range(-0.0, 35 * 72 / 25.4, 0);
  static final Range SPACING = new Range(-24, 24, 2);
  static final Range BOX = new Range(-300, 300, 20);
  static final Range OTHER = new Range(-1000, 1000, 60);
  static final double MAX_LINE_HEIGHT = 4;
  static final double MAX_COUNT = 10;

  private final ResourceLoader loader;
  private final Path baseDir;
  private final String name;

  private ThemeCss(ResourceLoader loader, Path baseDir, String name) {
    this.loader = loader;
    this.baseDir = baseDir;
    this.name = name;
  }

  /** Reads a theme's style sheet (at most {@link #MAX_BYTES}) and makes it safe. */
  public static String load(String name, InputStream in, Path baseDir, ResourceLoader loader) {
    try {
      byte[] bytes = in.readNBytes((int) MAX_BYTES + 1);
      if (bytes.length > MAX_BYTES) {
        throw new NotedeckException(name + ": the theme's style sheet is over "
            + Sizes.human(MAX_BYTES) + "; keep it to rules, and put images and fonts in files");
      }
      return sanitize(new String(bytes, StandardCharsets.UTF_8), name, baseDir, loader);
    } catch (IOException e) {
      throw new NotedeckException(name + ": cannot read the theme's style sheet ("
          + e.getMessage() + ")", e);
    }
  }

  /** {@code css} with lengths bounded, url()s inlined or removed, comments dropped. */
  public static String sanitize(String css, String name, Path baseDir, ResourceLoader loader) {
    return new ThemeCss(loader, baseDir, name).run(css);
  }

  private String run(String css) {
    StringBuilder out = new StringBuilder(css.length());
    Deque<String> blocks = new ArrayDeque<>(); // "@page", "@font-face", "" for a rule
    String atRule = null;
    String property = null;
    boolean inValue = false;
    boolean declarationStart = false;
    int n = css.length();
    int i = 0;
    while (i < n) {
      char c = css.charAt(i);
      if (css.startsWith("/*", i)) {
        int end = css.indexOf("*/", i + 2);
        i = end < 0 ? n : end + 2;
        out.append(' ');
        continue;
      }
      if (c == '"' || c == '\'') {
        int end = stringEnd(css, i);
        out.append(css, i, end);
        i = end;
        continue;
      }
      if (c == '@' && !inValue) {
        int end = identEnd(css, i + 1);
        atRule = css.substring(i, end).toLowerCase(Locale.ROOT);
        if (atRule.equals("@import")) {
          // another style sheet would escape these checks, and the HTML handout must stand alone
          int semi = css.indexOf(';', end);
          i = semi < 0 ? n : semi + 1;
          atRule = null;
          continue;
        }
        out.append(css, i, end);
        i = end;
        continue;
      }
      if (c == '{') {
        blocks.push(atRule == null ? "" : atRule);
        atRule = null;
        property = null;
        inValue = false;
        declarationStart = true;
        out.append(c);
        i++;
        continue;
      }
      if (c == '}' || c == ';') {
        if (c == '}' && !blocks.isEmpty()) {
          blocks.pop();
        }
        if (c == ';' && blocks.isEmpty()) {
          atRule = null; // @import ...; @charset ...;
        }
        property = null;
        inValue = false;
        declarationStart = !blocks.isEmpty();
        out.append(c);
        i++;
        continue;
      }
      if (declarationStart && isIdentStart(c)) {
        int end = identEnd(css, i);
        int colon = skipSpace(css, end);
        if (colon < n && css.charAt(colon) == ':') {
          property = css.substring(i, end).toLowerCase(Locale.ROOT);
          inValue = true;
          declarationStart = false;
          out.append(css, i, colon + 1);
          i = colon + 1;
          continue;
        }
        declarationStart = false; // a nested selector (inside @media): not a declaration
      }
      if (!Character.isWhitespace(c)) {
        declarationStart = false;
      }
      String block = blocks.isEmpty() ? null : blocks.peek();
      if (inValue && regionIs(css, i, "url(")) {
        int end = urlEnd(css, i + 4);
        String arg = unquote(css.substring(i + 4, Math.max(i + 4, end - 1)).strip());
        out.append(url(arg, "@font-face".equals(block)));
        i = end;
        continue;
      }
      if (inValue && (Character.isDigit(c) || (c == '.' && i + 1 < n && Character.isDigit(css.charAt(i + 1)))
          || ((c == '-' || c == '+') && i + 1 < n && (Character.isDigit(css.charAt(i + 1)) || css.charAt(i + 1) == '.')))
          && (i == 0 || !isIdentPart(css.charAt(i - 1)))) {
        int end = numberEnd(css, i);
        int unitEnd = css.startsWith("%", end) ? end + 1 : identEnd(css, end);
        out.append(bounded(block, property, css.substring(i, end),
            css.substring(end, unitEnd).toLowerCase(Locale.ROOT)));
        i = unitEnd;
        continue;
      }
      if (inValue && "font-size".equals(property) && isIdentStart(c)) {
        int end = identEnd(css, i);
        String word = css.substring(i, end);
        // "larger" compounds per nesting level like 1.2em
        out.append(word.equalsIgnoreCase("larger") ? "1.2rem" : word);
        i = end;
        continue;
      }
      if (isIdentStart(c)) { // a word such as h1 or col2: never read as a number
        int end = identEnd(css, i);
        out.append(css, i, end);
        i = end;
        continue;
      }
      out.append(c);
      i++;
    }
    return out.toString();
  }

  private String bounded(String block, String property, String number, String unit) {
    double v;
    try {
      v = Double.parseDouble(number);
    } catch (NumberFormatException e) {
      return number + unit;
    }
    if (!Double.isFinite(v)) {
      v = 0;
    }
    String prop = property == null ? "" : property;
    if ("@page".equals(block)) {
      if (prop.equals("size")) {
        return absolute(v, unit, PAGE_SIZE, number);
      }
      if (prop.startsWith("margin")) {
        return absolute(v, unit, PAGE_MARGIN, number);
      }
    }
    if (unit.isEmpty()) {
      if (prop.equals("line-height")) {
        return format(clamp(v, 0, MAX_LINE_HEIGHT));
      }
      if (Set.of("orphans", "widows", "column-count", "-fs-table-paginate").contains(prop)) {
        return format(clamp(v, 0, MAX_COUNT));
      }
      return number;
    }
    if (prop.equals("font-size")) {
      if (POINTS.containsKey(unit)) {
        return absolute(v, unit, FONT_SIZE, number);
      }
      double em = switch (unit) {
        case "%" -> v / 100;
        case "ex", "ch" -> v / 2;
        default -> v;
      };
      if (unit.equals("rem") || em > 1) {
        return format(clamp(em, 0, FONT_SIZE.maxEm())) + "rem"; // relative to the root: no compounding
      }
      return number + unit;
    }
    Range range = prop.equals("line-height") ? new Range(0, 144, MAX_LINE_HEIGHT)
        : prop.contains("spacing") ? SPACING
        : prop.startsWith("margin") || prop.startsWith("padding") || prop.startsWith("border")
            || prop.equals("text-indent") || prop.startsWith("outline") ? BOX
        : OTHER;
    if (POINTS.containsKey(unit)) {
      return absolute(v, unit, range, number);
    }
    if (RELATIVE.contains(unit)) {
      double max = unit.equals("%") ? range.maxEm() * 100 : range.maxEm();
      return format(clamp(v, -max, max)) + unit;
    }
    return number + unit; // deg, s, dpi...: not a length
  }

  private static String absolute(double v, String unit, Range range, String number) {
    Double perUnit = POINTS.get(unit);
    if (perUnit == null) {
      return range.maxEm() == 0 ? format(range.minPt()) + "pt" : number + unit;
    }
    double pt = v * perUnit;
    double kept = clamp(pt, range.minPt(), range.maxPt());
    return kept == pt ? number + unit : format(kept) + "pt";
  }

  private static double clamp(double v, double min, double max) {
    return Math.max(min, Math.min(max, v));
  }

  private static String format(double v) {
    return BigDecimal.valueOf(v).setScale(3, RoundingMode.HALF_UP).stripTrailingZeros().toPlainString();
  }

  /** The url() inlined as data through the loader; a font that does not parse is an error. */
  private String url(String ref, boolean font) {
    if (font) {
      byte[] bytes = loader.bytes(ref, baseDir, name + ": font").orElseThrow(() ->
          new NotedeckException(name + ": @font-face font '" + ResourceLoader.shown(ref)
              + "' cannot be read (see the warning above); fix the url() or remove the rule"));
      if (!parsesAsFont(bytes)) {
        throw new NotedeckException(name + ": @font-face font '" + ResourceLoader.shown(ref)
            + "' is not a readable TrueType or OpenType font; fix the file or remove the rule");
      }
      return "url(\"data:font/ttf;base64," + java.util.Base64.getEncoder().encodeToString(bytes) + "\")";
    }
    Optional<LoadedImage> image = loader.image(ref, baseDir, Path.of(name), 0);
    return image.map(i -> "url(\"" + i.dataUri() + "\")").orElse("none");
  }

  private static boolean parsesAsFont(byte[] bytes) {
    try {
      boolean otf = bytes.length > 4 && bytes[0] == 'O' && bytes[1] == 'T' && bytes[2] == 'T' && bytes[3] == 'O';
      var font = otf ? new OTFParser().parse(new RandomAccessReadBuffer(bytes))
          : new TTFParser().parse(new RandomAccessReadBuffer(bytes));
      try (font) {
        return font.getNumberOfGlyphs() > 0 && font.getUnicodeCmapLookup() != null;
      }
    } catch (IOException | RuntimeException e) {
      return false;
    }
  }

  private static boolean regionIs(String s, int i, String word) {
    return s.regionMatches(true, i, word, 0, word.length());
  }

  private static boolean isIdentStart(char c) {
    return Character.isLetter(c) || c == '-' || c == '_' || c > 0x7f;
  }

  private static boolean isIdentPart(char c) {
    return isIdentStart(c) || Character.isDigit(c);
  }

  private static int identEnd(String s, int i) {
    int j = i;
    while (j < s.length() && (isIdentPart(s.charAt(j)) || s.charAt(j) == '\\')) {
      j += s.charAt(j) == '\\' ? 2 : 1;
    }
    return Math.min(j, s.length());
  }

  private static int numberEnd(String s, int i) {
    int j = i;
    if (j < s.length() && (s.charAt(j) == '-' || s.charAt(j) == '+')) {
      j++;
    }
    while (j < s.length() && Character.isDigit(s.charAt(j))) {
      j++;
    }
    if (j + 1 < s.length() && s.charAt(j) == '.' && Character.isDigit(s.charAt(j + 1))) {
      j++;
      while (j < s.length() && Character.isDigit(s.charAt(j))) {
        j++;
      }
    }
    // exponent: 1e3 is a number, 1em is a unit
    if (j + 1 < s.length() && (s.charAt(j) == 'e' || s.charAt(j) == 'E')
        && (Character.isDigit(s.charAt(j + 1)) || ((s.charAt(j + 1) == '-' || s.charAt(j + 1) == '+')
            && j + 2 < s.length() && Character.isDigit(s.charAt(j + 2))))) {
      j += 2;
      while (j < s.length() && Character.isDigit(s.charAt(j))) {
        j++;
      }
    }
    return j;
  }

  private static int skipSpace(String s, int i) {
    while (i < s.length() && Character.isWhitespace(s.charAt(i))) {
      i++;
    }
    return i;
  }

  private static int stringEnd(String s, int i) {
    char q = s.charAt(i);
    int j = i + 1;
    while (j < s.length()) {
      char c = s.charAt(j);
      if (c == '\\') {
        j += 2;
        continue;
      }
      if (c == q || c == '\n') {
        return j + 1;
      }
      j++;
    }
    return s.length();
  }

  /** Index just past the url()'s closing parenthesis (quotes respected). */
  private static int urlEnd(String s, int i) {
    int j = skipSpace(s, i);
    if (j < s.length() && (s.charAt(j) == '"' || s.charAt(j) == '\'')) {
      j = Math.min(stringEnd(s, j), s.length());
    }
    int close = s.indexOf(')', j);
    return close < 0 ? s.length() : close + 1;
  }

  private static String unquote(String s) {
    if (s.length() >= 2 && (s.charAt(0) == '"' || s.charAt(0) == '\'') && s.charAt(s.length() - 1) == s.charAt(0)) {
      return s.substring(1, s.length() - 1);
    }
    return s;
  }
}
