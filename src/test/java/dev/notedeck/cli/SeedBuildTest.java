package dev.notedeck.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.notedeck.model.Event;
import dev.notedeck.model.Speaker;
import dev.notedeck.model.Talk;
import dev.notedeck.parse.NotesParser;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.apache.pdfbox.Loader;
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

/**
 * The foundation's contract, end to end through the CLI: the seed builds into a handout and a
 * deck that hold every talk and speaker, with embedded fonts, a deck that re-opens with every
 * shape on its slide, and a theme switch that changes both.
 */
class SeedBuildTest {

  static final Path SEED = Path.of("seeds/gcp-next-extended-seoul-2019.md");

  @TempDir static Path out;
  static CliRunner build;
  static Event event;

  @BeforeAll
  static void buildSeed() {
    build = CliRunner.run("build", "-o", out.resolve("default").toString(), SEED.toString());
    event = new NotesParser().parse(SEED);
  }

  static Path output(String theme, String ext) {
    return out.resolve(theme).resolve("gcp-next-extended-seoul-2019." + ext);
  }

  @Test
  void buildSucceedsAndSaysWhereItWrote() {
    assertThat(build.exitCode()).as(build.err()).isZero();
    // The seed's one broken link (htts://) is rightly reported; nothing else may be printed.
    assertThat(build.err().lines()).allSatisfy(l -> assertThat(l).startsWith("notedeck: warning: ")
        .contains("htts://"));
    assertThat(build.out()).contains(output("default", "pdf").toString())
        .contains(output("default", "pptx").toString());
    assertThat(out.resolve("default")).isDirectoryNotContaining("glob:**.part");
  }

  @Test
  void handoutHoldsEveryTalkAndSpeakerWithEmbeddedFonts() throws Exception {
    try (PDDocument pdf = Loader.loadPDF(output("default", "pdf").toFile())) {
      String text = new PDFTextStripper().getText(pdf);
      assertThat(event.talks()).hasSize(6);
      for (Talk talk : event.talks()) {
        assertThat(text).contains(talk.title());
        for (Speaker s : talk.speakers()) {
          assertThat(text).contains(s.name());
        }
      }
      for (PDPage page : pdf.getPages()) {
        for (var name : page.getResources().getFontNames()) {
          PDFont font = page.getResources().getFont(name);
          assertThat(font.isEmbedded()).as(font.getName()).isTrue();
        }
      }
    }
  }

  @Test
  void deckHoldsEveryTalkAndSpeakerWithShapesOnTheSlide() throws Exception {
    try (InputStream in = Files.newInputStream(output("default", "pptx"));
        XMLSlideShow deck = new XMLSlideShow(in)) {
      double width = deck.getPageSize().getWidth();
      double height = deck.getPageSize().getHeight();
      assertThat(width / height).isCloseTo(16.0 / 9.0, org.assertj.core.data.Offset.offset(0.01));
      StringBuilder all = new StringBuilder();
      for (XSLFSlide slide : deck.getSlides()) {
        for (XSLFShape shape : slide.getShapes()) {
          var a = shape.getAnchor();
          assertThat(a.getMinX()).as("slide %d", slide.getSlideNumber()).isGreaterThanOrEqualTo(0);
          assertThat(a.getMinY()).as("slide %d", slide.getSlideNumber()).isGreaterThanOrEqualTo(0);
          assertThat(a.getMaxX()).as("slide %d", slide.getSlideNumber()).isLessThanOrEqualTo(width + 0.5);
          assertThat(a.getMaxY()).as("slide %d", slide.getSlideNumber()).isLessThanOrEqualTo(height + 0.5);
          if (shape instanceof XSLFTextShape t) {
            all.append(t.getText()).append('\n');
          }
        }
      }
      for (Talk talk : event.talks()) {
        assertThat(all).contains(talk.title());
        for (Speaker s : talk.speakers()) {
          assertThat(all).contains(s.name());
        }
      }
    }
  }

  @Test
  void darkThemeChangesBothOutputs() throws Exception {
    CliRunner dark = CliRunner.run("build", "-t", "dark", "-o", out.resolve("dark").toString(), SEED.toString());
    assertThat(dark.exitCode()).as(dark.err()).isZero();
    assertThat(pdfColours(output("dark", "pdf"))).isNotEqualTo(pdfColours(output("default", "pdf")));
    assertThat(slideBackgrounds(output("dark", "pptx"))).isNotEqualTo(slideBackgrounds(output("default", "pptx")));
  }

  @Test
  void unknownThemeIsOneClearLineAndWritesNothing() {
    Path target = out.resolve("bad-theme");
    CliRunner r = CliRunner.run("build", "-t", "no-such-theme", "-o", target.toString(), SEED.toString());
    assertThat(r.exitCode()).isEqualTo(NotedeckCli.EXIT_ERROR);
    CliErrorsTest.assertOneCleanLine(r.err(), "no-such-theme");
    assertThat(target).doesNotExist();
  }

  /** The colours the first page's content stream paints with (rg operands), as a set. */
  private static Set<String> pdfColours(Path pdf) throws Exception {
    try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
      Set<String> colours = new HashSet<>();
      for (int i = 0; i < Math.min(3, doc.getNumberOfPages()); i++) {
        var parser = new org.apache.pdfbox.pdfparser.PDFStreamParser(doc.getPage(i));
        List<Object> operands = new ArrayList<>();
        for (Object token = parser.parseNextToken(); token != null; token = parser.parseNextToken()) {
          if (token instanceof org.apache.pdfbox.contentstream.operator.Operator op) {
            if (op.getName().equalsIgnoreCase("rg")) {
              colours.add(operands.toString());
            }
            operands.clear();
          } else {
            operands.add(token);
          }
        }
      }
      return colours;
    }
  }

  private static List<String> slideBackgrounds(Path pptx) throws Exception {
    try (InputStream in = Files.newInputStream(pptx); XMLSlideShow deck = new XMLSlideShow(in)) {
      List<String> colours = new ArrayList<>();
      for (XSLFSlide slide : deck.getSlides()) {
        colours.add(String.valueOf(slide.getBackground().getFillColor()));
      }
      return colours;
    }
  }
}
