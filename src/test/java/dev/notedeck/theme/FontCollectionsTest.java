package dev.notedeck.theme;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.notedeck.RenderContext;
import dev.notedeck.diagnostics.Diagnostics;
import dev.notedeck.fonts.FontMetrics;
import dev.notedeck.fonts.TestFonts;
import dev.notedeck.render.deck.TestEvents;
import dev.notedeck.render.pdf.HandoutRenderer;
import dev.notedeck.render.pptx.DeckRenderer;
import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Font collections ({@code .ttc}/{@code .otc}, as CJK fonts are installed), CFF-outline
 * OpenType, installed fonts found by family name, and what happens when a name finds nothing:
 * an error for the handout (it embeds its fonts), one warning for the deck naming its stand-in.
 */
class FontCollectionsTest {

  @TempDir Path dir;

  /** NanumSquare regular and bold joined into one collection file, made here (1.4 MB). */
  private Path squareCollection(Path file) throws Exception {
    return TestFonts.collection(file, List.of(TestFonts.bundled("NanumSquareR.ttf"),
        TestFonts.bundled("NanumSquareB.ttf")));
  }

  @Test
  void anInstalledCollectionIsFoundByTheFamilyNamesOfItsFonts() throws Exception {
    squareCollection(dir.resolve("fonts/truetype/nanum/NanumSquare.ttc"));
    SystemFonts installed = new SystemFonts(List.of(dir.resolve("fonts")));

    FontFamily square = installed.find("Nanum Square").orElseThrow();
    assertThat(square.regular()).isInstanceOf(Resource.InCollection.class);
    assertThat(square.bold()).isInstanceOf(Resource.InCollection.class);
    assertThat(square.bold()).isNotEqualTo(square.regular());
    // each face reads as a font of its own, with its own widths
    FontMetrics regular = FontMetrics.of(square.regular());
    FontMetrics bold = FontMetrics.of(square.bold());
    assertThat(regular.familyName()).isEqualToIgnoringWhitespace("NanumSquare");
    assertThat(regular.canDisplay('한')).isTrue();
    assertThat(bold.advance('W')).isNotEqualTo(regular.advance('W'));
    // the Korean name Korean PowerPoint templates write finds it too
    assertThat(installed.find("나눔스퀘어")).isPresent();
  }

  @Test
  void aDeclaredCollectionGivesEachFaceByFamilyAndTheHandoutEmbedsThem() throws Exception {
    Path theme = themeFolder("brand", """
        fonts:
          families:
            NanumSquare: {regular: fonts/square.ttc, bold: fonts/square.ttc}
          body: NanumSquare
          heading: NanumSquare
        """);
    squareCollection(theme.resolve("fonts/square.ttc"));
    Theme t = new ThemeLoader(new SystemFonts(List.of())).load(theme);
    assertThat(t.fonts().body().regular()).isInstanceOf(Resource.InCollection.class);

    ByteArrayOutputStream pdf = new ByteArrayOutputStream();
    new HandoutRenderer().render(TestEvents.stress(), new RenderContext(t, dir, Diagnostics.silent()), pdf);
    try (PDDocument doc = Loader.loadPDF(pdf.toByteArray())) {
      List<String> fonts = fontNames(doc);
      // both faces, each taken out of the collection and embedded as a subset
      assertThat(fonts).anyMatch(f -> f.endsWith("+NanumSquareR"))
          .anyMatch(f -> f.endsWith("+NanumSquareB"));
      assertThat(new PDFTextStripper().getText(doc)).contains(TestEvents.stress().title());
    }
  }

  @Test
  void aCollectionWithoutTheDeclaredFamilyNamesWhatItHolds() throws Exception {
    Path theme = themeFolder("wrong", """
        fonts:
          families:
            Brand: square.ttc
          body: Brand
        """);
    squareCollection(theme.resolve("square.ttc"));
    assertThatThrownBy(() -> new ThemeLoader(new SystemFonts(List.of())).load(theme))
        .hasMessageContaining("theme.yaml:3")
        .hasMessageContaining("holds no font of family 'Brand'")
        .hasMessageContaining("NanumSquare");
  }

  @Test
  void cffOpenTypeMeasuresTheDeckButIsRefusedForTheHandoutWithItsLine() throws Exception {
    assumeTrue(Files.isRegularFile(TestFonts.URW.resolve("NimbusSans-Regular.otf")),
        "fonts-urw-base35 is installed (.ci/run installs it)");
    // an .otc of CFF fonts, as Noto Sans CJK is installed
    Path fonts = dir.resolve("fonts");
    TestFonts.collection(fonts.resolve("Nimbus.otc"), List.of(
        Files.readAllBytes(TestFonts.URW.resolve("NimbusSans-Regular.otf")),
        Files.readAllBytes(TestFonts.URW.resolve("NimbusSans-Bold.otf"))));
    SystemFonts installed = new SystemFonts(List.of(fonts));
    Path slidesOnly = themeFolder("slides", "slides:\n  latinTypeface: Nimbus Sans\n");

    Theme t = new ThemeLoader(installed).load(slidesOnly);
    FontFamily nimbus = t.slides().typefaceFonts().get("Nimbus Sans");
    assertThat(nimbus).isNotNull();
    assertThat(FontMetrics.of(nimbus.regular()).advance('W')).isPositive();
    Diagnostics.Collecting warnings = new Diagnostics.Collecting();
    new DeckRenderer().plan(TestEvents.stress(), new RenderContext(t, dir, warnings));
    assertThat(warnings.warnings()).isEmpty();

    Path body = themeFolder("body", "fonts:\n  body: Nimbus Sans\n");
    assertThatThrownBy(() -> new ThemeLoader(installed).load(body))
        .hasMessageContaining("theme.yaml:2")
        .hasMessageContaining("CFF")
        .hasMessageContaining("cannot embed");
  }

  @Test
  void aSlideTypefaceThatIsNotInstalledWarnsOnceNamingItsLineAndTheStandIn() throws Exception {
    Path theme = themeFolder("missing", """
        description: a typeface this machine lacks
        slides:
          latinTypeface: Nowhere Sans
        """);
    Theme t = new ThemeLoader(new SystemFonts(List.of())).load(theme);
    Diagnostics.Collecting warnings = new Diagnostics.Collecting();
    new DeckRenderer().plan(TestEvents.stress(), new RenderContext(t, dir, warnings));

    assertThat(warnings.warnings()).singleElement().satisfies(w -> assertThat(w)
        .contains("theme.yaml:3").contains("'Nowhere Sans'").contains("NanumGothic"));
    // themes show says which font measures each slide typeface
    assertThat(ThemeTokens.format(t).lines())
        .anyMatch(l -> l.contains("latinTypeface: Nowhere Sans") && l.contains("not found"))
        .anyMatch(l -> l.contains("eastAsianTypeface: NanumGothic") && l.contains("NanumGothic.ttf"));
  }

  @Test
  void aHandoutFontThatResolvesToNothingIsAnErrorWithItsLine() throws Exception {
    Path theme = themeFolder("nofont", "fonts:\n  heading: Nowhere Sans\n");
    assertThatThrownBy(() -> new ThemeLoader(new SystemFonts(List.of())).load(theme))
        .hasMessageContaining("theme.yaml:2")
        .hasMessageContaining("'Nowhere Sans' not found");
  }

  /** A theme folder with this theme.yaml. */
  private Path themeFolder(String name, String yaml) throws Exception {
    Path folder = Files.createDirectories(dir.resolve(name));
    Files.writeString(folder.resolve("theme.yaml"), yaml);
    return folder;
  }

  private static List<String> fontNames(PDDocument doc) throws Exception {
    List<String> names = new ArrayList<>();
    for (PDPage page : doc.getPages()) {
      for (var name : page.getResources().getFontNames()) {
        PDFont font = page.getResources().getFont(name);
        names.add(font.getName());
      }
    }
    return names;
  }
}
