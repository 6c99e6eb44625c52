package dev.notedeck.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.jar.Attributes;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Korean file names, arguments and messages under {@code LANG=C} and with no locale at all, in a
 * child JVM as a user would start it: {@code java -cp … Main} and plain {@code java -jar}. The
 * child runs from a shell script written as UTF-8 bytes, so the test does not depend on the
 * locale of the JVM running it (which could not even name those files under LANG=C).
 */
class KoreanNamesAnyLocaleTest {

  @TempDir Path dir;

  private static final String NOTES = "# 한국 개발자 모임\n\n## 1. 쿠버네티스 입문 - 김하늘 ( 회사 )\n\n"
      + "### 배경\n* 컨테이너 이야기\n\n![구성도](없는그림.png)\n";

  @Test
  void mainBuildsAndChecksKoreanNamesUnderLangC() throws Exception {
    String out = runScript("env -u LC_ALL -u LC_CTYPE -u LC_MESSAGES LANG=C", "java -cp " + classPath()
        + " dev.notedeck.cli.Main", true);
    assertBuilt(out);
    // check names the Korean file and image in its finding, and exits 1 for a finding
    assertThat(out).contains("발표노트.md:").contains("'없는그림.png' not found").contains("check-rc=1");
  }

  @Test
  void plainJavaJarWorksWithNoLocaleAtAll() throws Exception {
    Path jar = thinJar();
    String out = runScript("env -u LC_ALL -u LC_CTYPE -u LC_MESSAGES -u LANG", "java -jar " + jar, false);
    assertBuilt(out);
  }

  private static void assertBuilt(String out) {
    // a Korean-named file, named back correctly on stdout, and a folder that holds one (that
    // was an InvalidPathException under LANG=C)
    assertThat(out).contains("build-rc=0").contains("발표노트.md -> out/발표노트.html")
        .contains("모음/발표.md -> out/발표.html");
    // the files exist under their real names
    assertThat(out).containsPattern("listed: .*발표\\.html").containsPattern("listed: .*발표노트\\.html");
    assertThat(out).doesNotContain("??").doesNotContain("Exception");
  }

  /** Runs build, build of a folder and check of Korean names with {@code notedeck} = {@code command}. */
  private String runScript(String environment, String command, boolean checks) throws IOException, InterruptedException {
    Files.writeString(dir.resolve("notes.txt"), NOTES, StandardCharsets.UTF_8);
    String script = String.join("\n",
        "cd '" + dir + "'",
        "cp notes.txt 발표노트.md && mkdir -p 모음 && cp notes.txt 모음/발표.md",
        "n() { " + environment + " " + command + " \"$@\"; }",
        "n build 발표노트.md 모음 -f html -o out; echo \"build-rc=$?\"",
        "echo \"listed: $(cd out && echo *)\"",
        checks ? "n check 발표노트.md 2>&1; echo \"check-rc=$?\"" : "",
        "");
    String out = bash(dir.resolve("run.sh"), script);
    System.out.println(out);
    return out;
  }

  /**
   * Runs {@code script} with bash from {@code file}, written as UTF-8 bytes (so Korean names in
   * it do not depend on this JVM's locale); returns what it printed, decoded as UTF-8.
   */
  static String bash(Path file, String script) throws IOException, InterruptedException {
    Files.write(file, script.getBytes(StandardCharsets.UTF_8));
    Process process = new ProcessBuilder("bash", file.toString()).redirectErrorStream(true).start();
    process.getOutputStream().close();
    byte[] bytes = process.getInputStream().readAllBytes();
    assertThat(process.waitFor(5, TimeUnit.MINUTES)).isTrue();
    return new String(bytes, StandardCharsets.UTF_8);
  }

  private static String classPath() {
    return System.getProperty("java.class.path");
  }

  /** A jar holding only a manifest: Main-Class and the class path, as {@code java -jar} reads it. */
  private Path thinJar() throws IOException {
    List<String> urls = new ArrayList<>();
    for (String entry : classPath().split(File.pathSeparator)) {
      urls.add(Path.of(entry).toUri().toString());
    }
    Manifest manifest = new Manifest();
    manifest.getMainAttributes().put(Attributes.Name.MANIFEST_VERSION, "1.0");
    manifest.getMainAttributes().put(Attributes.Name.MAIN_CLASS, Main.class.getName());
    manifest.getMainAttributes().put(Attributes.Name.CLASS_PATH, String.join(" ", urls));
    Path jar = dir.resolve("notedeck-thin.jar");
    try (OutputStream out = Files.newOutputStream(jar); JarOutputStream ignored = new JarOutputStream(out, manifest)) {
      // the manifest is all
    }
    return jar;
  }
}
