package dev.notedeck.render.pptx;

import static org.assertj.core.api.Assertions.assertThat;

import dev.notedeck.diagnostics.Diagnostics;
import dev.notedeck.RenderContext;
import dev.notedeck.model.Block;
import dev.notedeck.model.Event;
import dev.notedeck.model.Speaker;
import dev.notedeck.render.deck.Deck;
import dev.notedeck.diagnostics.Finding;
import dev.notedeck.diagnostics.Severity;
import dev.notedeck.render.deck.SlideLayout;
import dev.notedeck.render.deck.SlideSpec;
import dev.notedeck.render.deck.TestEvents;
import dev.notedeck.theme.Theme;
import dev.notedeck.theme.ThemeLoader;
import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.apache.poi.sl.usermodel.Placeholder;
import org.apache.poi.xslf.usermodel.XMLSlideShow;
import org.apache.poi.xslf.usermodel.XSLFSlide;
import org.apache.poi.xslf.usermodel.XSLFTextShape;
import org.openxmlformats.schemas.presentationml.x2006.main.STSlideLayoutType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Company templates as Korean PowerPoint and LibreOffice save them: each slide sits on the
 * template's layout of the right kind, found by type first, then by name, and a layout the
 * template lacks gives one warning naming the stand-in.
 */
class TemplateLayoutsTest {

  /** One talk: a title slide, a divider, bullets, code (small: four templates render it). */
  private static final Event SMALL = TestEvents.event("사내 세미나", List.of(
      TestEvents.talk(1, "템플릿 이야기", "회사 양식", List.of(new Speaker("김하늘", "회사")),
          List.of(), TestEvents.section("요점", TestEvents.ul(TestEvents.item("첫째 요점"),
              TestEvents.item("둘째 요점"))),
          TestEvents.section("코드", new Block.Code("java", "class A {}\n")))));

  @TempDir Path dir;

  @Test
  void powerPointsOwnDefaultTemplateAt4to3PutsEverySlideOnTheLayoutOfItsType() throws Exception {
    Rendered r = render(CompanyTemplates.powerPointDefault(dir.resolve("pp/template.pptx")));
    assertThat(r.layoutWarnings()).isEmpty();
    assertThat(r.show.getPageSize().getWidth() / r.show.getPageSize().getHeight())
        .isCloseTo(4.0 / 3, org.assertj.core.data.Offset.offset(0.01));
    r.assertLayouts("Title Slide", "Section Header", "Title and Content", "Title Only");
    r.assertEverySlideOnItsLayoutType();
  }

  @Test
  void koreanPowerPointTemplateIsMatchedByTypeWithoutWarnings() throws Exception {
    Rendered r = render(CompanyTemplates.korean(dir.resolve("ko/template.pptx"), true));
    assertThat(r.layoutWarnings()).isEmpty();
    r.assertLayouts("제목 슬라이드", "구역 머리글", "제목 및 내용", "제목만");
    r.assertEverySlideOnItsLayoutType();
  }

  @Test
  void koreanNamesAloneAreEnoughWhenTypesAreMissing() throws Exception {
    Rendered r = render(CompanyTemplates.korean(dir.resolve("ko-untyped/template.pptx"), false));
    assertThat(r.layoutWarnings()).isEmpty();
    r.assertLayouts("제목 슬라이드", "구역 머리글", "제목 및 내용", "제목만");
  }

  @Test
  void libreOfficeResaveKeepsContentLayoutsAndNotesTheSectionHeaderItCannotKeep()
      throws Exception {
    Rendered r = render(CompanyTemplates.libreOffice(dir.resolve("lo/template.pptx")));
    // LibreOffice keeps no section header layout, and nothing in the template can mend that:
    // a note (shown with -v), not a warning
    assertThat(r.layoutWarnings()).isEmpty();
    assertThat(r.findings).filteredOn(f -> f.severity() == Severity.INFO)
        .singleElement().satisfies(f -> assertThat(f.message()).contains("LibreOffice")
            .contains("Section Header").contains("Title Slide"));
    r.assertLayouts("Title Slide", "Title Slide", "Title, Content", "Title Only");
    // Bullets go into the layout's own content placeholder (a bare <p:ph/>), not a new box.
    XSLFSlide bullets = r.firstOf(SlideSpec.BulletSlide.class);
    XSLFTextShape body = DeckTemplate.placeholder(bullets, Placeholder.CONTENT);
    assertThat(body).isNotNull();
    assertThat(body.getText()).isNotBlank();
    // The title slide reads top to bottom: title, then subtitle.
    XSLFSlide cover = r.show.getSlides().get(0);
    XSLFTextShape title = DeckTemplate.placeholder(cover, Placeholder.TITLE,
        Placeholder.CENTERED_TITLE);
    XSLFTextShape subtitle = DeckTemplate.placeholder(cover, Placeholder.SUBTITLE,
        Placeholder.BODY);
    assertThat(title.getAnchor().getY()).isLessThan(subtitle.getAnchor().getY());
  }

  @Test
  void aTemplateWhoseTypefaceIsNotInstalledSaysSoOnceNamingTheTemplate() throws Exception {
    Rendered r = render(CompanyTemplates.withTypeface(dir.resolve("font/template.pptx"),
        "Nowhere Corporate Sans"));
    assertThat(r.findings).filteredOn(f -> f.code().equals("theme.typeface-missing"))
        .singleElement().satisfies(f -> assertThat(f.message())
            .contains("template's typeface 'Nowhere Corporate Sans'").contains("NanumGothic"));
  }

  private Rendered render(Path template) throws Exception {
    Path folder = template.getParent();
    Files.writeString(folder.resolve("theme.yaml"), "description: company\n");
    Theme theme = new ThemeLoader().load(folder);
    Diagnostics.Collecting warnings = new Diagnostics.Collecting();
    RenderContext context = new RenderContext(theme, null, warnings);
    Deck plan = new DeckRenderer().plan(SMALL, context);
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    new DeckRenderer().render(SMALL, context, out);
    XMLSlideShow show = WrittenDeck.open(out.toByteArray());
    WrittenDeck.assertValidOoxml(show);
    WrittenDeck.assertShapesInside(show);
    return new Rendered(plan, show, warnings.findings().stream().distinct().toList());
  }

  private record Rendered(Deck plan, XMLSlideShow show, List<Finding> findings) {
    /** Warnings about layouts (a machine without the template's typeface adds its own). */
    List<String> layoutWarnings() {
      return findings.stream().filter(f -> f.severity() == Severity.WARNING
          && !f.code().equals("theme.typeface-missing")).map(Finding::toString).toList();
    }

    /** Each slide sits on a layout of the type its kind asks for. */
    void assertEverySlideOnItsLayoutType() {
      Map<SlideLayout, STSlideLayoutType.Enum> types = Map.of(
          SlideLayout.COVER, STSlideLayoutType.TITLE,
          SlideLayout.SECTION_HEADER, STSlideLayoutType.SEC_HEAD,
          SlideLayout.TITLE_AND_CONTENT, STSlideLayoutType.OBJ,
          SlideLayout.TITLE_ONLY, STSlideLayoutType.TITLE_ONLY,
          SlideLayout.TWO_CONTENT, STSlideLayoutType.TWO_OBJ);
      for (int i = 0; i < plan.slides().size(); i++) {
        SlideSpec spec = plan.slides().get(i);
        assertThat(show.getSlides().get(i).getSlideLayout().getXmlObject().getType())
            .as("slide %d (%s)", i + 1, spec.getClass().getSimpleName())
            .isEqualTo(types.get(spec.layout()));
      }
    }

    /** The layout each kind of slide sits on: title, talk divider, bullets, code. */
    void assertLayouts(String cover, String divider, String bullets, String code) {
      assertThat(show.getSlides()).hasSize(plan.slides().size());
      assertThat(firstOf(SlideSpec.TitleSlide.class).getSlideLayout().getName()).isEqualTo(cover);
      assertThat(firstOf(SlideSpec.TalkDividerSlide.class).getSlideLayout().getName())
          .isEqualTo(divider);
      assertThat(firstOf(SlideSpec.BulletSlide.class).getSlideLayout().getName())
          .isEqualTo(bullets);
      assertThat(firstOf(SlideSpec.CodeSlide.class).getSlideLayout().getName()).isEqualTo(code);
    }

    XSLFSlide firstOf(Class<? extends SlideSpec> kind) {
      for (int i = 0; i < plan.slides().size(); i++) {
        if (kind.isInstance(plan.slides().get(i))) {
          return show.getSlides().get(i);
        }
      }
      throw new AssertionError("no " + kind.getSimpleName() + " in the plan");
    }
  }
}
