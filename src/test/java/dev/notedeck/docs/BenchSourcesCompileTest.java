package dev.notedeck.docs;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The benchmark's Java programs (bench/*.java) run as single-file sources against the jar, so
 * nothing else compiles them: a renamed or moved class broke DeckFigures unnoticed once. Each
 * must compile against the current classes.
 */
class BenchSourcesCompileTest {

  @TempDir Path classes;

  @Test
  void everyBenchProgramCompiles() throws Exception {
    List<Path> sources;
    try (Stream<Path> files = Files.list(Path.of("bench"))) {
      sources = files.filter(p -> p.toString().endsWith(".java")).sorted().toList();
    }
    assertThat(sources).isNotEmpty();
    JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
    for (Path source : sources) {
      StringWriter errors = new StringWriter();
      List<String> options = new ArrayList<>(List.of("-classpath", System.getProperty("java.class.path"),
          "-d", classes.resolve(source.getFileName().toString()).toString(), "-proc:none", "-Xlint:none"));
      var units = javac.getStandardFileManager(null, null, null).getJavaFileObjects(source.toFile());
      boolean ok = javac.getTask(errors, null, null, options, null, units).call();
      assertThat(ok).as("%s compiles:%n%s", source, errors).isTrue();
    }
  }
}
