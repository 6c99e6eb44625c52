package dev.notedeck.render.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import dev.notedeck.fonts.ParsedFonts;
import dev.notedeck.model.Event;
import dev.notedeck.theme.Theme;
import dev.notedeck.theme.ThemeLoader;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Fonts are parsed once per JVM and shared by every handout on every thread: handouts rendered
 * at the same time on two threads must read back exactly like one rendered alone, each with its
 * own embedded subsets.
 */
class SharedFontsTest {
  @TempDir static Path dir;
  static RenderedHandout alone;
  static List<RenderedHandout> concurrent;

  @BeforeAll
  static void render() throws Exception {
    Theme theme = new ThemeLoader().load("default");
    Event event = SampleEvents.manyTalks(4);
    HandoutOptions options = HandoutOptions.defaults();
    alone = RenderedHandout.render(event, theme, dir, options);
    ExecutorService pool = Executors.newFixedThreadPool(2);
    try {
      List<CompletableFuture<RenderedHandout>> running = new ArrayList<>();
      for (int i = 0; i < 2; i++) {
        running.add(CompletableFuture.supplyAsync(
            () -> RenderedHandout.render(event, theme, dir, options), pool));
      }
      concurrent = running.stream().map(CompletableFuture::join).toList();
    } finally {
      pool.shutdownNow();
    }
  }

  @Test
  void handoutsRenderedTogetherReadBackLikeOneRenderedAlone() {
    for (RenderedHandout h : concurrent) {
      assertThat(h.pageTexts).isEqualTo(alone.pageTexts);
    }
  }

  @Test
  void eachHandoutEmbedsItsOwnSubsetsOfTheSameFaces() throws IOException {
    List<String> faces = embeddedFaces(alone);
    assertThat(faces).isNotEmpty().allMatch(n -> n.startsWith("[A-Z]{6}+Nanum"));
    for (RenderedHandout h : concurrent) {
      assertThat(embeddedFaces(h)).isEqualTo(faces);
    }
  }

  @Test
  void aFontFileIsParsedOncePerJvm() {
    var regular = new ThemeLoader().load("default").fonts().body().regular();
    assertThat(ParsedFonts.of(regular)).isSameAs(ParsedFonts.of(regular));
  }

  /** Embedded font names without the random subset tag, sorted; every one must be embedded. */
  private static List<String> embeddedFaces(RenderedHandout h) throws IOException {
    List<String> names = new ArrayList<>();
    try (PDDocument doc = h.open()) {
      for (PDPage page : doc.getPages()) {
        PDResources res = page.getResources();
        for (COSName name : res.getFontNames()) {
          PDFont font = res.getFont(name);
          assertThat(font.isEmbedded()).as("font %s embedded", font.getName()).isTrue();
          String face = font.getName();
          if (!names.contains(face)) {
            names.add(face);
          }
        }
      }
    }
    return names.stream().map(n -> n.replaceFirst("^[A-Z]{6}\\+", "[A-Z]{6}+")).distinct().sorted().toList();
  }
}
