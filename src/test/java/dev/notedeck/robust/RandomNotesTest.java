package dev.notedeck.robust;

import static org.assertj.core.api.Assertions.assertThat;

import dev.notedeck.Diagnostics;
import dev.notedeck.NotedeckException;
import dev.notedeck.pipeline.BuildRequest;
import dev.notedeck.pipeline.BuildResult;
import dev.notedeck.pipeline.Builder;
import dev.notedeck.pipeline.Format;
import dev.notedeck.limits.ModelLimits;
import dev.notedeck.limits.TextLimits;
import dev.notedeck.model.Event;
import dev.notedeck.parse.NotesParser;
import dev.notedeck.resource.NotesText;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
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
 * go through the text pipeline up to the model, fewer through full renders, to stay inside the
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
    NotesParser parser = new NotesParser();
    Path file = Path.of("random.md");
    for (long seed = FIRST_SEED; seed < FIRST_SEED + PARSED_DOCUMENTS; seed++) {
      String notes = RandomNotes.document(seed);
      Diagnostics.Collecting warnings = new Diagnostics.Collecting();
      try {
        String text = NotesText.clean(file, notes, warnings);
        text = TextLimits.apply(file, text, warnings);
        Event event = ModelLimits.apply(parser.parse(text, file, warnings), file, warnings);
        assertThat(event.parts().size()).as("seed %d", seed).isLessThanOrEqualTo(ModelLimits.MAX_PARTS);
        assertThat(warnings.warnings()).as("seed %d", seed).allSatisfy(w -> assertThat(w).doesNotContain("\n"));
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
}
