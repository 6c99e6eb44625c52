package dev.notedeck.theme;

import static org.assertj.core.api.Assertions.assertThat;

import dev.notedeck.diagnostics.Diagnostics;
import dev.notedeck.RenderContext;
import dev.notedeck.model.Event;
import dev.notedeck.model.Talk;
import dev.notedeck.parse.NotesParser;
import dev.notedeck.render.pdf.HandoutRenderer;
import dev.notedeck.render.pptx.DeckRenderer;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.contentstream.operator.Operator;
import org.apache.pdfbox.cos.COSNumber;
import org.apache.pdfbox.pdfparser.PDFStreamParser;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xslf.usermodel.XMLSlideShow;
import org.apache.poi.xslf.usermodel.XSLFShape;
import org.apache.poi.xslf.usermodel.XSLFSlide;
import org.apache.poi.xslf.usermodel.XSLFTextShape;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Themes reach both outputs: the seed renders in every built-in theme, and a child theme that
 * changes only {@code primary} changes that colour in the handout and the deck and nothing else.
 * (default and dark are also built end to end by the CLI's SeedBuildTest.)
 */
class ThemeOutputsTest {
  private static final Path SEED = Path.of("seeds/gcp-next-extended-seoul-2019.md");
  private static final String NEW_PRIMARY = "#1A73E8";
  private static final Map<String, Outputs> RENDERED = new ConcurrentHashMap<>();

  @TempDir
  static Path dir;

  private static Event seed;

  record Outputs(Theme theme, byte[] pdf, byte[] pptx) {}

  @BeforeAll
  static void renderSeedInEveryThemeAndAPrimaryOnlyChild() throws Exception {
    seed = new NotesParser().parse(SEED);
    Path child = Files.createDirectories(dir.resolve("child"));
    Files.writeString(child.resolve("theme.yaml"),
        "extends: default\ncolors:\n  primary: \"" + NEW_PRIMARY + "\"\n");
    ThemeLoader loader = new ThemeLoader();
    List<String> names = new ArrayList<>();
    loader.builtIns().forEach(i -> names.add(i.name()));
    names.add(child.toString());
    names.parallelStream().forEach(name -> {
      Theme theme = loader.load(name);
      RenderContext context = new RenderContext(theme, SEED.toAbsolutePath().getParent(),
          Diagnostics.silent());
      try {
        ByteArrayOutputStream pdf = new ByteArrayOutputStream();
        new HandoutRenderer().render(seed, context, pdf);
        ByteArrayOutputStream pptx = new ByteArrayOutputStream();
        new DeckRenderer().render(seed, context, pptx);
        RENDERED.put(name.equals(child.toString()) ? "child" : name,
            new Outputs(theme, pdf.toByteArray(), pptx.toByteArray()));
      } catch (IOException e) {
        throw new java.io.UncheckedIOException(e);
      }
    });
  }

  @ParameterizedTest
  @ValueSource(strings = {"default", "dark", "print", "classic", "vivid"})
  void everyBuiltInRendersTheSeedInBothFormats(String name) throws IOException {
    Outputs o = RENDERED.get(name);
    try (PDDocument doc = Loader.loadPDF(o.pdf())) {
      String text = new PDFTextStripper().getText(doc);
      for (Talk talk : seed.talks()) {
        assertThat(squash(text)).as(name + " handout").contains(squash(talk.title()));
      }
      for (PDPage page : doc.getPages()) {
        for (var fontName : page.getResources().getFontNames()) {
          PDFont font = page.getResources().getFont(fontName);
          assertThat(font.isEmbedded()).as(name + " " + font.getName()).isTrue();
        }
      }
      assertThat(pdfColours(doc)).as(name + " handout colours")
          .contains(o.theme().colors().text().hex(), o.theme().colors().primary().hex());
    }
    try (XMLSlideShow deck = new XMLSlideShow(new ByteArrayInputStream(o.pptx()))) {
      assertThat(deck.getPageSize().getWidth()).isEqualTo(o.theme().slides().widthPt());
      assertThat(deck.getPageSize().getHeight()).isEqualTo(o.theme().slides().heightPt());
      String text = squash(String.join("\n", slideTexts(deck)));
      for (Talk talk : seed.talks()) {
        assertThat(text).as(name + " deck").contains(squash(talk.title()));
      }
    }
    assertThat(pptxColours(o.pptx())).as(name + " deck colours")
        .contains(o.theme().slideColors().background().hex(),
            o.theme().slideColors().text().hex());
    assertThat(pptxTypefaces(o.pptx())).as(name + " deck typefaces")
        .contains(o.theme().slides().latinTypeface(), o.theme().slides().eastAsianTypeface());
  }

  @Test
  void childChangingOnlyPrimaryChangesOnlyThatColourInTheHandout() throws IOException {
    Outputs parent = RENDERED.get("default");
    Outputs child = RENDERED.get("child");
    String oldPrimary = parent.theme().colors().primary().hex();
    try (PDDocument a = Loader.loadPDF(parent.pdf()); PDDocument b = Loader.loadPDF(child.pdf())) {
      assertThat(b.getNumberOfPages()).isEqualTo(a.getNumberOfPages());
      assertThat(new PDFTextStripper().getText(b)).isEqualTo(new PDFTextStripper().getText(a));
      Set<String> before = pdfColours(a);
      assertThat(before).contains(oldPrimary).doesNotContain(NEW_PRIMARY);
      assertThat(pdfColours(b)).isEqualTo(swap(before, oldPrimary, NEW_PRIMARY));
    }
  }

  @Test
  void childChangingOnlyPrimaryChangesOnlyThatColourInTheDeck() throws IOException {
    Outputs parent = RENDERED.get("default");
    Outputs child = RENDERED.get("child");
    String oldPrimary = parent.theme().slideColors().primary().hex();
    try (XMLSlideShow a = new XMLSlideShow(new ByteArrayInputStream(parent.pptx()));
        XMLSlideShow b = new XMLSlideShow(new ByteArrayInputStream(child.pptx()))) {
      assertThat(slideTexts(b)).isEqualTo(slideTexts(a));
    }
    Set<String> before = pptxColours(parent.pptx());
    assertThat(before).contains(oldPrimary).doesNotContain(NEW_PRIMARY);
    assertThat(pptxColours(child.pptx())).isEqualTo(swap(before, oldPrimary, NEW_PRIMARY));
  }

  private static Set<String> swap(Set<String> colours, String from, String to) {
    Set<String> s = new TreeSet<>(colours);
    s.remove(from);
    s.add(to);
    return s;
  }

  /** Fill and stroke colours (rg / RG operators) of every page, as #RRGGBB. */
  static Set<String> pdfColours(PDDocument doc) throws IOException {
    Set<String> colours = new TreeSet<>();
    for (PDPage page : doc.getPages()) {
      PDFStreamParser parser = new PDFStreamParser(page);
      List<Object> operands = new ArrayList<>();
      for (Object token = parser.parseNextToken(); token != null;
          token = parser.parseNextToken()) {
        if (token instanceof Operator op) {
          if ((op.getName().equals("rg") || op.getName().equals("RG")) && operands.size() == 3) {
            int[] c = new int[3];
            for (int i = 0; i < 3; i++) {
              c[i] = Math.round(((COSNumber) operands.get(i)).floatValue() * 255);
            }
            colours.add(new RgbColor(c[0], c[1], c[2]).hex());
          }
          operands.clear();
        } else {
          operands.add(token);
        }
      }
    }
    return colours;
  }

  /** Every srgbClr value in the deck's XML parts (slides, layouts, master, theme). */
  static Set<String> pptxColours(byte[] pptx) throws IOException {
    return xmlValues(pptx, Pattern.compile("<a:srgbClr val=\"([0-9A-Fa-f]{6})\""), "#");
  }

  static Set<String> pptxTypefaces(byte[] pptx) throws IOException {
    return xmlValues(pptx, Pattern.compile("typeface=\"([^\"]+)\""), "");
  }

  private static Set<String> xmlValues(byte[] pptx, Pattern pattern, String prefix)
      throws IOException {
    Set<String> values = new TreeSet<>();
    try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(pptx))) {
      for (ZipEntry e = zip.getNextEntry(); e != null; e = zip.getNextEntry()) {
        if (!e.getName().endsWith(".xml")) {
          continue;
        }
        Matcher m = pattern.matcher(new String(zip.readAllBytes(), StandardCharsets.UTF_8));
        while (m.find()) {
          values.add(prefix + (prefix.isEmpty() ? m.group(1)
              : m.group(1).toUpperCase(Locale.ROOT)));
        }
      }
    }
    return values;
  }

  private static List<String> slideTexts(XMLSlideShow deck) {
    List<String> texts = new ArrayList<>();
    for (XSLFSlide slide : deck.getSlides()) {
      StringBuilder b = new StringBuilder();
      for (XSLFShape shape : slide.getShapes()) {
        if (shape instanceof XSLFTextShape t) {
          b.append(t.getText()).append('\n');
        }
      }
      texts.add(b.toString());
    }
    return texts;
  }

  /** Text without whitespace: line breaks fall differently in each output. */
  private static String squash(String s) {
    return s.replaceAll("\\s+", "");
  }

}
