package dev.notedeck.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.imageio.ImageIO;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code notedeck build} over a folder of several notes: one line per file naming its outputs
 * with the pages really written, a closing summary, plain lines when not on a terminal, -q, -v,
 * -o as a file name, and the self-contained HTML handout.
 */
class BuildCommandTest {

  @TempDir static Path dir;
  static Path notes;
  static Path out;
  static CliRunner batch;

  @BeforeAll
  static void buildABatch() throws Exception {
    notes = Files.createDirectories(dir.resolve("notes"));
    Files.createDirectories(notes.resolve("img"));
    BufferedImage image = new BufferedImage(60, 40, BufferedImage.TYPE_INT_RGB);
    ImageIO.write(image, "png", notes.resolve("img/photo.png").toFile());
    for (String name : new String[] {"alpha", "beta", "gamma"}) {
      StringBuilder md = new StringBuilder("# " + name + " 행사\n\n정보 | 내용\n--- | ---\n일시 | 2026.05.16.\n\n");
      int talks = name.equals("beta") ? 3 : 1;
      for (int t = 1; t <= talks; t++) {
        md.append("## ").append(t).append(". 발표 ").append(t).append(" - 김하늘 ( 노트덱 )\n\n### 요점\n");
        md.append("* ").append(name).append(" 첫째\n* 둘째\n\n![사진](img/photo.png)\n\n");
      }
      Files.writeString(notes.resolve(name + ".md"), md, StandardCharsets.UTF_8);
    }
    out = dir.resolve("out");
    batch = CliRunner.run("build", "-f", "pdf,html", "-o", out.toString(), notes.toString());
  }

  @Test
  void oneLinePerFileWithThePagesReallyWritten() throws Exception {
    assertThat(batch.exitCode()).as(batch.err()).isZero();
    int total = 0;
    for (String name : new String[] {"alpha", "beta", "gamma"}) {
      Path pdf = out.resolve(name + ".pdf");
      int pages;
      try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
        pages = doc.getNumberOfPages();
      }
      total += pages;
      Matcher line = Pattern.compile("(?m)^" + Pattern.quote(notes.resolve(name + ".md").toString())
          + " -> " + Pattern.quote(pdf.toString()) + " \\((\\d+) pages?\\), "
          + Pattern.quote(out.resolve(name + ".html").toString()) + "  \\d+(\\.\\d)? m?s$").matcher(batch.out());
      assertThat(line.find()).as(batch.out()).isTrue();
      assertThat(Integer.parseInt(line.group(1))).isEqualTo(pages);
    }
    assertThat(batch.out().lines().toList()).last().asString()
        .matches("Built 3 notes files in \\d+(\\.\\d)? m?s: 3 handouts \\(" + total + " pages\\), 3 HTML handouts");
    assertThat(batch.out()).doesNotContain("\r").doesNotContain(Terminal.CLEAR_TO_END);
  }

  @Test
  void htmlHandoutCarriesItsFontsAndImages() throws Exception {
    String html = Files.readString(out.resolve("alpha.html"), StandardCharsets.UTF_8);
    assertThat(html).startsWith("<!DOCTYPE html>").contains("alpha 첫째").contains("발표 1");
    assertThat(html).contains("@font-face").contains("src: url(data:font/ttf;base64,");
    assertThat(html).contains("src=\"data:image/png;base64,").doesNotContain("file:");
    assertThat(html).doesNotContain("<bookmarks>");
    // fonts are subset to what the page uses: far below one full Korean font (4.6 MB)
    assertThat(Files.size(out.resolve("alpha.html"))).isLessThan(1_000_000);
  }

  @Test
  void slideImagesOnePerSlideOfTheDeck() throws Exception {
    Path slides = dir.resolve("slides");
    Files.createDirectories(slides);
    Path stale = Files.write(slides.resolve("gamma-40.png"), new byte[] {1});
    Path unrelated = Files.write(slides.resolve("gamma-2019.png"), new byte[] {1});
    CliRunner r = CliRunner.run("build", "-f", "pptx,png", "-o", slides.toString(), notes.resolve("gamma.md").toString());
    assertThat(r.exitCode()).as(r.err()).isZero();
    int deckSlides;
    try (var show = new org.apache.poi.xslf.usermodel.XMLSlideShow(Files.newInputStream(slides.resolve("gamma.pptx")))) {
      deckSlides = show.getSlides().size();
    }
    assertThat(deckSlides).isGreaterThan(2);
    for (int n = 1; n <= deckSlides; n++) {
      BufferedImage image = ImageIO.read(slides.resolve(String.format("gamma-%02d.png", n)).toFile());
      assertThat(image.getWidth()).isEqualTo(1920);
      assertThat(image.getHeight()).isEqualTo(1080);
    }
    assertThat(slides.resolve(String.format("gamma-%02d.png", deckSlides + 1))).doesNotExist();
    assertThat(r.out()).contains("(" + deckSlides + " slides)").contains("(" + deckSlides + " images)");
    assertThat(unrelated).exists(); // not a slide this deck could have had
    assertThat(stale).exists();     // not right after the last slide either: left alone

    // A slide image the deck no longer has (it was longer before) goes on the next build.
    Path leftover = Files.write(slides.resolve(String.format("gamma-%02d.png", deckSlides + 1)), new byte[] {1});
    CliRunner again = CliRunner.run("build", "-q", "-f", "png", "-o", slides.toString(), notes.resolve("gamma.md").toString());
    assertThat(again.exitCode()).isZero();
    assertThat(leftover).doesNotExist();
  }

  @Test
  void quietPrintsNothing() {
    CliRunner r = CliRunner.run("build", "-q", "-f", "html", "-o", dir.resolve("quiet").toString(), notes.toString());
    assertThat(r.exitCode()).isZero();
    assertThat(r.out()).isEmpty();
    assertThat(r.err()).isEmpty();
    assertThat(dir.resolve("quiet/beta.html")).isRegularFile();
  }

  @Test
  void verboseNamesThemeSizesAndWhatWasRead() {
    CliRunner r = CliRunner.run("build", "-v", "-f", "html", "-o", dir.resolve("verbose").toString(),
        notes.resolve("gamma.md").toString());
    assertThat(r.exitCode()).as(r.err()).isZero();
    assertThat(r.out()).contains("theme: default").containsPattern("gamma\\.html  \\d+ KB")
        .contains("reads: " + notes.resolve("img/photo.png").toAbsolutePath());
    assertThat(r.out()).doesNotContain("Built "); // one file: no batch summary
  }

  @Test
  void outputMayBeAFileName() {
    Path handout = dir.resolve("named/handout.html");
    CliRunner r = CliRunner.run("build", "-o", handout.toString(), notes.resolve("beta.md").toString());
    assertThat(r.exitCode()).as(r.err()).isZero();
    assertThat(handout).isRegularFile();
    assertThat(dir.resolve("named")).isDirectoryNotContaining("glob:**.pdf").isDirectoryNotContaining("glob:**.pptx");
    assertThat(r.out()).contains("-> " + handout);
  }
}
