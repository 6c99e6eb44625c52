package dev.notedeck.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xslf.usermodel.XMLSlideShow;
import org.apache.poi.xslf.usermodel.XSLFShape;
import org.apache.poi.xslf.usermodel.XSLFTextShape;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The {@code notedeck} launcher run as a user runs it, in a child process, with each installed
 * JDK: a JDK below 25 (class-data-sharing archive) and, when one is installed, a JDK 25 or newer
 * (ahead-of-time cache). Each builds a tiny notes file twice: the first run makes the archive or
 * cache, the second maps it; both give the same, complete outputs and print nothing of the JVM.
 *
 * <p>It needs the packaged jar, so Maven runs it after {@code package} (the surefire execution
 * {@code launcher-smoke} in the pom), not with the unit tests. The launcher and the jar are copied
 * to a temporary folder, so the archive and cache it writes never touch {@code target/}.
 */
class LauncherSmokeTest {

  static final String NOTES = """
      # 런처 점검 모임

      ## 1. 시작 속도 이야기 - 김하늘 ( 예시 회사 )
      ### 캐시
      * 클래스를 미리 읽어 둔다
      * 두 번째 실행이 빠르다

      ```java
      System.out.println("안녕");
      ```
      """;

  @TempDir static Path home;
  static Path launcher;
  static Path notes;

  @BeforeAll
  static void install() throws IOException {
    Path jar = Path.of("target/notedeck.jar");
    assumeTrue(Files.isRegularFile(jar), "target/notedeck.jar is built by `mvn package`");
    Files.createDirectories(home.resolve("target"));
    launcher = home.resolve("notedeck");
    Files.copy(Path.of("notedeck"), launcher, StandardCopyOption.COPY_ATTRIBUTES);
    Files.copy(jar, home.resolve("target/notedeck.jar"), StandardCopyOption.COPY_ATTRIBUTES);
    notes = home.resolve("talk.md");
    Files.writeString(notes, NOTES, StandardCharsets.UTF_8);
  }

  @Test
  void jdk17BuildsAndRecordsItsArchive() throws Exception {
    Path jdk = jdk(major -> major < 25).orElseThrow();
    Path out = home.resolve("out17");
    Run first = launch(Map.of("NOTEDECK_JAVA", jdk.toString()), out.resolve("1"));
    assertComplete(first, out.resolve("1"));
    assertThat(home.resolve("target/notedeck.jsa")).isNotEmptyFile();
    assertThat(home.resolve("target/notedeck.jsa.key")).content().contains(jdk.toString());

    Run second = launch(Map.of("NOTEDECK_JAVA", jdk.toString()), out.resolve("2"));
    assertComplete(second, out.resolve("2"));
    assertSameOutputs(out.resolve("1"), out.resolve("2"));
  }

  /** No NOTEDECK_JAVA, JAVA_HOME on an older JDK: the launcher finds the newer one itself. */
  @Test
  void jdk25IsPreferredAndTrainsItsCache() throws Exception {
    Optional<Path> newest = jdk(major -> major >= 25);
    assumeTrue(newest.isPresent(), "no JDK 25 or newer installed");
    Path older = jdk(major -> major < 25).orElseThrow();
    Path out = home.resolve("out25");
    Map<String, String> env = Map.of("JAVA_HOME", older.toString(), "NOTEDECK_AOT_WAIT", "1");
    Run first = launch(env, out.resolve("1"));
    assertComplete(first, out.resolve("1"));
    Path cache = home.resolve("target/notedeck.aot");
    assertThat(cache).isNotEmptyFile();
    assertThat(home.resolve("target/notedeck.aot.key")).content()
        .contains(newest.get().toRealPath().toString());
    assertThat(home.resolve("target/notedeck.aot.training")).doesNotExist();

    Run second = launch(env, out.resolve("2"));
    assertComplete(second, out.resolve("2"));
    assertSameOutputs(out.resolve("1"), out.resolve("2"));
  }

  /**
   * Issue 19: Korean file and folder names under LANG=C through the launcher. The child runs
   * from a script written as UTF-8 bytes, so this JVM's own locale does not matter.
   */
  @Test
  void koreanNamesWorkUnderLangC() throws Exception {
    Path work = Files.createDirectories(home.resolve("ko"));
    String notedeck = "env -u LC_ALL -u LC_CTYPE -u LC_MESSAGES -u JAVA_OPTS -u JAVA_TOOL_OPTIONS LANG=C "
        + "NOTEDECK_CDS=0 NOTEDECK_JAVA='" + jdk(major -> major < 25).orElseThrow() + "' '" + launcher + "'";
    String script = String.join("\n",
        "cd '" + work + "'",
        "cp '" + notes + "' 발표노트.md && mkdir -p 모음 && cp '" + notes + "' 모음/발표.md",
        notedeck + " build 발표노트.md 모음 -f html -o 결과 2>&1; echo \"build-rc=$?\"",
        "echo \"listed: $(cd 결과 && echo *)\"",
        notedeck + " check 모음 2>&1; echo \"check-rc=$?\"",
        notedeck + " check 없는파일.md 2>&1; echo \"missing-rc=$?\"",
        "");
    String out = KoreanNamesAnyLocaleTest.bash(work.resolve("run.sh"), script);
    assertThat(out).contains("build-rc=0").contains("발표노트.md -> 결과/발표노트.html")
        .contains("모음/발표.md -> 결과/발표.html").contains("listed: 발표.html 발표노트.html")
        .contains("check-rc=0").contains("없는파일.md").contains("missing-rc=2")
        .doesNotContain("??").doesNotContain("Exception");
  }

  // --- helpers -------------------------------------------------------------------------------

  record Run(int exitCode, String out, String err) {}

  static Run launch(Map<String, String> env, Path out) throws Exception {
    List<String> command = List.of(launcher.toString(), "build", "-o", out.toString(), notes.toString());
    ProcessBuilder pb = new ProcessBuilder(command).directory(home.toFile());
    Map<String, String> environment = pb.environment();
    for (String name : List.of("JAVA_OPTS", "JAVA_TOOL_OPTIONS", "NOTEDECK_CDS", "NOTEDECK_JAVA", "JAVA_HOME")) {
      environment.remove(name);
    }
    environment.put("SOURCE_DATE_EPOCH", "1700000000");
    environment.putAll(env);
    Path stdout = Files.createTempFile(home, "out", ".txt");
    Path stderr = Files.createTempFile(home, "err", ".txt");
    Process process = pb.redirectOutput(stdout.toFile()).redirectError(stderr.toFile()).start();
    // generous: a loaded 2-core machine makes a JVM start and an AOT training run slow
    if (!process.waitFor(10, TimeUnit.MINUTES)) {
      process.destroyForcibly();
      throw new AssertionError("the launcher did not finish in 10 minutes: " + command);
    }
    return new Run(process.exitValue(), Files.readString(stdout), Files.readString(stderr));
  }

  /** Exit 0, the one line naming both outputs, no JVM log lines, and outputs with the notes. */
  static void assertComplete(Run run, Path out) throws Exception {
    assertThat(run.exitCode()).as(run.err()).isZero();
    assertThat(run.err()).as("stderr").isEmpty();
    assertThat(run.out().lines()).as("stdout").singleElement().asString()
        .contains("talk.pdf").contains("talk.pptx");
    try (PDDocument pdf = Loader.loadPDF(out.resolve("talk.pdf").toFile())) {
      assertThat(new PDFTextStripper().getText(pdf)).contains("시작 속도 이야기").contains("김하늘")
          .contains("클래스를 미리 읽어 둔다");
    }
    try (XMLSlideShow deck = new XMLSlideShow(Files.newInputStream(out.resolve("talk.pptx")))) {
      StringBuilder text = new StringBuilder();
      deck.getSlides().forEach(slide -> {
        for (XSLFShape shape : slide.getShapes()) {
          if (shape instanceof XSLFTextShape t) {
            text.append(t.getText()).append('\n');
          }
        }
      });
      assertThat(deck.getSlides()).hasSizeGreaterThan(1);
      assertThat(text).contains("시작 속도 이야기").contains("두 번째 실행이 빠르다");
    }
  }

  static void assertSameOutputs(Path a, Path b) throws IOException {
    for (String name : List.of("talk.pdf", "talk.pptx")) {
      assertThat(Files.mismatch(a.resolve(name), b.resolve(name))).as(name).isEqualTo(-1L);
    }
  }

  interface MajorFilter {
    boolean accept(int major);
  }

  /** An installed JDK's home whose major version passes the filter: this JVM's, then /usr/lib/jvm/*. */
  static Optional<Path> jdk(MajorFilter filter) throws IOException {
    List<Path> homes = new ArrayList<>();
    homes.add(Path.of(System.getProperty("java.home")));
    Path jvms = Path.of("/usr/lib/jvm");
    if (Files.isDirectory(jvms)) {
      try (Stream<Path> list = Files.list(jvms)) {
        list.sorted().forEach(homes::add);
      }
    }
    Map<Path, Integer> seen = new HashMap<>();
    for (Path h : homes) {
      Path release = h.resolve("release");
      if (!Files.isExecutable(h.resolve("bin/java")) || !Files.isRegularFile(release)) {
        continue;
      }
      Path real = h.toRealPath();
      if (seen.containsKey(real)) {
        continue;
      }
      for (String line : Files.readAllLines(release)) {
        if (line.startsWith("JAVA_VERSION=\"")) {
          String v = line.substring("JAVA_VERSION=\"".length());
          int major = Integer.parseInt(v.split("[.\"]")[0]);
          seen.put(real, major);
          if (filter.accept(major)) {
            return Optional.of(real);
          }
        }
      }
    }
    return Optional.empty();
  }
}
