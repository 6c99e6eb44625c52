package dev.notedeck.render.pptx;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.notedeck.RenderContext;
import dev.notedeck.diagnostics.Diagnostics;
import dev.notedeck.model.Event;
import dev.notedeck.model.Speaker;
import dev.notedeck.render.deck.Box;
import dev.notedeck.render.deck.Deck;
import dev.notedeck.render.deck.TestEvents;
import dev.notedeck.theme.Theme;
import dev.notedeck.theme.ThemeLoader;
import java.awt.geom.Rectangle2D;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.sl.usermodel.Placeholder;
import org.apache.poi.xslf.usermodel.XMLSlideShow;
import org.apache.poi.xslf.usermodel.XSLFSlide;
import org.apache.poi.xslf.usermodel.XSLFSlideLayout;
import org.apache.poi.xslf.usermodel.XSLFTextShape;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * One renderer reads each template once: planning opens none after the first, every deck written
 * parses it once from memory, and a template file changed on disk is read again.
 */
class TemplateOpensTest {

  @TempDir Path dir;

  private static Event talk(String title) {
    return TestEvents.event(title, List.of(TestEvents.talk(1, "템플릿 " + title, "회사 양식",
        List.of(new Speaker("김하늘", "회사")), List.of(),
        TestEvents.section("요점", TestEvents.ul(TestEvents.item("첫째 요점"), TestEvents.item("둘째 요점"))))));
  }

  @Test
  void aBatchOnTheBuiltInTemplateParsesItOncePerDeckWritten() throws Exception {
    Theme theme = new ThemeLoader().load("default");
    DeckRenderer renderer = new DeckRenderer();
    for (int i = 1; i <= 3; i++) {
      Event event = talk("행사 " + i);
      RenderContext context = new RenderContext(theme, null, Diagnostics.silent());
      Deck plan = renderer.plan(event, context);
      byte[] pptx = write(renderer, plan, context);
      try (XMLSlideShow show = WrittenDeck.open(pptx)) {
        assertThat(show.getSlides()).hasSize(plan.slides().size());
        assertThat(WrittenDeck.slideText(show.getSlides().get(0))).contains("행사 " + i);
      }
      // the first plan's copy went to the first deck; no plan opened it after that
      assertThat(renderer.templateParses()).isEqualTo(i);
    }
  }

  @Test
  void aCompanyTemplatesExampleSlidesAreRemovedOnceAndEveryDeckIsTheSame() throws Exception {
    Path folder = Files.createDirectories(dir.resolve("company"));
    Path template = folder.resolve("template.pptx");
    try (XMLSlideShow show = new XMLSlideShow()) { // POI's 4:3 template: resized to the theme's 16:9
      for (int i = 0; i < 3; i++) {
        XSLFSlide example = show.createSlide(show.getSlideMasters().get(0).getSlideLayouts()[1]);
        example.createTextBox().setText("예시 슬라이드 " + i);
      }
      write(show, template);
    }
    Files.writeString(folder.resolve("theme.yaml"), "description: company\nslides:\n  aspect: \"16:9\"\n"
        + "template:\n  decides: [colors, fonts]\n");
    Theme theme = new ThemeLoader().load(folder);
    DeckRenderer renderer = new DeckRenderer();
    List<byte[]> decks = new ArrayList<>();
    for (int i = 1; i <= 2; i++) {
      RenderContext context = new RenderContext(theme, null, Diagnostics.silent());
      Event event = talk("행사 " + i);
      decks.add(write(renderer, renderer.plan(event, context), context));
    }
    // the first open measured it and kept it without its example slides; each deck parses that
    assertThat(renderer.templateParses()).isEqualTo(3);
    List<String> layouts = new ArrayList<>();
    for (byte[] pptx : decks) {
      try (XMLSlideShow show = WrittenDeck.open(pptx)) {
        WrittenDeck.assertValidOoxml(show);
        WrittenDeck.assertShapesInside(show);
        assertThat(show.getPageSize().getWidth() / show.getPageSize().getHeight()).isCloseTo(16 / 9.0,
            org.assertj.core.data.Offset.offset(0.01));
        assertThat(WrittenDeck.slideTexts(pptx)).noneMatch(t -> t.contains("예시 슬라이드"));
        layouts.add(show.getSlides().stream().map(s -> s.getSlideLayout().getName() + " "
            + DeckTemplate.placeholder(s.getSlideLayout(), Placeholder.TITLE, Placeholder.CENTERED_TITLE)
                .getAnchor()).toList().toString());
      }
    }
    assertThat(layouts.get(1)).isEqualTo(layouts.get(0));
    // as the template opened the long way (parsed, slides removed, resized) has them
    try (XMLSlideShow direct = DeckTemplate.company("template.pptx", Files.readAllBytes(template), theme).show()) {
      for (XSLFSlideLayout l : direct.getSlideMasters().get(0).getSlideLayouts()) {
        XSLFTextShape title = DeckTemplate.placeholder(l, Placeholder.TITLE, Placeholder.CENTERED_TITLE);
        if (title != null && layouts.get(0).contains(l.getName() + " ")) {
          assertThat(layouts.get(0)).contains(l.getName() + " " + title.getAnchor());
        }
      }
    }
  }

  @Test
  void aTemplateChangedOnDiskBetweenRebuildsIsReadAgain() throws Exception {
    CompanyTheme company = companyTheme("watched");
    Path template = company.template();
    DeckRenderer renderer = company.renderer();
    RenderContext context = company.context();
    Box before = renderer.plan(talk("행사"), context).frames().title();
    Box again = renderer.plan(talk("행사"), context).frames().title();
    assertThat(again).isEqualTo(before);
    assertThat(renderer.templateParses()).isEqualTo(1);

    // saved again in PowerPoint with the title moved down (the same size of file, possibly)
    companyTemplate(template, new Rectangle2D.Double(40, 90, 640, 60));
    Files.setLastModifiedTime(template, FileTime.fromMillis(
        Files.getLastModifiedTime(template).toMillis() + 2000));
    Box after = renderer.plan(talk("행사"), context).frames().title();
    assertThat(renderer.templateParses()).isEqualTo(2);
    assertThat(after.y()).isGreaterThan(before.y() + 20);
    byte[] pptx = write(renderer, renderer.plan(talk("행사"), context), context);
    try (XMLSlideShow show = WrittenDeck.open(pptx)) {
      XSLFSlideLayout content = show.getSlideMasters().get(0).getLayout("Title and Content");
      XSLFTextShape title = DeckTemplate.placeholder(content, Placeholder.TITLE);
      assertThat(title.getAnchor().getY()).isCloseTo(after.y(), org.assertj.core.data.Offset.offset(1.0));
    }
  }

  @Test
  void aTemplateBrokenAfterTheThemeLoadedIsReportedByEveryBuild() throws Exception {
    CompanyTheme company = companyTheme("broken");
    Path template = company.template();
    DeckRenderer renderer = company.renderer();
    RenderContext context = company.context();
    renderer.plan(talk("행사"), context);
    // saved over while watch runs: the next builds read it again and say what is wrong
    Files.write(template, "not a zip".getBytes(StandardCharsets.UTF_8));
    for (int i = 0; i < 2; i++) {
      assertThatThrownBy(() -> renderer.plan(talk("행사"), context))
          .hasMessageContaining("template.pptx: cannot read this PowerPoint template (it is not a valid .pptx");
    }
  }

  @Test
  void anSvgLogoIsDrawnOncePerHeightAndABrokenOneFailsEveryTime() throws Exception {
    SvgRasters rasters = new SvgRasters();
    byte[] svg = ("<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"40\" height=\"20\">"
        + "<rect width=\"40\" height=\"20\" fill=\"#c00\"/></svg>").getBytes(StandardCharsets.UTF_8);
    byte[] png = rasters.png(svg, 100);
    assertThat(png).startsWith(0x89, 'P', 'N', 'G');
    assertThat(rasters.png(svg.clone(), 100)).isSameAs(png);
    assertThat(rasters.png(svg, 50)).isNotSameAs(png);
    byte[] broken = "<svg xmlns=\"http://www.w3.org/2000/svg\"><rect".getBytes(StandardCharsets.UTF_8);
    for (int i = 0; i < 2; i++) {
      assertThatThrownBy(() -> rasters.png(broken, 100)).isInstanceOf(IOException.class);
    }
  }

  /** POI's template with the Title and Content layout's title at {@code title}. */
  private static void companyTemplate(Path file, Rectangle2D title) throws IOException {
    try (XMLSlideShow show = new XMLSlideShow()) {
      show.setPageSize(new java.awt.Dimension(720, 405));
      for (XSLFSlideLayout l : show.getSlideMasters().get(0).getSlideLayouts()) {
        if (l.getName().equals("Title and Content")) {
          DeckTemplate.placeholder(l, Placeholder.TITLE).setAnchor(title);
        }
      }
      write(show, file);
    }
  }

  private static void write(XMLSlideShow show, Path file) throws IOException {
    try (OutputStream out = Files.newOutputStream(file)) {
      show.write(out);
    }
  }

  private static byte[] write(DeckRenderer renderer, Deck plan, RenderContext context) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    renderer.write(plan, context, out);
    return out.toByteArray();
  }

  /** A theme folder {@code name} with a company template (title at 40,30), and a renderer for it. */
  private record CompanyTheme(Path template, DeckRenderer renderer, RenderContext context) {}

  private CompanyTheme companyTheme(String name) throws Exception {
    Path folder = Files.createDirectories(dir.resolve(name));
    Path template = folder.resolve("template.pptx");
    Files.writeString(folder.resolve("theme.yaml"), "description: company\n");
    companyTemplate(template, new Rectangle2D.Double(40, 30, 640, 60));
    Theme theme = new ThemeLoader().load(folder);
    return new CompanyTheme(template, new DeckRenderer(), new RenderContext(theme, null, Diagnostics.silent()));
  }
}
