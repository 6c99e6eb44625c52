package dev.notedeck.docs;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * README's "Using it as a library" is what a library user copies first: its java block is
 * compiled against the test class path as written (imports, then statements in a main method)
 * and run in a folder holding a small talk.md; the PDF it writes must hold the talk.
 */
class ReadmeLibrarySnippetTest {

  @TempDir Path dir;

  @Test
  void snippetCompilesAndWritesTheHandout() throws Exception {
    List<String> imports = new ArrayList<>();
    StringBuilder body = new StringBuilder();
    for (String line : snippet().split("\n")) {
      if (line.startsWith("import ")) {
        imports.add(line);
      } else {
        body.append("    ").append(line).append('\n');
      }
    }
    String source = String.join("\n", imports) + "\n\npublic class Snippet {\n"
        + "  public static void main(String[] args) throws Exception {\n" + body + "  }\n}\n";
    Path src = dir.resolve("src/Snippet.java");
    Files.createDirectories(src.getParent());
    Files.writeString(src, source);
    Path classes = Files.createDirectories(dir.resolve("classes"));

    JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
    StringWriter errors = new StringWriter();
    boolean compiled = javac.getTask(errors, null, null,
        List.of("-classpath", System.getProperty("java.class.path"), "-d", classes.toString(),
            "--release", "17"),
        null, javac.getStandardFileManager(null, null, StandardCharsets.UTF_8).getJavaFileObjects(src.toFile()))
        .call();
    assertThat(compiled).as("README snippet compiles:\n%s\n%s", source, errors).isTrue();

    // The snippet names talk.md and talk.pdf relative to the working folder: run it in one.
    Path work = Files.createDirectories(dir.resolve("work"));
    Files.writeString(work.resolve("talk.md"), """
        # 라이브러리 모임

        ## 1. 스니펫 이야기 - 김하늘 ( 회사 )
        ### 시작
        * 문서에 적힌 코드가 그대로 돈다
        """);
    Process p = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        "-cp", classes + File.pathSeparator + System.getProperty("java.class.path"), "Snippet")
        .directory(work.toFile()).redirectErrorStream(true).start();
    boolean done = p.waitFor(5, TimeUnit.MINUTES);
    String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(done && p.exitValue() == 0).as("snippet ran:\n%s", output).isTrue();

    try (PDDocument pdf = Loader.loadPDF(work.resolve("talk.pdf").toFile())) {
      assertThat(new PDFTextStripper().getText(pdf)).contains("스니펫 이야기").contains("문서에 적힌 코드가 그대로 돈다");
    }
  }

  /** The java block under README's "## Using it as a library". */
  private static String snippet() throws Exception {
    String readme = Files.readString(Path.of("README.md"), StandardCharsets.UTF_8);
    int section = readme.indexOf("## Using it as a library");
    assertThat(section).as("README has a 'Using it as a library' section").isNotNegative();
    int start = readme.indexOf("```java\n", section);
    int end = readme.indexOf("\n```", start + 1);
    assertThat(start).as("a java block in it").isPositive();
    return readme.substring(start + "```java\n".length(), end);
  }
}
