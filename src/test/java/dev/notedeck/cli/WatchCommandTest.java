package dev.notedeck.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.util.function.BooleanSupplier;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code notedeck watch} driven through {@link NotedeckCli#run} on its own thread, on a temp
 * copy of notes, writing HTML handouts (the lightest format, so the two-second bound measures
 * watching, not PDF layout): a save shows up in the outputs, a broken save is reported and
 * leaves the last good outputs, other notes are not rebuilt, and interrupting the thread stops
 * it cleanly.
 */
class WatchCommandTest {

  /** The first build starts a cold JVM (fonts, openhtmltopdf); later ones are warm. */
  private static final Duration FIRST_BUILD = Duration.ofSeconds(90);
  private static final Duration REBUILD = Duration.ofSeconds(2);
  /** For what the brief does not time (the first rebuild warms the JIT up, errors, images). */
  private static final Duration SLOW = Duration.ofSeconds(30);

  @TempDir Path dir;

  private final StringWriter out = new StringWriter();
  private final StringWriter err = new StringWriter();
  private Thread watch;
  private final int[] exit = {-1};

  @AfterEach
  void stop() throws InterruptedException {
    if (watch != null && watch.isAlive()) {
      watch.interrupt();
      watch.join(10_000);
    }
  }

  @Test
  void rebuildsOnSaveKeepsGoodOutputsOverABrokenSaveAndStops() throws Exception {
    Path notes = dir.resolve("notes");
    Files.createDirectories(notes.resolve("img"));
    Path talk = notes.resolve("talk.md");
    Path other = notes.resolve("other.md");
    Path image = notes.resolve("img/chart.png");
    writeImage(image, 40);
    Files.writeString(talk, talk("첫 번째 요점"), StandardCharsets.UTF_8);
    Files.writeString(other, "# 다른 행사\n\n## 발표 - 박서준\n\n* 그대로\n", StandardCharsets.UTF_8);
    Path outDir = dir.resolve("out");
    Path html = outDir.resolve("talk.html");
    Path otherHtml = outDir.resolve("other.html");

    start("watch", "-f", "html", "-o", outDir.toString(), notes.toString());
    await(() -> out.toString().contains("Watching"), FIRST_BUILD, "the first build");
    assertThat(out.toString()).contains("talk.md -> ").contains("other.md -> ")
        .contains("Watching 2 notes files, 1 image");
    assertThat(text(html)).contains("첫 번째 요점");
    FileTime otherWritten = Files.getLastModifiedTime(otherHtml);

    // A save: rebuilt, one line with the time it took; the other notes are left alone.
    Files.writeString(talk, talk("두 번째 요점"), StandardCharsets.UTF_8);
    await(() -> textOrEmpty(html).contains("두 번째 요점"), SLOW, "the rebuilt handout");
    await(() -> rebuildLines(out.toString()) >= 1, SLOW, "the rebuild line");
    assertThat(out.toString()).containsPattern("\\[\\d\\d:\\d\\d:\\d\\d] \\S*talk\\.md -> \\S*talk\\.html  "
        + "\\d+(\\.\\d)? m?s");

    // A broken save (a half-written file full of NUL bytes): reported, old handout kept.
    byte[] broken = (talk("망가진") + "\0\0\0\0\0\0\0\0").getBytes(StandardCharsets.UTF_8);
    Files.write(talk, broken);
    await(() -> err.toString().contains("kept the last good outputs"), SLOW, "the error");
    assertThat(err.toString()).contains("talk.md").contains("binary").doesNotContain("\tat ");
    assertThat(text(html)).contains("두 번째 요점");
    assertThat(outDir).isDirectoryNotContaining("glob:**.part");

    // Fixed again: back to normal, still watching.
    Files.writeString(talk, talk("네 번째 요점"), StandardCharsets.UTF_8);
    await(() -> textOrEmpty(html).contains("네 번째 요점"), SLOW, "the handout after the fix");

    // The image the notes use changed: rebuilt too.
    int before = rebuildLines(out.toString());
    writeImage(image, 80);
    await(() -> rebuildLines(out.toString()) > before, SLOW, "a rebuild after the image changed");

    // Warm now (the JIT has seen a few rebuilds): a save is in the handout within two seconds.
    Files.writeString(talk, talk("다섯 번째 요점"), StandardCharsets.UTF_8);
    long saved = System.nanoTime();
    await(() -> textOrEmpty(html).contains("다섯 번째 요점"), REBUILD, "the rebuilt handout");
    assertThat(Duration.ofNanos(System.nanoTime() - saved)).isLessThan(REBUILD);

    // other.md never changed: never rebuilt.
    assertThat(Files.getLastModifiedTime(otherHtml)).isEqualTo(otherWritten);
    assertThat(out.toString()).doesNotContainPattern("\\] \\S*other\\.md");

    watch.interrupt();
    watch.join(10_000);
    assertThat(watch.isAlive()).isFalse();
    assertThat(exit[0]).isZero();
    assertThat(out.toString()).contains("Stopped watching.");
  }

  @Test
  void rebuildsWhenTheThemeFolderChanges() throws Exception {
    CliRunner created = CliRunner.run("themes", "new", "mine", "-o", dir.toString());
    assertThat(created.exitCode()).as(created.err()).isZero();
    Path themeFile = dir.resolve("mine/theme.yaml");
    String theme = Files.readString(themeFile, StandardCharsets.UTF_8);
    assertThat(theme).contains("primary: \"#1A5FB4\"");
    Path talk = Files.writeString(dir.resolve("talk.md"), talk("요점"), StandardCharsets.UTF_8);
    Path html = dir.resolve("out/talk.html");

    start("watch", "-f", "html", "-t", dir.resolve("mine").toString(), "-o", dir.resolve("out").toString(),
        talk.toString());
    await(() -> out.toString().contains("Watching"), FIRST_BUILD, "the first build");
    assertThat(out.toString()).contains("and theme " + dir.resolve("mine"));
    assertThat(text(html).toUpperCase()).contains("#1A5FB4").doesNotContain("#C01C28");

    Files.writeString(themeFile, theme.replace("primary: \"#1A5FB4\"", "primary: \"#C01C28\""),
        StandardCharsets.UTF_8);
    await(() -> textOrEmpty(html).toUpperCase().contains("#C01C28"), SLOW, "the handout in the new colour");

    // A theme file saved half-way is reported; the handout keeps its last good look.
    Files.writeString(themeFile, theme.replace("primary: \"#1A5FB4\"", "primary: [\"#C0"),
        StandardCharsets.UTF_8);
    await(() -> err.toString().contains("theme.yaml"), SLOW, "the theme error");
    assertThat(err.toString()).doesNotContain("\tat ");
    assertThat(text(html).toUpperCase()).contains("#C01C28");
    assertThat(watch.isAlive()).isTrue();
  }

  @Test
  void rebuildsTheSlidesHandoutOnSave() throws Exception {
    Path talk = Files.writeString(dir.resolve("talk.md"),
        "# 행사\n\n## 1. 첫 발표 - 김하늘 ( 노트덱 )\n\n### 배경\n* 첫 번째 요점\n", StandardCharsets.UTF_8);
    Path slides = dir.resolve("out/talk.slides.pdf");

    start("watch", "-f", "slides-pdf", "--per-page", "6", "-o", dir.resolve("out").toString(), talk.toString());
    await(() -> out.toString().contains("Watching"), FIRST_BUILD, "the first build");
    assertThat(pdfText(slides)).contains("첫 번째 요점");

    Files.writeString(talk, "# 행사\n\n## 1. 첫 발표 - 김하늘 ( 노트덱 )\n\n### 배경\n* 두 번째 요점\n",
        StandardCharsets.UTF_8);
    await(() -> pdfText(slides).contains("두 번째 요점"), SLOW, "the rebuilt slides handout");
    assertThat(watch.isAlive()).isTrue();
  }

  /** The text of a PDF, or "" while it is missing or being replaced. */
  private static String pdfText(Path pdf) {
    try (org.apache.pdfbox.pdmodel.PDDocument doc = org.apache.pdfbox.Loader.loadPDF(pdf.toFile())) {
      return new org.apache.pdfbox.text.PDFTextStripper().getText(doc);
    } catch (IOException e) {
      return "";
    }
  }

  @Test
  void aMissingInputStopsBeforeWatching() throws Exception {
    start("watch", "-o", dir.resolve("out").toString(), dir.resolve("nope.md").toString());
    watch.join(30_000);
    assertThat(exit[0]).isEqualTo(NotedeckCli.EXIT_ERROR);
    CliErrorsTest.assertOneCleanLine(err.toString(), "nope.md");
  }

  private static String talk(String point) {
    return "# 행사\n\n## 1. 첫 발표 - 김하늘 ( 노트덱 )\n\n### 배경\n* " + point
        + "\n\n### 그림\n![chart](img/chart.png)\n";
  }

  private void start(String... args) {
    watch = new Thread(() -> exit[0] = NotedeckCli.run(args, new PrintWriter(out, true),
        new PrintWriter(err, true)), "watch-under-test");
    watch.start();
  }

  private static int rebuildLines(String text) {
    return (int) text.lines().filter(l -> l.matches("\\[\\d\\d:\\d\\d:\\d\\d] .* -> .*")).count();
  }

  private void await(BooleanSupplier condition, Duration limit, String what) throws InterruptedException {
    long deadline = System.nanoTime() + limit.toNanos();
    while (!condition.getAsBoolean()) {
      if (System.nanoTime() > deadline || !watch.isAlive()) {
        throw new AssertionError("no " + what + " within " + limit.toMillis() + " ms\nout:\n" + out
            + "\nerr:\n" + err);
      }
      Thread.sleep(20);
    }
  }

  private static String text(Path file) throws IOException {
    return Files.readString(file, StandardCharsets.UTF_8);
  }

  private static String textOrEmpty(Path file) {
    try {
      return Files.exists(file) ? text(file) : "";
    } catch (IOException e) {
      return "";
    }
  }

  private static void writeImage(Path file, int width) throws IOException {
    BufferedImage image = new BufferedImage(width, 30, BufferedImage.TYPE_INT_RGB);
    image.getGraphics().fillRect(0, 0, width / 2, 30);
    ImageIO.write(image, "png", file.toFile());
  }
}
