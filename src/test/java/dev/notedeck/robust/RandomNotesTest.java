package dev.notedeck.robust;

import static org.assertj.core.api.Assertions.assertThat;

import dev.notedeck.NotedeckException;
import dev.notedeck.pipeline.BuildRequest;
import dev.notedeck.pipeline.BuildResult;
import dev.notedeck.pipeline.Builder;
import dev.notedeck.pipeline.Format;
import dev.notedeck.limits.ModelLimits;
import dev.notedeck.model.Block;
import dev.notedeck.model.BlockTree;
import dev.notedeck.model.Event;
import dev.notedeck.model.Part;
import dev.notedeck.model.RichText;
import dev.notedeck.model.Section;
import dev.notedeck.model.Span;
import dev.notedeck.model.Talk;
import dev.notedeck.parse.NotesReader;
import dev.notedeck.parse.ParseResult;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Property test over random notes (see {@link RandomNotes}): every document either builds into
 * a PDF that PDFBox re-opens and a PPTX that POI re-opens with every shape inside its slide, or
 * fails with one clear line (a NotedeckException), never anything else. Many cheap documents
 * go through the reader up to the model (whose promises are checked: talk numbering, lines
 * inside the file, no control characters or lone surrogates in text), fewer through full renders, to stay inside the
 * normal test run. Seeds are fixed so main never fails by chance; a failure names its seed.
 */
class RandomNotesTest {

  static final long FIRST_SEED = 20261127L;
  static final int PARSED_DOCUMENTS = 1500;
  static final int BUILT_DOCUMENTS = 120;

  static Builder builder;
  @TempDir static Path dir;

  @BeforeAll
  static void start() {
    builder = new Builder(2);
  }

  @AfterAll
  static void stop() {
    builder.close();
  }

  @Test
  void everyDocumentParsesOrFailsClearly() {
    NotesReader reader = new NotesReader();
    Path file = Path.of("random.md");
    for (long seed = FIRST_SEED; seed < FIRST_SEED + PARSED_DOCUMENTS; seed++) {
      String notes = seed % 2 == 0 ? RandomNotes.document(seed) : RandomNotes.documentOfWords(seed);
      try {
        ParseResult result = reader.read(notes, file);
        Event event = result.event();
        assertThat(event.parts().size()).as("seed %d", seed).isLessThanOrEqualTo(ModelLimits.MAX_PARTS);
        assertThat(result.findings()).as("seed %d", seed).allSatisfy(w -> assertThat(w.toString()).doesNotContain("\n"));
        checkModel(event, notes.split("\r\n|\r|\n", -1).length);
      } catch (NotedeckException e) {
        assertThat(e.getMessage()).as("seed %d", seed).doesNotContain("\n").startsWith("random.md");
      } catch (RuntimeException | Error e) {
        throw new AssertionError("seed " + seed + " threw " + e + " on:\n" + notes, e);
      }
    }
  }

  @Test
  void everyDocumentBuildsValidOutputsOrFailsClearly() throws Exception {
    for (long seed = FIRST_SEED; seed < FIRST_SEED + BUILT_DOCUMENTS; seed++) {
      String notes = RandomNotes.document(seed);
      Path folder = Files.createDirectories(dir.resolve("doc" + seed));
      // getBytes turns lone surrogates into "?"; broken bytes are BadInputTest's business
      Path input = Files.write(folder.resolve("notes.md"), notes.getBytes(StandardCharsets.UTF_8));
      List<BuildResult> results = builder.build(new BuildRequest(List.of(input), folder.resolve("out"),
          null, Set.of(Format.PDF, Format.PPTX)), r -> { });
      BuildResult result = results.get(0);
      String context = "seed " + seed + " (" + input + ")";
      if (result.ok()) {
        Outputs.pdfText(folder.resolve("out/notes.pdf"));
        Outputs.pptxText(folder.resolve("out/notes.pptx"));
      } else {
        assertThat(result.failure()).as(context + ": " + result.error()).isInstanceOf(NotedeckException.class);
        assertThat(result.error()).as(context).doesNotContain("\n").contains("notes.md");
      }
      assertThat(Outputs.partFiles(folder.resolve("out"))).as(context).isZero();
    }
  }

  /** The promises every parsed model keeps, whatever the input. */
  private static void checkModel(Event e, int lineCount) {
    assertThat(e.title()).isNotNull();
    List<Talk> talks = e.talks();
    for (int i = 0; i < talks.size(); i++) {
      Talk t = talks.get(i);
      assertThat(t.index()).isEqualTo(i + 1);
      assertThat(t.title()).isNotNull();
      assertThat(t.speakers()).allSatisfy(s -> assertThat(s.name()).isNotBlank());
    }
    List<Block> blocks = new ArrayList<>(e.intro());
    e.info().forEach(i -> checkText(i.value()));
    for (Part p : e.parts()) {
      assertThat(p.line()).isBetween(1, lineCount);
      if (p instanceof Talk t) {
        blocks.addAll(t.intro());
        t.sections().forEach(s -> addSection(s, blocks, lineCount));
      } else {
        addSection((Section) p, blocks, lineCount);
      }
    }
    BlockTree.forEach(blocks, b -> {
      if (b instanceof Block.Table t) {
        assertThat(t.header().isEmpty() || t.header().size() == t.columns()).isTrue();
        assertThat(t.rows()).allSatisfy(r -> assertThat(r).hasSize(t.columns()));
      } else {
        BlockTree.texts(b, RandomNotesTest::checkText);
      }
      if (b instanceof Block.Image img) {
        assertThat(img.line()).isBetween(1, lineCount);
      } else if (b instanceof Block.Code c) {
        assertThat(c.code()).doesNotContain("\r");
      }
    });
  }

  private static void addSection(Section s, List<Block> blocks, int lineCount) {
    assertThat(s.line()).isBetween(1, lineCount);
    blocks.addAll(s.blocks());
    s.subsections().forEach(c -> {
      assertThat(c.level()).isGreaterThan(s.level());
      addSection(c, blocks, lineCount);
    });
  }

  private static void checkText(RichText text) {
    for (Span s : text.spans()) {
      assertThat(s.text()).isNotEmpty().doesNotContain("\r");
      for (int i = 0; i < s.text().length(); i++) {
        char c = s.text().charAt(i);
        assertThat(c < 0x20 && c != '\n' && c != '\t').as("control character in %s", s.text()).isFalse();
        if (Character.isHighSurrogate(c)) {
          assertThat(i + 1 < s.text().length() && Character.isLowSurrogate(s.text().charAt(i + 1)))
              .as("lone surrogate").isTrue();
          i++;
        } else {
          assertThat(Character.isLowSurrogate(c)).as("lone surrogate").isFalse();
        }
      }
    }
  }
}
