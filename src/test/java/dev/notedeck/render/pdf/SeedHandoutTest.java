package dev.notedeck.render.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import dev.notedeck.model.Block;
import dev.notedeck.model.Event;
import dev.notedeck.model.ListItem;
import dev.notedeck.model.Part;
import dev.notedeck.model.Section;
import dev.notedeck.model.Speaker;
import dev.notedeck.model.Talk;
import dev.notedeck.parse.NotesParser;
import dev.notedeck.theme.ThemeLoader;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineItem;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.verapdf.pdfa.flavours.PDFAFlavour;

/** The seed notes, parsed by the real parser and rendered once with the default theme. */
class SeedHandoutTest {
  static final Path SEED = Path.of("seeds/gcp-next-extended-seoul-2019.md");
  static RenderedHandout handout;
  static List<Part> parts;
  static List<Integer> starts = new ArrayList<>();

  @BeforeAll
  static void render() {
    Event event = new NotesParser().parse(SEED);
    handout = RenderedHandout.render(event, new ThemeLoader().load("default"),
        SEED.toAbsolutePath().getParent(), HandoutOptions.defaults());
    parts = event.parts();
    for (Part p : parts) {
      starts.add(p instanceof Talk t
          ? handout.firstPageWithLines(2, HandoutXhtml.number(t), t.title())
          : handout.firstPageWithLines(2, p.title()));
    }
  }

  @Test
  void everyTalkTitleAndSpeakerOfTheSeedIsInTheText() {
    assertThat(handout.event.talks()).hasSizeGreaterThanOrEqualTo(6);
    String text = handout.allText();
    for (Talk talk : handout.event.talks()) {
      assertThat(text).contains(talk.title());
      for (Speaker s : talk.speakers()) {
        assertThat(text).contains(s.display());
      }
    }
  }

  @Test
  void contentsAndBookmarksPointAtTheRealStartPages() throws IOException {
    assertThat(starts).doesNotContain(-1).isSorted().doesNotHaveDuplicates();
    try (PDDocument doc = handout.open()) {
      assertThat(TocChecks.entries(doc, starts.get(0))).containsExactlyElementsOf(
          starts.stream().map(p -> new TocChecks.Entry(p, p)).toList());
      List<PDOutlineItem> top = new ArrayList<>();
      doc.getDocumentCatalog().getDocumentOutline().children().forEach(top::add);
      assertThat(top).hasSize(parts.size());
      for (int i = 0; i < parts.size(); i++) {
        assertThat(RenderedHandout.pageOf(doc, top.get(i).getDestination())).isEqualTo(starts.get(i));
        List<PDOutlineItem> children = new ArrayList<>();
        top.get(i).children().forEach(children::add);
        List<Section> sections = HandoutXhtml.sectionsOf(parts.get(i));
        assertThat(children).extracting(PDOutlineItem::getTitle)
            .containsExactlyElementsOf(sections.stream().map(Section::title).toList());
        for (PDOutlineItem child : children) {
          int page = RenderedHandout.pageOf(doc, child.getDestination());
          assertThat(handout.pageTexts.get(page - 1).lines().map(String::strip))
              .as("bookmark %s on page %d", child.getTitle(), page).contains(child.getTitle().strip());
        }
      }
    }
  }

  @Test
  void everyFontIsAnEmbeddedSubset() throws IOException {
    try (PDDocument doc = handout.open()) {
      for (PDPage page : doc.getPages()) {
        PDResources res = page.getResources();
        for (COSName name : res.getFontNames()) {
          PDFont font = res.getFont(name);
          assertThat(font.isEmbedded()).as(font.getName()).isTrue();
          assertThat(font.getName()).matches("[A-Z]{6}\\+Nanum.*");
        }
      }
    }
  }

  @Test
  void noHangulWordIsBrokenAcrossLines() {
    assertThat(SourceWords.brokenHangulWords(handout, "목차", "링크")).isEmpty();
  }

  @Test
  void everySourceLineComesBackExactlyWithItsSpacing() {
    String body = bodyText();
    List<String> missing = new ArrayList<>();
    for (String line : sourceLines(handout.event)) {
      if (!wrappedPattern(line).matcher(body).find()) {
        missing.add(line);
      }
    }
    assertThat(missing).isEmpty();
  }

  @Test
  void passesVeraPdfForPdfUa1AndPdfA3u() throws Exception {
    assertThat(VeraPdf.violations(handout.pdf, PDFAFlavour.PDFUA_1)).isEmpty();
    assertThat(VeraPdf.violations(handout.pdf, PDFAFlavour.PDFA_3_U)).isEmpty();
  }

  /** All page text without the running header and footer lines (pages after the cover). */
  private static String bodyText() {
    StringBuilder sb = new StringBuilder();
    for (int p = 0; p < handout.pageTexts.size(); p++) {
      List<String> lines = handout.pageTexts.get(p).lines().toList();
      int from = p == 0 ? 0 : 1;
      sb.append(String.join("\n", lines.subList(from, lines.size() - 1))).append('\n');
    }
    return sb.toString();
  }

  /**
   * The line with each space allowed to be a line break (the space may stay at the line end),
   * and a break allowed between any two characters (URLs and long words wrap there).
   */
  private static Pattern wrappedPattern(String line) {
    StringBuilder re = new StringBuilder();
    // Prose collapses runs of spaces as HTML does; code keeps every space (PROSE marks prose).
    String s = line.startsWith(PROSE) ? line.substring(1).strip().replaceAll("\\s+", " ")
        : line.strip();
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c == ' ') {
        re.append("(?: \\n| |\\n)"); // PDFBox keeps the space drawn at a line end
      } else {
        if (i > 0 && s.charAt(i - 1) != ' ') {
          re.append("\\n?");
        }
        re.append(Pattern.quote(String.valueOf(c)));
      }
    }
    return Pattern.compile(re.toString());
  }

  private static final String PROSE = "\u0001";

  /** Lines the notes hold: prose (paragraphs, list items, quotes, table cells) and code. */
  private static List<String> sourceLines(Event event) {
    List<String> out = new ArrayList<>();
    for (Part part : event.parts()) {
      if (part instanceof Talk t) {
        collect(t.intro(), out);
      }
      if (part instanceof Section s) {
        collect(s.blocks(), out);
      }
      for (Section s : HandoutXhtml.sectionsOf(part)) {
        collect(s, out);
      }
    }
    out.removeIf(l -> l.replace(PROSE, "").isBlank());
    return out;
  }

  private static void collect(Section s, List<String> out) {
    out.add(PROSE + s.title());
    collect(s.blocks(), out);
    s.subsections().forEach(sub -> collect(sub, out));
  }

  private static void collect(List<Block> blocks, List<String> out) {
    for (Block b : blocks) {
      if (b instanceof Block.Paragraph p) {
        p.text().plainText().lines().forEach(l -> out.add(PROSE + l));
      } else if (b instanceof Block.ListBlock l) {
        for (ListItem i : l.items()) {
          i.text().plainText().lines().forEach(line -> out.add(PROSE + line));
          collect(i.children(), out);
        }
      } else if (b instanceof Block.Quote q) {
        collect(q.blocks(), out);
      } else if (b instanceof Block.Table t) {
        t.rows().forEach(r -> r.forEach(c -> out.add(PROSE + c.plainText())));
      } else if (b instanceof Block.Code c) {
        c.code().lines().map(String::strip).forEach(out::add);
      }
    }
  }
}
