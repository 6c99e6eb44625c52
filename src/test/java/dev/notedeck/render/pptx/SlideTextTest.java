package dev.notedeck.render.pptx;

import static org.assertj.core.api.Assertions.assertThat;

import dev.notedeck.RenderContext;
import dev.notedeck.diagnostics.Diagnostics;
import dev.notedeck.model.Block;
import dev.notedeck.model.Event;
import dev.notedeck.model.ListItem;
import dev.notedeck.model.RichText;
import dev.notedeck.model.Span;
import dev.notedeck.model.Speaker;
import dev.notedeck.render.deck.Deck;
import dev.notedeck.render.deck.Para;
import dev.notedeck.render.deck.SlideSpec;
import dev.notedeck.render.deck.TestEvents;
import dev.notedeck.render.deck.TextFrame;
import dev.notedeck.theme.Theme;
import dev.notedeck.theme.ThemeLoader;
import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.apache.poi.xslf.usermodel.XMLSlideShow;
import org.apache.poi.xslf.usermodel.XSLFShape;
import org.apache.poi.xslf.usermodel.XSLFSlide;
import org.apache.poi.xslf.usermodel.XSLFTextRun;
import org.apache.poi.xslf.usermodel.XSLFTextShape;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Slides and notes are written as text: on the built-in template and on templates as
 * PowerPoint (English, Korean) and LibreOffice save them, every part validates against the
 * schema, every planned line reads back with what XML must escape ({@code & < > "}), control
 * characters as '?', links as their addresses, and the slide show kept in memory for drawing
 * holds the same slides as the file.
 */
class SlideTextTest {

  private static final String TRICKY = "A & B <c> \"d\" 'e' 한국어 \u0001끝";

  @TempDir Path dir;

  /** Every kind of slide, with text that needs escaping everywhere text goes. */
  private static Event tricky() {
    List<List<RichText>> rows = List.of(
        List.of(TestEvents.text("가 & 나"), TestEvents.text("<b>"), TestEvents.text("\"따옴표\"")),
        List.of(TestEvents.text("다"), TestEvents.text("1 < 2"), TestEvents.text("끝 >")));
    Block.Table table = new Block.Table(List.of(TestEvents.text("이름 & 값"), TestEvents.text("<값>"),
        TestEvents.text("비고")), rows, List.of(Block.Align.LEFT, Block.Align.CENTER, Block.Align.RIGHT));
    ListItem link = new ListItem(new RichText(List.of(Span.plain("링크 & 주소: "),
        new Span("자료 <1>", Set.of(Span.Style.BOLD), "https://example.org/a?b=1&c=2&d=%22q%22"))), List.of());
    var talk = TestEvents.talk(1, "발표 " + TRICKY, "부제 & <부제>", List.of(new Speaker("김 & 이", "회사 <주>")),
        List.of(TestEvents.p("소개 " + TRICKY)),
        TestEvents.section("목록 " + TRICKY, TestEvents.ul(TestEvents.item("첫째 " + TRICKY,
            TestEvents.ul(TestEvents.item("하위 <항목> & 설명"))), TestEvents.item("둘째"), link)),
        TestEvents.section("코드 <예시>", new Block.Code("java",
            "if (a < b && c > d) {\n  s = \"문자열 & 기호\";\n}\n")),
        TestEvents.section("표 & 값", table),
        TestEvents.section("비교", List.of(TestEvents.p("앞 & 뒤")), List.of(
            TestEvents.sub("장점 <1>", TestEvents.ul(TestEvents.item("빠름 & 쌈"))),
            TestEvents.sub("단점 \"2\"", TestEvents.ul(TestEvents.item("복잡함 < 단순함"))))),
        TestEvents.section("인용", TestEvents.quote("인용 " + TRICKY)));
    List<dev.notedeck.model.Part> parts = new ArrayList<>();
    parts.add(talk);
    parts.add(TestEvents.talk(2, "Second talk & more", null, List.of(new Speaker("Jane <Doe>", "Example & Co")),
        List.of(), TestEvents.section("Points", TestEvents.ul(TestEvents.item("One & two"),
            TestEvents.item("Three < four")))));
    return TestEvents.event("행사 " + TRICKY, parts);
  }

  @Test
  void everySlideOnEveryKindOfTemplateValidatesAndReadsBackAsPlanned() throws Exception {
    List<Path> templates = new ArrayList<>();
    templates.add(null);
    templates.add(CompanyTemplates.powerPointDefault(dir.resolve("pp/template.pptx")));
    templates.add(CompanyTemplates.korean(dir.resolve("ko/template.pptx"), true));
    templates.add(CompanyTemplates.libreOffice(dir.resolve("lo/template.pptx")));
    for (Path template : templates) {
      RenderContext context = new RenderContext(theme(template), dir, Diagnostics.silent());
      DeckRenderer renderer = new DeckRenderer();
      Deck deck = renderer.plan(tricky(), context);
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      renderer.write(deck, context, out);
      String which = template == null ? "built-in" : template.getParent().getFileName().toString();
      try (XMLSlideShow show = WrittenDeck.open(out.toByteArray())) {
        WrittenDeck.assertValidOoxml(show);
        WrittenDeck.assertShapesInside(show);
        WrittenDeck.assertKoreanRuns(show);
        assertThat(show.getSlides()).as(which).hasSize(deck.slides().size());
        Set<String> links = new HashSet<>();
        for (int i = 0; i < deck.slides().size(); i++) {
          SlideSpec spec = deck.slides().get(i);
          XSLFSlide slide = show.getSlides().get(i);
          String text = WrittenDeck.slideText(slide);
          for (String line : plannedLines(spec.title())) {
            assertThat(text).as("%s slide %d", which, i + 1).contains(line);
          }
          assertThat(WrittenDeck.notesText(slide)).as("%s notes %d", which, i + 1)
              .isEqualTo(readable(spec.notes()) + "\n");
          assertUniqueShapeIds(slide);
          for (XSLFShape shape : slide.getShapes()) {
            if (shape instanceof XSLFTextShape t) {
              t.getTextParagraphs().forEach(p -> p.getTextRuns().stream()
                  .map(XSLFTextRun::getHyperlink).filter(h -> h != null).forEach(h -> links.add(h.getAddress())));
            }
          }
        }
        assertThat(links).as(which).contains("https://example.org/a?b=1&c=2&d=%22q%22");
        String all = String.join("\n", show.getSlides().stream().map(WrittenDeck::slideText).toList());
        assertThat(all).as(which).contains("A & B <c> \"d\" 'e'", "가 & 나", "<b>",
            "s = \"문자열 & 기호\";", "빠름 & 쌈");
      }
    }
  }

  @Test
  void theSlideShowKeptForDrawingHoldsTheSameSlidesAsTheFile() throws Exception {
    RenderContext context = new RenderContext(theme(CompanyTemplates.libreOffice(dir.resolve("lo2/template.pptx"))),
        dir, Diagnostics.silent());
    DeckRenderer renderer = new DeckRenderer();
    Deck deck = renderer.plan(tricky(), context);
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    renderer.write(deck, context, out);
    try (XMLSlideShow written = WrittenDeck.open(out.toByteArray()); XMLSlideShow drawn = renderer.show(deck, context)) {
      assertThat(drawn.getSlides()).hasSameSizeAs(written.getSlides());
      for (int i = 0; i < written.getSlides().size(); i++) {
        XSLFSlide a = written.getSlides().get(i);
        XSLFSlide b = drawn.getSlides().get(i);
        assertThat(WrittenDeck.slideText(b)).isEqualTo(WrittenDeck.slideText(a));
        assertThat(b.getShapes().stream().map(s -> s.getShapeName() + " " + s.getAnchor()).toList())
            .isEqualTo(a.getShapes().stream().map(s -> s.getShapeName() + " " + s.getAnchor()).toList());
        assertThat(b.getSlideLayout().getName()).isEqualTo(a.getSlideLayout().getName());
      }
    }
  }

  private static void assertUniqueShapeIds(XSLFSlide slide) {
    List<Integer> ids = slide.getShapes().stream().map(XSLFShape::getShapeId).toList();
    assertThat(new HashSet<>(ids)).as("shape ids of slide %d: %s", slide.getSlideNumber(), ids).hasSameSizeAs(ids);
  }

  private Theme theme(Path template) throws Exception {
    if (template == null) {
      return new ThemeLoader().load("default");
    }
    Files.writeString(template.getParent().resolve("theme.yaml"), "description: company\n");
    return new ThemeLoader().load(template.getParent());
  }

  /** The planned frame's lines as they read back: control characters as '?'. */
  private static List<String> plannedLines(TextFrame frame) {
    List<String> lines = new ArrayList<>();
    for (Para p : frame.paras()) {
      for (String line : readable(p.plainText()).split("\n")) {
        if (!line.isBlank()) {
          lines.add(line);
        }
      }
    }
    return lines;
  }

  private static String readable(String s) {
    StringBuilder out = new StringBuilder();
    for (char c : s.toCharArray()) {
      out.append(c < 0x20 && c != '\t' && c != '\n' && c != '\r' ? '?' : c);
    }
    return out.toString();
  }
}
