package dev.notedeck.robust;

import static org.assertj.core.api.Assertions.assertThat;

import dev.notedeck.Diagnostics;
import dev.notedeck.NotedeckException;
import dev.notedeck.build.BuildRequest;
import dev.notedeck.build.BuildResult;
import dev.notedeck.build.Builder;
import dev.notedeck.build.Format;
import dev.notedeck.limits.ModelLimits;
import dev.notedeck.limits.TextLimits;
import dev.notedeck.model.Event;
import dev.notedeck.parse.NotesParser;
import dev.notedeck.resource.NotesText;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.ShrinkingMode;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;

/**
 * Random notes - random nesting, headings, tables, links, images, raw HTML and Unicode from
 * every plane (Hangul, Hanja, kana, Jamo, emoji, controls, lone surrogates) - either build into
 * a PDF that PDFBox re-opens and a PPTX that POI re-opens with every shape inside its slide, or
 * fail with one clear line (a NotedeckException), never anything else.
 *
 * <p>Two properties keep this inside the normal test run: many cheap documents through the
 * whole text pipeline up to the model, fewer full renders. The seeds are fixed so a build of
 * main never fails by chance; change them to explore further.
 */
class RandomNotesProperties {

  static Builder builder;
  static Path dir;
  static final AtomicInteger counter = new AtomicInteger();
  static final NotesParser parser = new NotesParser();

  @BeforeContainer
  static void start() throws IOException {
    builder = new Builder(2);
    dir = Files.createTempDirectory("notedeck-random");
  }

  @AfterContainer
  static void stop() throws IOException {
    builder.close();
    try (Stream<Path> files = Files.walk(dir)) {
      for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(p);
      }
    }
  }

  /** Decoding, limits, parsing and model limits: the model, or a clear error. */
  @Property(tries = 1500, seed = "20261127", shrinking = ShrinkingMode.BOUNDED)
  void everyDocumentParsesOrFailsClearly(@ForAll("notes") String notes) {
    Path file = Path.of("random.md");
    Diagnostics.Collecting warnings = new Diagnostics.Collecting();
    try {
      String text = NotesText.clean(file, notes, warnings);
      text = TextLimits.apply(file, text, warnings);
      Event event = ModelLimits.apply(parser.parse(text, file, warnings), file, warnings);
      assertThat(event.parts().size()).isLessThanOrEqualTo(ModelLimits.MAX_PARTS);
      assertThat(warnings.warnings()).allSatisfy(w -> assertThat(w).doesNotContain("\n"));
    } catch (NotedeckException e) {
      assertThat(e.getMessage()).doesNotContain("\n").startsWith("random.md");
    }
  }

  /** The whole build, both formats, read back. */
  @Property(tries = 120, seed = "20261127", shrinking = ShrinkingMode.BOUNDED)
  void everyDocumentBuildsValidOutputsOrFailsClearly(@ForAll("notes") String notes) throws IOException {
    Path folder = Files.createDirectories(dir.resolve("doc" + counter.incrementAndGet()));
    // getBytes turns lone surrogates into "?"; NotesText handles broken bytes (BadInputTest)
    Path input = Files.write(folder.resolve("notes.md"), notes.getBytes(StandardCharsets.UTF_8));
    List<BuildResult> results = builder.build(new BuildRequest(List.of(input), folder.resolve("out"),
        null, Set.of(Format.PDF, Format.PPTX)), r -> {});
    BuildResult result = results.get(0);
    if (result.ok()) {
      Outputs.pdfText(folder.resolve("out/notes.pdf"));
      Outputs.pptxText(folder.resolve("out/notes.pptx"));
    } else {
      assertThat(result.failure()).as(result.error()).isInstanceOf(NotedeckException.class);
      assertThat(result.error()).doesNotContain("\n").contains("notes.md");
    }
    assertThat(Outputs.partFiles(folder.resolve("out"))).isZero();
  }

  // ------------------------------------------------------------------ generators

  @Provide
  Arbitrary<String> notes() {
    Arbitrary<String> line = Arbitraries.frequencyOf(
        net.jqwik.api.Tuple.of(6, paragraph()),
        net.jqwik.api.Tuple.of(4, heading()),
        net.jqwik.api.Tuple.of(4, listItem()),
        net.jqwik.api.Tuple.of(2, quote()),
        net.jqwik.api.Tuple.of(2, table()),
        net.jqwik.api.Tuple.of(1, code()),
        net.jqwik.api.Tuple.of(1, html()),
        net.jqwik.api.Tuple.of(1, Arbitraries.of("", "", "---", "***", "\t", "   ")));
    Arbitrary<String> ending = Arbitraries.of("\n", "\n", "\n", "\r\n", "\r");
    return Combinators.combine(line.list().ofMaxSize(30), ending, Arbitraries.of("", "# 행사\n\n", "\uFEFF# E\n"))
        .as((lines, end, start) -> start + String.join(end + (lines.size() % 3 == 0 ? end : ""), lines));
  }

  Arbitrary<String> text() {
    Arbitrary<Character> chars = Arbitraries.frequencyOf(
        net.jqwik.api.Tuple.of(10, Arbitraries.chars().range('a', 'z')),
        net.jqwik.api.Tuple.of(10, Arbitraries.chars().range('가', '힣')),
        net.jqwik.api.Tuple.of(4, Arbitraries.of(' ', ' ', ' ', '\t')),
        net.jqwik.api.Tuple.of(4, Arbitraries.of('*', '_', '`', '[', ']', '(', ')', '!', '<', '>', '&', '|', '\\', '#', '-', '~', ':', '"')),
        net.jqwik.api.Tuple.of(2, Arbitraries.chars().range('一', '鿿')),
        net.jqwik.api.Tuple.of(2, Arbitraries.chars().range('ぁ', 'ヿ')),
        net.jqwik.api.Tuple.of(2, Arbitraries.chars().range('ᄀ', 'ᇿ')),
        net.jqwik.api.Tuple.of(1, Arbitraries.chars().range('\u0000', '\u001F')),
        net.jqwik.api.Tuple.of(1, Arbitraries.chars().range('\uD800', '\uDFFF')),
        net.jqwik.api.Tuple.of(1, Arbitraries.chars().all()));
    Arbitrary<String> plain = chars.list().ofMaxSize(60).map(cs -> {
      StringBuilder sb = new StringBuilder();
      cs.forEach(sb::append);
      return sb.toString();
    });
    Arbitrary<String> emoji = Arbitraries.of("🎤", "👩‍💻", "🇰🇷", "😀", "🧑🏽‍🔬");
    Arbitrary<String> link = Combinators.combine(plain, Arbitraries.of("https://example.org/a b", "#anchor",
        "javascript:alert(1)", "data:text/html,<b>", "", "htts://typo", "../x.md", "mailto:a@b.c", "http://exa mple"))
        .as((t, u) -> "[" + t + "](" + u + ")");
    Arbitrary<String> styled = plain.map(t -> Arbitraries.of("**", "*", "_", "`", "~~").sample() + t);
    return Arbitraries.frequencyOf(
        net.jqwik.api.Tuple.of(8, plain),
        net.jqwik.api.Tuple.of(2, Combinators.combine(plain, emoji, plain).as((a, e, b) -> a + e + b)),
        net.jqwik.api.Tuple.of(2, link),
        net.jqwik.api.Tuple.of(2, styled));
  }

  Arbitrary<String> paragraph() {
    return text().list().ofMinSize(1).ofMaxSize(4).map(parts -> String.join(" ", parts));
  }

  Arbitrary<String> heading() {
    Arbitrary<String> speaker = Arbitraries.of("", " - 김하늘", " - 김하늘 (구글)", " - A, B (C)", " -", " - (", " ()");
    return Combinators.combine(Arbitraries.integers().between(1, 7), Arbitraries.of("", "1. ", "12) "), text(), speaker)
        .as((level, number, t, s) -> "#".repeat(level) + " " + number + t + s);
  }

  Arbitrary<String> listItem() {
    return Combinators.combine(Arbitraries.integers().between(0, 40), Arbitraries.of("- ", "* ", "+ ", "1. ", "99) ", "- [ ] ", "- [x] "),
            Arbitraries.integers().between(1, 30), text())
        .as((indent, marker, repeat, t) -> " ".repeat(indent) + marker.repeat(repeat % 7 == 0 ? repeat * 10 : 1) + t);
  }

  Arbitrary<String> quote() {
    return Combinators.combine(Arbitraries.integers().between(1, 200), text())
        .as((depth, t) -> "> ".repeat(depth) + t);
  }

  Arbitrary<String> table() {
    return Combinators.combine(Arbitraries.integers().between(1, 6), Arbitraries.integers().between(0, 12), text().list().ofSize(8))
        .as((cols, rows, cells) -> {
          StringBuilder sb = new StringBuilder();
          for (int c = 0; c < cols; c++) {
            sb.append("| ").append(cells.get(c % cells.size()).replace("\n", " ")).append(' ');
          }
          sb.append("|\n");
          sb.append("|---".repeat(cols)).append("|\n");
          for (int r = 0; r < rows; r++) {
            for (int c = 0; c < cols + (r % 3 == 2 ? 1 : 0); c++) { // ragged rows too
              sb.append("| ").append(cells.get((r + c) % cells.size())).append(' ');
            }
            sb.append("|\n");
          }
          return sb.toString();
        });
  }

  Arbitrary<String> code() {
    return Combinators.combine(Arbitraries.of("```", "~~~", "```java", "````"), text().list().ofMaxSize(5), Arbitraries.of(true, false))
        .as((fence, lines, closed) -> fence + "\n" + String.join("\n", lines) + (closed ? "\n" + fence.substring(0, 3) : ""));
  }

  Arbitrary<String> html() {
    return Combinators.combine(Arbitraries.of("<div onclick=\"x()\">", "<script>", "<iframe src=\"http://127.0.0.1:9/\">",
        "<b>", "<img src=\"../../etc/passwd\">", "<style>", "<!--", "<![CDATA[", "<?xml ?>", "<!DOCTYPE x [<!ENTITY e SYSTEM \"file:///etc/passwd\">]>"), text())
        .as((tag, t) -> tag + t + "&e; &amp; &#0; &#xD800;");
  }
}
