package dev.notedeck.render.pptx;

import static org.assertj.core.api.Assertions.assertThat;

import dev.notedeck.diagnostics.Diagnostics;
import dev.notedeck.RenderContext;
import dev.notedeck.model.Block;
import dev.notedeck.model.Event;
import dev.notedeck.model.Speaker;
import dev.notedeck.render.deck.Deck;
import dev.notedeck.render.deck.DeckFonts;
import dev.notedeck.render.deck.TestEvents;
import dev.notedeck.repro.ReproducibleZip;
import dev.notedeck.theme.Theme;
import dev.notedeck.theme.ThemeLoader;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import javax.imageio.ImageIO;
import org.apache.poi.xslf.usermodel.XMLSlideShow;
import org.apache.poi.xslf.usermodel.XSLFPictureShape;
import org.apache.poi.xslf.usermodel.XSLFRelation;
import org.apache.poi.xslf.usermodel.XSLFSlide;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The deck writer streams each slide and its notes out as soon as they are made, POI keeping
 * only their empty parts (so memory does not grow with the deck): the package still holds every slide, its
 * notes and a picture shared by two slides, once each, whichever stream it is written to.
 */
class StreamedDeckTest {

  @TempDir
  Path dir;

  Theme theme;
  Event event;

  @BeforeEach
  void notesWithOnePictureOnTwoSlides() throws IOException {
    ImageIO.write(new BufferedImage(800, 400, BufferedImage.TYPE_INT_RGB), "png", dir.resolve("arch.png").toFile());
    theme = new ThemeLoader().load("default");
    List<dev.notedeck.model.Section> sections = new ArrayList<>();
    sections.add(TestEvents.section("구조", new Block.Image("arch.png", "전체 구조도", "", 3)));
    for (int i = 1; i <= 6; i++) {
      sections.add(TestEvents.section("단계 " + i, TestEvents.ul(TestEvents.item("항목 " + i + " 설명"))));
    }
    sections.add(TestEvents.section("다시 구조", new Block.Image("arch.png", "같은 그림", "", 30)));
    event = TestEvents.event("스트리밍 행사", List.of(TestEvents.talk(1, "슬라이드 흘려 쓰기", null,
        List.of(new Speaker("박흐름", "예시")), List.of(), sections.toArray(dev.notedeck.model.Section[]::new))));
  }

  @Test
  void everySlideNotesAndSharedPictureAreWrittenAndPoiKeepsNoSlideContent() throws Exception {
    RenderContext context = new RenderContext(theme, dir, Diagnostics.silent());
    Deck deck = new DeckRenderer().plan(event, context);
    DeckTemplate template = DeckTemplate.open(theme, Diagnostics.silent());
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try {
      new DeckWriter(theme, template, DeckFonts.of(theme)).write(deck, out);
      // what POI still holds once the package is written: slide and notes parts without content,
      // and no slide objects
      assertThat(template.show().getSlides()).isEmpty();
      for (String type : List.of(XSLFRelation.SLIDE.getContentType(), XSLFRelation.NOTES.getContentType())) {
        var parts = template.show().getPackage().getPartsByContentType(type);
        assertThat(parts).as(type).hasSize(deck.slides().size());
        for (var part : parts) {
          try (var in = part.getInputStream()) {
            assertThat(in.readAllBytes()).as(part.getPartName().getName()).isEmpty();
          }
        }
      }
    } finally {
      template.show().close();
    }

    Map<String, byte[]> parts = entries(out.toByteArray());
    assertThat(parts.keySet().stream().filter(n -> n.matches("ppt/slides/slide\\d+\\.xml")))
        .hasSize(deck.slides().size());
    assertThat(parts.keySet().stream().filter(n -> n.matches("ppt/notesSlides/notesSlide\\d+\\.xml")))
        .hasSize(deck.slides().size());
    assertThat(parts.keySet().stream().filter(n -> n.startsWith("ppt/media/"))).hasSize(1);

    try (XMLSlideShow show = WrittenDeck.open(out.toByteArray())) {
      assertThat(show.getSlides()).hasSize(deck.slides().size());
      List<XSLFSlide> withPicture = show.getSlides().stream()
          .filter(s -> s.getShapes().stream().anyMatch(XSLFPictureShape.class::isInstance)).toList();
      assertThat(withPicture).hasSize(2);
      assertThat(WrittenDeck.slideText(withPicture.get(0))).contains("전체 구조도");
      assertThat(WrittenDeck.slideText(withPicture.get(1))).contains("같은 그림");
      for (XSLFPictureShape p : withPicture.stream().flatMap(s -> s.getShapes().stream())
          .filter(XSLFPictureShape.class::isInstance).map(XSLFPictureShape.class::cast).toList()) {
        assertThat(p.getPictureData().getData()).isNotEmpty();
      }
      String all = String.join("\n", show.getSlides().stream().map(WrittenDeck::slideText).toList());
      for (int i = 1; i <= 6; i++) {
        assertThat(all).contains("항목 " + i + " 설명");
      }
      for (XSLFSlide slide : show.getSlides()) {
        assertThat(slide.getNotes()).as("notes of slide %d", slide.getSlideNumber()).isNotNull();
      }
      WrittenDeck.assertValidOoxml(show);
    }
  }

  /** The build's path (POI's parts collected by the reproducible zip) holds the same parts. */
  @Test
  void theBuildsReproducibleZipGetsTheSamePartsAsAPlainStream() throws Exception {
    RenderContext context = new RenderContext(theme, dir, Diagnostics.silent());
    ByteArrayOutputStream plain = new ByteArrayOutputStream();
    new DeckRenderer().render(event, context, plain);
    ByteArrayOutputStream built = new ByteArrayOutputStream();
    ReproducibleZip.write(Instant.parse("2024-01-01T00:00:00Z"),
        zip -> new DeckRenderer().render(event, context, zip), built);

    Map<String, byte[]> a = entries(plain.toByteArray());
    Map<String, byte[]> b = entries(built.toByteArray());
    assertThat(b.keySet()).isEqualTo(a.keySet());
    for (String name : a.keySet()) {
      if (!name.equals("docProps/core.xml")) { // its dates are the build's in one of them
        assertThat(b.get(name)).as(name).isEqualTo(a.get(name));
      }
    }
  }

  /** Every entry of a zip, by name; a name written twice fails. */
  static Map<String, byte[]> entries(byte[] zip) throws IOException {
    Map<String, byte[]> entries = new TreeMap<>();
    try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
      for (ZipEntry e; (e = in.getNextEntry()) != null; ) {
        assertThat(entries.put(e.getName(), in.readAllBytes())).as("entry %s once", e.getName()).isNull();
      }
    }
    return entries;
  }
}
