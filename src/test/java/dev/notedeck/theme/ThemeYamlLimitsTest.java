package dev.notedeck.theme;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 18: a theme.yaml of any depth or size is either loaded or refused with one line per
 * problem naming the file; never a StackOverflowError or minutes of parsing.
 */
class ThemeYamlLimitsTest {

  @TempDir Path dir;

  private final ThemeLoader loader = new ThemeLoader(new SystemFonts(List.of()));

  @Test
  void randomNestingOfAnyDepthIsLoadedOrRefusedWithItsLine() throws IOException {
    long seed = new Random().nextLong();
    Random random = new Random(seed);
    for (int round = 0; round < 40; round++) {
      int depth = random.nextInt(4) == 0 ? 1 + random.nextInt(20_000) : 1 + random.nextInt(60);
      String yaml = "extends: default\ncolors:\n  primary: " + nested(random, depth) + "\n";
      Path folder = theme("t" + round, yaml);
      Throwable t = catchThrowable(() -> loader.load(folder));
      String shown = yaml.length() > 300 ? yaml.substring(0, 300) + "…" : yaml;
      assertThat(t).as("seed %d, depth %d: %s", seed, depth, shown).isInstanceOf(ThemeException.class);
      List<String> problems = ((ThemeException) t).problems();
      assertThat(problems).as("seed %d, depth %d", seed, depth).isNotEmpty()
          .allSatisfy(p -> assertThat(p).startsWith(folder.resolve("theme.yaml").toString())
              .doesNotContain("\n"));
      if (depth > YamlLimits.MAX_DEPTH + 1) {
        assertThat(problems).as("seed %d, depth %d", seed, depth)
            .anySatisfy(p -> assertThat(p).matches(".*theme\\.yaml:\\d+: .*"));
      }
    }
  }

  @Test
  void deepBlockMappingsAreRefusedAtTheirLine() throws IOException {
    // line 1 opens the top level; k0 nests from line 3 on, so level 33 starts at line 34
    StringBuilder yaml = new StringBuilder("extends: default\n");
    for (int i = 0; i < 500; i++) { // 3,000 levels would pass the size limit first
      yaml.append(" ".repeat(i)).append("k").append(i).append(":\n");
    }
    Path folder = theme("maps", yaml.toString());
    ThemeException e = (ThemeException) catchThrowable(() -> loader.load(folder));
    assertThat(e.problems()).containsExactly(folder.resolve("theme.yaml") + ":"
        + (YamlLimits.MAX_DEPTH + 2) + ": nested more than " + YamlLimits.MAX_DEPTH
        + " levels deep; a theme needs a few levels at most");
  }

  @Test
  void aHugeScalarOrFileIsRefusedBeforeItIsParsed() throws IOException {
    Path scalar = theme("scalar", "extends: default\ndescription: " + "x".repeat(YamlLimits.MAX_SCALAR + 1) + "\n");
    assertThat(((ThemeException) catchThrowable(() -> loader.load(scalar))).problems())
        .singleElement().asString().startsWith(scalar.resolve("theme.yaml") + ":2: a value of")
        .contains("over the limit");
    Path big = theme("big", "extends: default\n#" + "x".repeat(YamlLimits.MAX_CHARS) + "\n");
    assertThat(((ThemeException) catchThrowable(() -> loader.load(big))).problems())
        .singleElement().asString().startsWith(big.resolve("theme.yaml") + ":")
        .contains("over the limit");
  }

  @Test
  void aliasBombsAreRefused() throws IOException {
    StringBuilder yaml = new StringBuilder("extends: default\nx0: &a0 [lol, lol]\n");
    for (int i = 1; i < 60; i++) {
      yaml.append("x").append(i).append(": &a").append(i).append(" [*a").append(i - 1)
          .append(", *a").append(i - 1).append("]\n");
    }
    Path folder = theme("alias", yaml.toString());
    assertThat(((ThemeException) catchThrowable(() -> loader.load(folder))).problems())
        .isNotEmpty().allSatisfy(p -> assertThat(p).startsWith(folder.resolve("theme.yaml").toString()));
  }

  /** Flow and block collections, closed or not, around a value. */
  private static String nested(Random random, int depth) {
    StringBuilder open = new StringBuilder();
    StringBuilder close = new StringBuilder();
    for (int i = 0; i < depth; i++) {
      switch (random.nextInt(3)) {
        case 0 -> {
          open.append('[');
          close.insert(0, ']');
        }
        case 1 -> {
          open.append("{k").append(i).append(": ");
          close.insert(0, '}');
        }
        default -> {
          open.append("[ ");
          close.insert(0, " ]");
        }
      }
    }
    return open + "\"#123456\"" + (random.nextInt(5) == 0 ? "" : close.toString());
  }

  private Path theme(String name, String yaml) throws IOException {
    Path d = dir.resolve(name);
    Files.createDirectories(d);
    Files.writeString(d.resolve("theme.yaml"), yaml);
    return d;
  }
}
