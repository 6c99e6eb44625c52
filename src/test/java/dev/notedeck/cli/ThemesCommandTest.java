package dev.notedeck.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.notedeck.theme.Theme;
import dev.notedeck.theme.ThemeLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ThemesCommandTest {
  @TempDir
  Path dir;

  @Test
  void listsOneBuiltInPerLineNameFirst() {
    CliRunner r = CliRunner.run("themes");

    assertThat(r.exitCode()).isZero();
    List<ThemeLoader.ThemeInfo> builtIns = new ThemeLoader().builtIns();
    List<String> lines = r.out().lines().toList();
    assertThat(lines).hasSize(builtIns.size());
    for (int i = 0; i < lines.size(); i++) {
      String[] parts = lines.get(i).split("\\s+", 2);
      assertThat(parts[0]).isEqualTo(builtIns.get(i).name());
      assertThat(parts[1]).isEqualTo(builtIns.get(i).description());
    }
  }

  @Test
  void showPrintsResolvedTokensIncludingInheritedOnes() {
    CliRunner r = CliRunner.run("themes", "show", "dark");

    assertThat(r.exitCode()).isZero();
    Theme dark = new ThemeLoader().load("dark");
    assertThat(r.out()).contains("name: dark")
        .contains("  background: \"" + dark.slideColors().background().hex() + "\"")
        .contains("  primary: \"" + dark.colors().primary().hex() + "\"")
        .contains("  body: NanumGothic ") // inherited from default
        .contains("aspect: \"16:9\"");
  }

  @Test
  void showOfABrokenThemePrintsEveryProblemAndFails() throws Exception {
    Path bad = Files.createDirectories(dir.resolve("bad"));
    Files.writeString(bad.resolve("theme.yaml"), "colors:\n  primay: \"#000\"\n  text: red\n");

    CliRunner r = CliRunner.run("themes", "show", bad.toString());

    assertThat(r.exitCode()).isEqualTo(NotedeckCli.EXIT_ERROR);
    assertThat(r.out()).isEmpty();
    assertThat(r.err().lines()).containsExactly(
        "notedeck: " + bad.resolve("theme.yaml") + ":2: unknown key 'primay' in colors (did you "
            + "mean 'primary'? allowed: background, text, muted, primary, accent, codeBackground, "
            + "codeText, border)",
        "notedeck: " + bad.resolve("theme.yaml") + ":3: 'colors.text' is not a colour: 'red' "
            + "(a colour is \"#RRGGBB\" or \"#RGB\", in quotes)");
  }

  @Test
  void newScaffoldsAThemeThatLoadsAndExtendsItsParent() throws Exception {
    CliRunner r = CliRunner.run("themes", "new", "mine", "--from", "classic", "-o",
        dir.toString());

    assertThat(r.exitCode()).as(r.err()).isZero();
    Path folder = dir.resolve("mine");
    assertThat(r.out()).contains(folder.resolve("theme.yaml").toString());
    String yaml = Files.readString(folder.resolve("theme.yaml"));
    assertThat(yaml).contains("extends: classic").contains("# Optional files");
    Theme mine = new ThemeLoader().load(folder.toString());
    Theme classic = new ThemeLoader().load("classic");
    assertThat(mine.colors()).isEqualTo(classic.colors());
    assertThat(mine.fonts()).isEqualTo(classic.fonts());
    assertThat(mine.name()).isEqualTo("mine");
  }

  @Test
  void newFromAFolderExtendsItByRelativePath() throws Exception {
    assertThat(CliRunner.run("themes", "new", "base", "-o", dir.toString()).exitCode()).isZero();

    CliRunner r = CliRunner.run("themes", "new", "child", "--from",
        dir.resolve("base").toString(), "-o", dir.resolve("talks").toString());

    assertThat(r.exitCode()).as(r.err()).isZero();
    assertThat(Files.readString(dir.resolve("talks/child/theme.yaml")))
        .contains("extends: ../../base");
    assertThat(new ThemeLoader().load(dir.resolve("talks/child")).name()).isEqualTo("child");
  }

  @Test
  void newRefusesToOverwrite() throws Exception {
    Files.createDirectories(dir.resolve("taken"));

    CliRunner r = CliRunner.run("themes", "new", "taken", "-o", dir.toString());

    assertThat(r.exitCode()).isEqualTo(NotedeckCli.EXIT_ERROR);
    assertThat(r.err()).contains("already exists");
  }

  @Test
  void brokenThemeStopsABuildWithEveryProblemAndNoOutput() throws Exception {
    Path bad = Files.createDirectories(dir.resolve("bad"));
    Files.writeString(bad.resolve("theme.yaml"),
        "extends: default\nslides:\n  aspect: 4:5\nfonts:\n  body: NoSuchFontAnywhere\n");
    Path out = dir.resolve("out");

    CliRunner r = CliRunner.run("build", "-t", bad.toString(), "-o", out.toString(),
        "seeds/gcp-next-extended-seoul-2019.md");

    assertThat(r.exitCode()).isEqualTo(NotedeckCli.EXIT_ERROR);
    String file = bad.resolve("theme.yaml").toString();
    assertThat(r.err().lines().toList()).hasSize(2).satisfiesExactly(
        l -> assertThat(l).startsWith("notedeck: " + file + ":3: 'slides.aspect' is not a slide "
            + "aspect: '4:5'"),
        l -> assertThat(l).startsWith("notedeck: " + file + ":5: font family "
            + "'NoSuchFontAnywhere' not found"));
    assertThat(r.err()).doesNotContain("Exception").doesNotContain("\tat ");
    assertThat(out).doesNotExist();
  }
}
