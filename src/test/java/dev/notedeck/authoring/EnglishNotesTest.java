package dev.notedeck.authoring;

import static org.assertj.core.api.Assertions.assertThat;

import dev.notedeck.diagnostics.Diagnostics;
import dev.notedeck.RenderContext;
import dev.notedeck.lang.Labels;
import dev.notedeck.model.Event;
import dev.notedeck.parse.NotesParser;
import dev.notedeck.render.pdf.HandoutRenderer;
import dev.notedeck.render.pptx.DeckRenderer;
import dev.notedeck.theme.ThemeLoader;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xslf.usermodel.XMLSlideShow;
import org.apache.poi.xslf.usermodel.XSLFSlide;
import org.apache.poi.xslf.usermodel.XSLFTextShape;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** English notes get an English handout and deck; front matter lang: wins over detection. */
class EnglishNotesTest {

  static final String ENGLISH = """
      # Build Tools Meetup

      ## 1. Faster builds with caches - Jane Park ( Example Corp )
      ### Why caches
      * Most builds repeat the same work, says 김하늘
      * A remote cache shares results between machines
      """;

  @Test
  void englishNotesGetEnglishLabelsMetadataAndLanguage() throws Exception {
    Rendered r = render(ENGLISH);
    assertThat(r.pdfText).contains("Contents").doesNotContain("목차");
    assertThat(r.language).isEqualTo("en");
    assertThat(r.subject).contains("talk notes").doesNotContain("발표");
    assertThat(r.slides).contains("Agenda").contains("Thank you").doesNotContain("감사합니다");
    assertThat(r.html).contains("lang=\"en\"");
    // runs without Hangul are English; the speaker's Korean name stays Korean
    assertThat(r.latinRunLanguages).containsOnly("en-US");
    assertThat(r.deckLanguage).isEqualTo("en-US");
  }

  @Test
  void continuationSlidesSayContinuedInTheNotesLanguage() throws Exception {
    StringBuilder english = new StringBuilder("# Long Lists\n\n## 1. Many points - Jane Park\n### Forty points\n");
    StringBuilder korean = new StringBuilder("# 긴 목록\n\n## 1. 많은 요점 - 김하늘\n### 마흔 가지\n");
    for (int i = 1; i <= 40; i++) {
      english.append("* Point ").append(i).append(" is one more thing to remember\n");
      korean.append("* 요점 ").append(i).append("번은 기억할 것이 하나 더 있다는 뜻\n");
    }
    assertThat(render(english.toString()).slides).contains("Forty points (1/").contains("Forty points (continued, 2/");
    assertThat(render(korean.toString()).slides).contains("마흔 가지 (1/").contains("마흔 가지 (계속, 2/");
  }

  @Test
  void frontMatterLangWins() throws Exception {
    Rendered r = render("---\nlang: ko\n---\n" + ENGLISH);
    assertThat(r.pdfText).contains("목차");
    assertThat(r.language).isEqualTo("ko");
    assertThat(r.slides).contains("발표 순서").contains("감사합니다");
  }

  @Test
  void otherLanguagesTakeEnglishWithOverrides() {
    Labels fr = Labels.forLanguage("fr", Map.of("contents", "Sommaire", "thanks", "Merci"));
    assertThat(fr.language()).isEqualTo("fr");
    assertThat(fr.contents()).isEqualTo("Sommaire");
    assertThat(fr.thanks()).isEqualTo("Merci");
    assertThat(fr.agenda()).isEqualTo("Agenda");
  }

  @Test
  void aThemeGivesTheWordsOfAnotherLanguageAndCanHideSpeakerNotes(@TempDir Path dir) throws Exception {
    Path theme = Files.createDirectories(dir.resolve("francais"));
    Files.writeString(theme.resolve("theme.yaml"), """
        extends: default
        notes:
          inHandout: false
        labels:
          contents: Sommaire
          agenda: Programme
          thanks: Merci
          continued: suite
          talk-notes: "Notes de {title} ({talks} exposés{details})"
          tip: Astuce
        """);
    String notes = """
        ---
        lang: fr
        ---
        # Rencontre

        ## 1. Des caches - Jeanne Martin
        ### Pourquoi
        Le travail se répète.

        ::: notes
        Demander qui utilise un cache
        :::

        ::: tip
        Vider le cache avant la démo.
        :::
        """ + "* Encore un point à retenir\n".repeat(40);
    Rendered r = render(notes, new ThemeLoader().load(theme));
    assertThat(r.pdfText).contains("Sommaire").contains("Le travail se répète.")
        .doesNotContain("Demander qui utilise un cache");
    assertThat(r.language).isEqualTo("fr");
    assertThat(r.subject).isEqualTo("Notes de Rencontre (1 exposés)");
    assertThat(r.html).contains("lang=\"fr\"");
    assertThat(r.slides).contains("Programme").contains("Merci").contains("Astuce").contains("Pourquoi (suite, 2/");
    assertThat(r.pdfText).contains("Astuce");
    assertThat(r.deckLanguage).isEqualTo("fr");
    assertThat(r.latinRunLanguages).containsOnly("fr");
  }

  /**
   * @param latinRunLanguages the lang of every deck run (slides, notes, footers) without Hangul
   * @param deckLanguage the deck's package language
   */
  record Rendered(String pdfText, String language, String subject, String slides, String html,
      java.util.Set<String> latinRunLanguages, String deckLanguage) {}

  private static Rendered render(String notes) throws Exception {
    return render(notes, new ThemeLoader().load("default"));
  }

  private static Rendered render(String notes, dev.notedeck.theme.Theme theme) throws Exception {
    Event event = new NotesParser().parse(notes, Path.of("english.md"));
    RenderContext context = new RenderContext(theme, Path.of("."), Diagnostics.silent());
    ByteArrayOutputStream pdf = new ByteArrayOutputStream();
    new HandoutRenderer().render(event, context, pdf);
    String text;
    String language;
    String subject;
    try (PDDocument doc = Loader.loadPDF(pdf.toByteArray())) {
      text = new PDFTextStripper().getText(doc);
      language = doc.getDocumentCatalog().getLanguage();
      subject = doc.getDocumentInformation().getSubject();
    }
    ByteArrayOutputStream page = new ByteArrayOutputStream();
    new dev.notedeck.render.html.HtmlHandoutRenderer().render(event, context, page);
    ByteArrayOutputStream pptx = new ByteArrayOutputStream();
    new DeckRenderer().render(event, context, pptx);
    StringBuilder slides = new StringBuilder();
    java.util.Set<String> langs = new java.util.TreeSet<>();
    String deckLanguage;
    try (XMLSlideShow show = new XMLSlideShow(new ByteArrayInputStream(pptx.toByteArray()))) {
      for (XSLFSlide slide : show.getSlides()) {
        slide.getShapes().stream().filter(XSLFTextShape.class::isInstance)
            .forEach(s -> slides.append(((XSLFTextShape) s).getText()).append('\n'));
        runLanguages(slide.getXmlObject(), langs);
        if (slide.getNotes() != null) {
          runLanguages(slide.getNotes().getXmlObject(), langs);
        }
      }
      deckLanguage = show.getPackage().getPackageProperties().getLanguageProperty().orElse(null);
    }
    return new Rendered(text, language, subject, slides.toString(), page.toString(java.nio.charset.StandardCharsets.UTF_8),
        langs, deckLanguage);
  }

  /** The lang of every text run without Hangul in a slide or notes part. */
  private static void runLanguages(org.apache.xmlbeans.XmlObject part, java.util.Set<String> langs) {
    for (org.apache.xmlbeans.XmlObject o : part.selectPath(
        "declare namespace a='http://schemas.openxmlformats.org/drawingml/2006/main' .//a:r")) {
      var run = (org.openxmlformats.schemas.drawingml.x2006.main.CTRegularTextRun) o;
      if (!run.getT().isBlank() && run.getT().codePoints().noneMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HANGUL)) {
        langs.add(run.getRPr() == null ? "(none)" : run.getRPr().getLang());
      }
    }
  }
}
