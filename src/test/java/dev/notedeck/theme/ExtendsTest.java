package dev.notedeck.theme;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ExtendsTest {
  private final ThemeLoader loader = new ThemeLoader();

  @TempDir
  Path dir;

  private Path theme(String folder, String yaml) throws IOException {
    Path d = dir.resolve(folder);
    Files.createDirectories(d);
    Files.writeString(d.resolve("theme.yaml"), yaml);
    return d;
  }

  @Test
  void childChangingOnlyPrimaryDiffersFromItsParentOnlyThere() throws IOException {
    Path child = theme("mine", "extends: default\ncolors:\n  primary: \"#1A73E8\"\n");
    Theme parent = loader.load("default");
    Theme theme = loader.load(child.toString());

    assertThat(theme.name()).isEqualTo("mine");
    assertThat(theme.colors().primary()).isEqualTo(RgbColor.parse("#1A73E8"));
    assertThat(theme.slideColors().primary()).isEqualTo(RgbColor.parse("#1A73E8"));
    Palette expected = new Palette(parent.colors().background(), parent.colors().text(),
        parent.colors().muted(), RgbColor.parse("#1A73E8"), parent.colors().accent(),
        parent.colors().codeBackground(), parent.colors().codeText(), parent.colors().border());
    assertThat(theme.colors()).isEqualTo(expected);
    assertThat(theme.slideColors()).isEqualTo(expected);
    assertThat(theme.fonts()).isEqualTo(parent.fonts());
    assertThat(theme.page()).isEqualTo(parent.page());
    assertThat(theme.slides()).isEqualTo(parent.slides());
    assertThat(theme.assets()).isEqualTo(parent.assets());
  }

  @Test
  void relativeExtendsResolvesAgainstTheNamingFileAndChainsToBuiltIns() throws IOException {
    theme("base", "extends: dark\nsizes:\n  body: 12\n");
    Path child = theme("talks/child", "extends: ../../base\nslides:\n  aspect: \"4:3\"\n");

    Theme theme = loader.load(child.toString());

    Theme dark = loader.load("dark");
    assertThat(theme.fonts().bodySize()).isEqualTo(12);
    assertThat(theme.slideColors()).isEqualTo(dark.slideColors());
    assertThat(theme.slides().widthPt()).isEqualTo(720);
    assertThat(theme.slides().heightPt()).isEqualTo(540);
  }

  @Test
  void userFilesAreOnDiskAndFoundByConventionalName() throws IOException {
    Path d = theme("withfiles", "description: Has files\n");
    Files.writeString(d.resolve("handout.css"), "h1 { letter-spacing: 1px; }");
    Files.write(d.resolve("logo.png"), new byte[] {1});

    Theme theme = loader.load(d);

    assertThat(theme.description()).isEqualTo("Has files");
    assertThat(theme.assets().handoutCss()).contains(
        new Resource.OnDisk(d.resolve("handout.css")));
    assertThat(theme.assets().logo()).contains(new Resource.OnDisk(d.resolve("logo.png")));
    assertThat(theme.assets().pptxTemplate()).isEmpty();
  }

  @Test
  void userFontFamilyFilesResolveRelativeToTheTheme() throws IOException {
    Path d = theme("fonted", "fonts:\n  families:\n    Body:\n      regular: fonts/Body.ttf\n"
        + "  body: Body\n");
    Files.createDirectories(d.resolve("fonts"));
    Files.write(d.resolve("fonts/Body.ttf"), new byte[] {0, 1, 0, 0});

    Theme theme = loader.load(d);

    assertThat(theme.fonts().body().name()).isEqualTo("Body");
    assertThat(theme.fonts().body().regular())
        .isEqualTo(new Resource.OnDisk(d.resolve("fonts/Body.ttf")));
    assertThat(theme.fonts().body().bold()).isNull();
    assertThat(theme.fonts().fallbacks()).extracting(FontFamily::name).contains("NanumGothic");
  }

  @Test
  void frontMatterFoldersResolveAgainstTheNotesFolder() throws IOException {
    theme("talks/themes/ours", "description: Ours\n");
    Path notesDir = dir.resolve("talks");

    assertThat(loader.load("./themes/ours", notesDir).description()).isEqualTo("Ours");
    assertThat(loader.load("themes/ours", notesDir).description()).isEqualTo("Ours");
    assertThat(loader.load("dark", notesDir).name()).isEqualTo("dark");
    String absolute = dir.resolve("talks/themes/ours").toString();
    assertThat(loader.load(absolute, Path.of("elsewhere")).name()).isEqualTo("ours");
  }
}
