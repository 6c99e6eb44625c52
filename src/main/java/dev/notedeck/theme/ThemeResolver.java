package dev.notedeck.theme;

import dev.notedeck.resource.TemplatePackage;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * Turns the merged settings of a theme's {@code extends} chain into a {@link Theme}: fills
 * {@code slideColors} from {@code colors}, finds every font family (declared, bundled or
 * installed), checks values against each other, and reports what is missing.
 */
final class ThemeResolver {
  private final Map<String, Setting> settings;
  private final String leafFile;
  private final SystemFonts systemFonts;
  private final Problems problems;
  /** Font files' faces, read once per theme load (a family's four slots often share a file). */
  private final Map<Path, List<FontFaces.Face>> facesRead = new java.util.HashMap<>();

  ThemeResolver(Map<String, Setting> settings, String leafFile, SystemFonts systemFonts,
      Problems problems) {
    this.settings = settings;
    this.leafFile = leafFile;
    this.systemFonts = systemFonts;
    this.problems = problems;
  }

  /** The theme, or null when problems were reported. */
  Theme resolve(String name, String description) {
    checkFamilies();
    Map<String, Object> v = new HashMap<>();
    for (ThemeSchema.Key key : ThemeSchema.tokens()) {
      Object value = value(key, v);
      if (value != null) {
        v.put(key.path(), value);
      }
    }
    checkMargins(v);
    notAbove("slides.minBodySize", v, "slides.bodySize");
    notAbove("slides.minCodeSize", v, "slides.codeSize");
    Double minBody = (Double) v.get("slides.minBodySize");
    if (minBody != null && minBody < 10) {
      Setting at = settings.get("slides.minBodySize");
      problems.add(at.file(), at.line(), "'slides.minBodySize' is " + fmt(minBody)
          + "pt, too small to read on a projected slide (at least 10)");
    }
    Set<String> templateKeys = new LinkedHashSet<>();
    double[] size = problems.isEmpty() ? fromTemplate(v, templateKeys) : null;
    if (!problems.isEmpty()) {
      return null;
    }
    return new Theme(name, description, palette(v, "colors"), palette(v, "slideColors"),
        typography(v), page(v), withTypefaceFonts(slides(v, size, templateKeys)), new ThemeAssets(
            file(v, "files.handoutCss"), file(v, "files.template"),
            file(v, "files.logo"), file(v, "files.background")),
        new LinkSetup((Boolean) v.get("links.qr")),
        new TextSetup((Boolean) v.get("notes.inHandout"), labels()),
        new LogoSetup((String) v.get("logo.corner"), num(v, "logo.height"),
            num(v, "logo.titleHeight")),
        new DeckSetup((String) v.get("deck.mode"), (Boolean) v.get("deck.agenda"),
            (Boolean) v.get("deck.takeaways"), (Boolean) v.get("deck.closing")));
  }

  /** The {@code labels:} a theme chain sets, by label key. */
  private Map<String, String> labels() {
    Map<String, String> labels = new HashMap<>();
    for (String[] label : ThemeSchema.LABELS) {
      Setting s = settings.get("labels." + label[0]);
      if (s != null && s.value() instanceof String text && !text.isBlank()) {
        labels.put(label[0], text);
      }
    }
    return labels;
  }

  /** A key's value as the theme chain sets it, else by the schema's fallback; null if none. */
  private Object value(ThemeSchema.Key key, Map<String, Object> resolved) {
    Setting s = settings.get(key.path());
    if (s == null) {
      if (key.fallback() instanceof ThemeSchema.SameAs same) {
        return resolved.get(same.path());
      }
      if (key.fallback() instanceof ThemeSchema.Fixed fixed) {
        return fixed.value();
      }
      if (key.fallback() instanceof ThemeSchema.Required) {
        missing(key);
      }
      return key.kind() == ThemeSchema.Kind.FAMILY_LIST ? withKoreanFallback(List.of()) : null;
    }
    return switch (key.kind()) {
      case FAMILY -> family((String) s.value(), s).orElse(null);
      case FAMILY_LIST -> {
        List<FontFamily> families = new ArrayList<>();
        for (Object n : (List<?>) s.value()) {
          family((String) n, s).ifPresent(families::add);
        }
        yield withKoreanFallback(families);
      }
      default -> s.value();
    };
  }

  private static List<FontFamily> withKoreanFallback(List<FontFamily> families) {
    List<FontFamily> all = new ArrayList<>(families);
    if (all.stream().noneMatch(f -> f.name().equals(BundledFonts.KOREAN_FALLBACK))) {
      all.add(BundledFonts.FAMILIES.get(BundledFonts.KOREAN_FALLBACK));
    }
    return all;
  }

  private static Palette palette(Map<String, Object> v, String section) {
    List<RgbColor> c = new ArrayList<>();
    for (String key : ThemeSchema.COLOR_KEYS) {
      c.add((RgbColor) v.get(section + "." + key));
    }
    return new Palette(c.get(0), c.get(1), c.get(2), c.get(3), c.get(4), c.get(5), c.get(6),
        c.get(7));
  }

  @SuppressWarnings("unchecked")
  private static Typography typography(Map<String, Object> v) {
    return new Typography((FontFamily) v.get("fonts.body"), (FontFamily) v.get("fonts.heading"),
        (FontFamily) v.get("fonts.code"), (List<FontFamily>) v.get("fonts.fallbacks"),
        num(v, "sizes.body"), num(v, "sizes.code"), num(v, "sizes.h1"), num(v, "sizes.h2"),
        num(v, "sizes.h3"), num(v, "sizes.lineHeight"));
  }

  private static PageSetup page(Map<String, Object> v) {
    String paper = (String) v.get("page.paper");
    double[] size = ThemeSchema.PAPERS.get(paper);
    return new PageSetup(paper, size[0], size[1], num(v, "page.margins.top"),
        num(v, "page.margins.right"), num(v, "page.margins.bottom"), num(v, "page.margins.left"));
  }

  @SuppressWarnings("unchecked")
  private static SlideSetup slides(Map<String, Object> v, double[] templateSize,
      Set<String> templateKeys) {
    double[] size = templateSize != null ? templateSize
        : ThemeSchema.ASPECTS.get((String) v.get("slides.aspect"));
    return new SlideSetup(size[0], size[1], (String) v.get("slides.latinTypeface"),
        (String) v.get("slides.eastAsianTypeface"), (String) v.get("slides.codeTypeface"),
        num(v, "slides.titleSize"), num(v, "slides.bodySize"), num(v, "slides.minBodySize"),
        num(v, "slides.codeSize"), num(v, "slides.minCodeSize"),
        (List<String>) v.get("template.decides"), Set.copyOf(templateKeys), Map.of(), Map.of());
  }

  /**
   * The installed font behind each slide typeface, and where each typeface was named (its
   * theme.yaml line, or the template that decided it), so the deck can warn about one that this
   * machine lacks.
   */
  private SlideSetup withTypefaceFonts(SlideSetup s) {
    Map<String, FontFamily> fonts = new HashMap<>();
    Map<String, SlideSetup.Origin> origins = new HashMap<>();
    Map<String, String> byKey = Map.of("slides.latinTypeface", s.latinTypeface(),
        "slides.eastAsianTypeface", s.eastAsianTypeface(), "slides.codeTypeface", s.codeTypeface());
    byKey.forEach((key, name) -> {
      typeface(name).ifPresent(f -> fonts.put(name, f));
      Setting template = settings.get("files.template");
      Setting at = settings.get(key);
      if (s.templateKeys().contains(key) && template != null) {
        origins.put(key, new SlideSetup.Origin(((Resource) template.value()).name(), 0, true));
      } else {
        origins.put(key, at == null ? new SlideSetup.Origin(leafFile, 0, false)
            : new SlideSetup.Origin(at.file(), at.line(), false));
      }
    });
    return new SlideSetup(s.widthPt(), s.heightPt(), s.latinTypeface(), s.eastAsianTypeface(),
        s.codeTypeface(), s.titleSize(), s.bodySize(), s.minBodySize(), s.codeSize(),
        s.minCodeSize(), s.fromTemplate(), s.templateKeys(), Map.copyOf(fonts),
        Map.copyOf(origins));
  }

  /** Template colour role for each deck colour: the master's background, text and accents. */
  private static final Map<String, String> TEMPLATE_ROLES = Map.of(
      "background", "bg1", "text", "tx1", "muted", "tx2", "primary", "accent1",
      "accent", "accent2", "codeBackground", "bg2", "codeText", "tx1", "border", "bg2");

  /**
   * Lets the theme's template.pptx decide what {@code template.decides} names: its colours
   * and typefaces replace the theme's values (noted in {@code templateKeys}); returns its slide
   * size, or null when the theme's aspect stays.
   */
  @SuppressWarnings("unchecked")
  private double[] fromTemplate(Map<String, Object> v, Set<String> templateKeys) {
    Resource template = (Resource) v.get("files.template");
    List<String> parts = (List<String>) v.get("template.decides");
    if (template == null || parts == null || parts.isEmpty()) {
      return null;
    }
    Setting at = settings.get("files.template");
    String unsafe = template instanceof Resource.OnDisk disk
        ? TemplatePackage.problem(disk.path()) : null;
    if (unsafe != null) {
      problems.add(at.file(), at.line(), "'files.template': cannot read " + template.name()
          + " (" + unsafe + "); save it again as a .pptx file");
      return null;
    }
    TemplateLook look;
    try {
      look = TemplateLook.read(template);
    } catch (IOException | RuntimeException e) {
      problems.add(at.file(), at.line(), "'files.template': " + template.name() + " is not a "
          + "PowerPoint template (" + e.getMessage() + "); save it again as a .pptx file");
      return null;
    }
    if (parts.contains("colors")) {
      TEMPLATE_ROLES.forEach((key, role) -> {
        if (look.color(role) != null) {
          v.put("slideColors." + key, look.color(role));
          templateKeys.add("slideColors." + key);
        }
      });
    }
    if (parts.contains("fonts")) {
      if (!look.bodyLatin().isEmpty()) {
        v.put("slides.latinTypeface", look.bodyLatin());
        templateKeys.add("slides.latinTypeface");
      }
      if (!look.bodyEastAsian().isEmpty()) {
        v.put("slides.eastAsianTypeface", look.bodyEastAsian());
        templateKeys.add("slides.eastAsianTypeface");
      }
    }
    if (parts.contains("size") && look.widthPt() > 0 && look.heightPt() > 0) {
      templateKeys.add("slides.aspect");
      return new double[] {look.widthPt(), look.heightPt()};
    }
    return null;
  }

  private static double num(Map<String, Object> v, String key) {
    return (Double) v.get(key);
  }

  private static Optional<Resource> file(Map<String, Object> v, String key) {
    return Optional.ofNullable((Resource) v.get(key));
  }

  private void checkMargins(Map<String, Object> v) {
    String paper = (String) v.get("page.paper");
    Double top = (Double) v.get("page.margins.top");
    Double right = (Double) v.get("page.margins.right");
    Double bottom = (Double) v.get("page.margins.bottom");
    Double left = (Double) v.get("page.margins.left");
    if (paper == null || top == null || right == null || bottom == null || left == null) {
      return;
    }
    double[] size = ThemeSchema.PAPERS.get(paper);
    if (left + right > size[0] - 60) {
      Setting at = settings.get("page.margins.left");
      problems.add(at.file(), at.line(), "the left and right margins leave less than 60mm "
          + "for text on " + paper + " paper (make them smaller)");
    }
    if (top + bottom > size[1] - 80) {
      Setting at = settings.get("page.margins.top");
      problems.add(at.file(), at.line(), "the top and bottom margins leave less than 80mm "
          + "for text on " + paper + " paper (make them smaller)");
    }
  }

  private void notAbove(String lowKey, Map<String, Object> v, String highKey) {
    Double low = (Double) v.get(lowKey);
    Double high = (Double) v.get(highKey);
    if (low != null && high != null && low > high) {
      Setting at = settings.get(lowKey);
      problems.add(at.file(), at.line(), "'" + lowKey + "' (" + fmt(low) + ") is larger than '"
          + highKey + "' (" + fmt(high) + ") (a minimum must not exceed the size)");
    }
  }

  private static String fmt(double v) {
    return v == Math.rint(v) ? String.valueOf((long) v) : String.valueOf(v);
  }

  /** Declared families need a regular face, possibly from a parent theme. */
  private void checkFamilies() {
    for (Map.Entry<String, Setting> e : settings.entrySet()) {
      String key = e.getKey();
      if (key.startsWith("fonts.families.") && key.indexOf('.', "fonts.families.".length()) < 0
          && !settings.containsKey(key + ".regular")) {
        Setting at = e.getValue();
        problems.add(at.file(), at.line(), "font family '" + at.value() + "' has no regular face "
            + "(add regular: <file>.ttf; bold, italic and boldItalic are optional)");
      }
    }
  }

  /**
   * A family of the handout: declared, else bundled, else installed; reports when there is
   * none, or when its outlines are CFF (the handout must embed its fonts, and PDFBox embeds
   * TrueType outlines only).
   */
  private Optional<FontFamily> family(String name, Setting namedAt) {
    Optional<FontFamily> found = declared(name, namedAt);
    if (found.isEmpty() && settings.containsKey("fonts.families." + name + ".regular")) {
      return Optional.empty(); // declared but unusable: reported
    }
    if (found.isEmpty()) {
      found = bundled(name);
    }
    if (found.isEmpty()) {
      found = systemFonts.find(name);
    }
    if (found.isPresent()) {
      String cff = postScriptFace(found.get());
      if (cff != null) {
        problems.add(namedAt.file(), namedAt.line(), "font family '" + name + "' (" + cff
            + ") has PostScript (CFF) outlines, which the PDF handout cannot embed (name a "
            + "TrueType-outline font here, e.g. NanumGothic; slides.*Typeface may still name it)");
        return Optional.empty();
      }
      return found;
    }
    Set<String> known = new TreeSet<>(BundledFonts.FAMILIES.keySet());
    declaredFamilies().forEach(known::add);
    known.addAll(systemFonts.names());
    problems.add(namedAt.file(), namedAt.line(), "font family '" + name + "' not found: it is "
        + "not declared under fonts.families, not bundled, and no installed font has this "
        + "family name (" + Suggestions.didYouMean(name, known) + "bundled: "
        + String.join(", ", new TreeSet<>(BundledFonts.FAMILIES.keySet()))
        + "; or declare its font files under fonts.families)");
    return Optional.empty();
  }

  /**
   * The font behind a slide typeface, for measuring text as PowerPoint will set it: declared,
   * bundled or installed (any outline kind); empty when this machine has none.
   */
  private Optional<FontFamily> typeface(String name) {
    Optional<FontFamily> found = declared(name, null);
    if (found.isEmpty()) {
      found = bundled(name);
    }
    return found.isPresent() ? found : systemFonts.find(name);
  }

  private static Optional<FontFamily> bundled(String name) {
    List<String> names = new ArrayList<>(List.of(name));
    names.addAll(FontAliases.of(name));
    for (String n : names) {
      for (FontFamily bundled : BundledFonts.FAMILIES.values()) {
        if (SystemFonts.key(bundled.name()).equals(SystemFonts.key(n))) {
          return Optional.of(bundled);
        }
      }
    }
    return Optional.empty();
  }

  /**
   * A family declared under {@code fonts.families}, each face a file or, for a collection
   * ({@code .ttc}), the font of that family in it; reports to {@code namedAt}'s problems (when
   * given) a collection without the family.
   */
  private Optional<FontFamily> declared(String name, Setting namedAt) {
    String prefix = "fonts.families." + name;
    if (!settings.containsKey(prefix + ".regular")) {
      return Optional.empty();
    }
    Resource[] faces = new Resource[4];
    String[] slots = {"regular", "bold", "italic", "boldItalic"};
    for (int i = 0; i < slots.length; i++) {
      Setting at = settings.get(prefix + "." + slots[i]);
      faces[i] = at == null ? null : member(name, slots[i], at, namedAt != null);
      if (at != null && faces[i] == null) {
        return Optional.empty();
      }
    }
    return Optional.of(new FontFamily(name, faces[0], faces[1], faces[2], faces[3]));
  }

  /** The face file itself, or the font of {@code family} in a collection file. */
  private Resource member(String family, String slot, Setting at, boolean report) {
    Resource file = (Resource) at.value();
    if (!(file instanceof Resource.OnDisk disk)) {
      return file;
    }
    try {
      if (!FontFaces.isCollection(disk.path())) {
        return file;
      }
      List<FontFaces.Face> faces = faces(disk.path());
      FontFaces.Face face = FontFaces.member(faces, family, slot);
      if (face != null) {
        return face.resource();
      }
      if (report) {
        problems.add(at.file(), at.line(), "'fonts.families." + family + "." + slot + "': "
            + disk.path().getFileName() + " holds no font of family '" + family + "' (it holds: "
            + String.join(", ", new TreeSet<>(faces.stream().map(f -> f.families().get(0))
                .toList())) + "; declare the family under one of these names)");
      }
    } catch (IOException e) {
      if (report) {
        problems.add(at.file(), at.line(), "'fonts.families." + family + "." + slot + "': "
            + "cannot read " + disk.path().getFileName() + " as a font (" + e.getMessage()
            + "; give a .ttf, .otf, .ttc or .otc file)");
      }
    }
    return null;
  }

  private List<FontFaces.Face> faces(Path file) throws IOException {
    List<FontFaces.Face> faces = facesRead.get(file);
    if (faces == null) {
      faces = FontFaces.read(file);
      facesRead.put(file, faces);
    }
    return faces;
  }

  /** The first face of the family with CFF outlines, by file name, or null. */
  private String postScriptFace(FontFamily family) {
    for (Resource r : new Resource[] {family.regular(), family.bold(), family.italic(),
        family.boldItalic()}) {
      Path path = r instanceof Resource.OnDisk d ? d.path()
          : r instanceof Resource.InCollection c ? c.path() : null;
      if (path == null) {
        continue;
      }
      try {
        for (FontFaces.Face f : faces(path)) {
          boolean same = r instanceof Resource.InCollection c
              ? f.postScriptName().equals(c.fontName()) : true;
          if (same && f.postScriptOutlines()) {
            return path.getFileName().toString();
          }
        }
      } catch (IOException e) {
        // unreadable files are reported when the renderers open them
      }
    }
    return null;
  }

  private Set<String> declaredFamilies() {
    Set<String> names = new LinkedHashSet<>();
    for (String key : settings.keySet()) {
      if (key.startsWith("fonts.families.") && key.endsWith(".regular")) {
        names.add(key.substring("fonts.families.".length(), key.length() - ".regular".length()));
      }
    }
    return names;
  }

  private void missing(ThemeSchema.Key key) {
    problems.add(leafFile, 0, "'" + key.path() + "' is not set by this theme or any theme it "
        + "extends (" + ThemeSchema.describe(key) + ")");
  }
}
