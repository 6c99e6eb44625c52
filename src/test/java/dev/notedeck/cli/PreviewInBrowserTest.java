package dev.notedeck.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code notedeck preview} end to end in a real headless Chromium: the page shows the slides and
 * the handout, updates itself after a save (keeping where the reader had scrolled), shows the
 * error of a broken save over the last good build, and clears it after the fix. CI installs
 * chromium (.ci/run), so there this test never skips.
 */
class PreviewInBrowserTest {

  /** The first build starts a cold JVM (fonts, POI); later ones are warm. */
  private static final Duration FIRST_BUILD = Duration.ofSeconds(120);
  private static final Duration REBUILD = Duration.ofSeconds(45);

  @TempDir Path dir;

  private final StringWriter out = new StringWriter();
  private final StringWriter err = new StringWriter();
  private Thread preview;

  @AfterEach
  void stop() throws InterruptedException {
    if (preview != null && preview.isAlive()) {
      preview.interrupt();
      preview.join(10_000);
    }
  }

  @Test
  void showsSlidesAndHandoutUpdatesOnSaveAndShowsABrokenSave() throws Exception {
    Path browser = HeadlessChromium.executable();
    if (browser == null) {
      if (System.getenv("CI") != null) {
        fail("chromium is missing; .ci/run installs it");
      }
      Assumptions.abort("chromium is not installed (apt-get install chromium)");
    }
    Path talk = dir.resolve("talk.md");
    Files.writeString(talk, notes("첫 번째 요점"), StandardCharsets.UTF_8);
    preview = new Thread(() -> NotedeckCli.run(new String[] {"preview", "--no-open", talk.toString()},
        new PrintWriter(out, true), new PrintWriter(err, true)), "preview-under-test");
    preview.start();
    URI address = address();
    assertThat(address.getHost()).isEqualTo("127.0.0.1");

    Path profile = Files.createDirectory(dir.resolve("profile"));
    try (HeadlessChromium page = HeadlessChromium.open(browser, address, profile)) {
      // The slides as images, one list entry each, and the handout beside them.
      assertThat(page.waitFor("document.body.dataset.shown === '1'", FIRST_BUILD))
          .as("first build shown; out: %s err: %s", out, err).isTrue();
      int slides = Integer.parseInt(page.eval("document.querySelectorAll('#deck img').length"));
      assertThat(slides).isGreaterThanOrEqualTo(4);
      assertThat(page.eval("document.querySelectorAll('#list li a[href^=\"#slide-\"]').length"))
          .isEqualTo(String.valueOf(slides));
      assertThat(page.eval("[...document.querySelectorAll('#deck img')].every(i => i.complete && i.naturalWidth > 300)"))
          .isEqualTo("true");
      assertThat(page.eval(handoutText())).contains("첫 번째 요점").contains("쿠버네티스 입문");
      assertThat(page.eval("document.getElementById('error').hidden")).isEqualTo("true");

      // The reader scrolls both panes, then saves an edit: the page updates in place.
      int deckTop = Integer.parseInt(page.eval("(document.getElementById('deck').scrollTop = 250, "
          + "document.getElementById('deck').scrollTop)"));
      int handoutTop = Integer.parseInt(page.eval("(document.getElementById('handout').contentWindow.scrollTo(0, 200), "
          + "document.getElementById('handout').contentWindow.scrollY)"));
      assertThat(deckTop).isPositive();
      assertThat(handoutTop).isPositive();
      page.eval("window.sameDocument = 'yes'");
      Files.writeString(talk, notes("두 번째 요점"), StandardCharsets.UTF_8);
      assertThat(page.waitFor("document.body.dataset.shown === '2'", REBUILD))
          .as("rebuild shown; err: %s", err).isTrue();
      assertThat(page.eval(handoutText())).contains("두 번째 요점").doesNotContain("첫 번째 요점");
      assertThat(page.eval("window.sameDocument")).isEqualTo("yes");
      assertThat(page.eval("document.getElementById('deck').scrollTop")).isEqualTo(String.valueOf(deckTop));
      assertThat(page.eval("document.getElementById('handout').contentWindow.scrollY"))
          .isEqualTo(String.valueOf(handoutTop));

      // A broken save (a half-written file full of NUL bytes): the error in the page, the last
      // good slides and handout stay.
      Files.write(talk, (notes("망가진") + "\0\0\0\0\0\0").getBytes(StandardCharsets.UTF_8));
      assertThat(page.waitFor("document.body.dataset.error === '1'", REBUILD)).as("error shown").isTrue();
      assertThat(page.eval("document.getElementById('error').textContent")).contains("talk.md");
      assertThat(page.eval(handoutText())).contains("두 번째 요점");
      assertThat(page.eval("document.querySelectorAll('#deck img').length")).isEqualTo(String.valueOf(slides));
      screenshotIfAsked(page, "broken");

      // The fix: the error goes, the new build shows.
      Files.writeString(talk, notes("세 번째 요점"), StandardCharsets.UTF_8);
      assertThat(page.waitFor("document.body.dataset.shown === '3' && document.body.dataset.error === ''", REBUILD))
          .as("fixed build shown").isTrue();
      assertThat(page.eval(handoutText())).contains("세 번째 요점");
      assertThat(page.eval("document.getElementById('error').hidden")).isEqualTo("true");
      screenshotIfAsked(page, "fixed");
    }
    preview.interrupt();
    preview.join(10_000);
    assertThat(preview.isAlive()).isFalse();
  }

  private static String handoutText() {
    return "document.getElementById('handout').contentDocument.body.innerText";
  }

  /** Waits for the line that names the address, and returns it. */
  private URI address() throws InterruptedException {
    Pattern url = Pattern.compile("at (http://\\S+/) ");
    long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
    while (System.nanoTime() < deadline) {
      Matcher m = url.matcher(out.toString());
      if (m.find()) {
        return URI.create(m.group(1));
      }
      assertThat(preview.isAlive()).as("preview ended early: %s", err).isTrue();
      Thread.sleep(50);
    }
    throw new AssertionError("no address printed: " + out + err);
  }

  /** {@code -Dnotedeck.screenshots=DIR} keeps pictures of the page to look at. */
  private static void screenshotIfAsked(HeadlessChromium page, String name) throws Exception {
    String target = System.getProperty("notedeck.screenshots");
    if (target != null) {
      page.screenshot(Files.createDirectories(Path.of(target)).resolve("preview-" + name + ".png"));
    }
  }

  private static String notes(String point) {
    StringBuilder sb = new StringBuilder("# 미리보기 모임\n\n## 1. 쿠버네티스 입문 - 김하늘 ( 회사 )\n\n");
    for (int i = 1; i <= 4; i++) {
      sb.append("### 주제 ").append(i).append("\n* ").append(point).append(' ').append(i)
          .append("\n* 컨테이너와 파드\n* 서비스와 인그레스\n\n");
    }
    return sb.toString();
  }
}
