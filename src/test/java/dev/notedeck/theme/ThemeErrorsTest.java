package dev.notedeck.theme;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.notedeck.NotedeckException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Each kind of theme problem gives a line-numbered message; all problems come at once. */
class ThemeErrorsTest {
  @TempDir
  Path dir;

  /** No installed fonts: results must not depend on the machine. */
  private final ThemeLoader loader = new ThemeLoader(new SystemFonts(List.of()));

  private Path theme(String folder, String yaml) throws IOException {
    Path d = dir.resolve(folder);
    Files.createDirectories(d);
    Files.writeString(d.resolve("theme.yaml"), yaml);
    return d;
  }

  private List<String> problems(Path folder) {
    ThemeException e = catchThrowableOfType(ThemeException.class, () -> loader.load(folder));
    assertThat(e).as("loading %s must fail", folder).isNotNull();
    assertThat(e.getMessage()).isEqualTo(String.join("\n", e.problems()));
    return e.problems();
  }

  private String file(Path folder) {
    return folder.resolve("theme.yaml").toString();
  }

  @Test
  void unknownKeySuggestsTheClosestAllowedOne() throws IOException {
    Path t = theme("typo", "extends: default\ncolors:\n  primay: \"#1A73E8\"\n");

    assertThat(problems(t)).containsExactly(file(t) + ":3: unknown key 'primay' in colors "
        + "(did you mean 'primary'? allowed: background, text, muted, primary, accent, "
        + "codeBackground, codeText, border)");
  }

  @Test
  void unknownTopLevelKeyListsTheSections() throws IOException {
    Path t = theme("top", "colours:\n  primary: \"#1A73E8\"\n");

    assertThat(problems(t)).singleElement().asString()
        .startsWith(file(t) + ":1: unknown key 'colours' (did you mean 'colors'?")
        .contains("allowed: description, extends, colors, slideColors, fonts");
  }

  @Test
  void badColoursSayWhatAColourIs() throws IOException {
    Path t = theme("colours", """
        colors:
          primary: "#12345G"
          accent: 1A73E8
          text: #1A73E8
        """);

    assertThat(problems(t)).containsExactly(
        file(t) + ":2: 'colors.primary' is not a colour: '#12345G' "
            + "(a colour is \"#RRGGBB\" or \"#RGB\", in quotes)",
        file(t) + ":3: 'colors.accent' is not a colour: '1A73E8' "
            + "(did you mean \"#1A73E8\"? a colour is \"#RRGGBB\" or \"#RGB\", in quotes)",
        file(t) + ":4: 'colors.text' has no value (a # starts a YAML comment: quote colours, "
            + "e.g. text: \"#1A73E8\")");
  }

  @Test
  void badSizesAreReportedWithTheAllowedRange() throws IOException {
    Path t = theme("sizes", """
        sizes:
          body: 0
          h1: big
        slides:
          minBodySize: 30
          aspect: "3:2"
        page:
          paper: A3
          margins: 2km
        """);

    assertThat(problems(t)).containsExactly(
        file(t) + ":2: 'sizes.body' is out of range: 0 (a size in points, 5 to 120)",
        file(t) + ":3: 'sizes.h1' is not a number: 'big' (a size in points, 5 to 120)",
        file(t) + ":6: 'slides.aspect' is not a slide aspect: '3:2' "
            + "(allowed: 16:9, 4:3, 16:10, in quotes or not)",
        file(t) + ":8: 'page.paper' is not a paper size: 'A3' (did you mean 'A4'? "
            + "allowed: A4, A5, B5, Letter, Legal)",
        file(t) + ":9: 'page.margins' is not a length: '2km' (a length such as 20, 20mm, 2cm, "
            + "0.75in or 54pt; plain numbers are mm)",
        file(t) + ":5: 'slides.minBodySize' (30) is larger than 'slides.bodySize' (28) "
            + "(a minimum must not exceed the size)");
  }

  @Test
  void missingFontFileNamesWhereItWasLookedFor() throws IOException {
    Path t = theme("fonts", """
        fonts:
          families:
            Inter:
              regular: fonts/Inter-Regular.ttf
              bold: fonts/Inter-Bold.ttf
          body: Inter
        """);
    Files.createDirectories(t.resolve("fonts"));
    Files.write(t.resolve("fonts/Inter-Regular.ttf"), new byte[] {0, 1, 0, 0});

    assertThat(problems(t)).containsExactly(file(t) + ":5: 'fonts.families.Inter.bold': "
        + "file not found (or not a regular file): " + t.resolve("fonts/Inter-Bold.ttf")
        + " (paths are relative to the theme.yaml naming them)");
  }

  @Test
  void unknownFontFamilySuggestsABundledOne() throws IOException {
    Path t = theme("family", "fonts:\n  heading: NanumGotic\n");

    assertThat(problems(t)).singleElement().asString()
        .startsWith(file(t) + ":2: font family 'NanumGotic' not found")
        .contains("did you mean 'NanumGothic'?")
        .contains("bundled: NanumGothic, NanumGothicCoding, NanumMyeongjo, NanumSquare");
  }

  @Test
  void installedFontsAreFoundByFileNameWithoutReadingThem() throws IOException {
    Path fonts = Files.createDirectories(dir.resolve("system/truetype/dejavu"));
    for (String f : List.of("DejaVuSans.ttf", "DejaVuSans-Bold.ttf", "DejaVuSans-Oblique.ttf",
        "DejaVuSans-BoldOblique.ttf", "DejaVuSansMono.ttf")) {
      Files.write(fonts.resolve(f), new byte[0]); // empty: proves the files are not parsed
    }
    Path t = theme("system", "fonts:\n  body: DejaVu Sans\n  code: DejaVuSansMono\n");

    Theme theme = new ThemeLoader(new SystemFonts(List.of(dir.resolve("system")))).load(t);

    FontFamily body = theme.fonts().body();
    assertThat(body.name()).isEqualTo("DejaVu Sans");
    assertThat(body.regular()).isEqualTo(new Resource.OnDisk(fonts.resolve("DejaVuSans.ttf")));
    assertThat(body.bold()).isEqualTo(new Resource.OnDisk(fonts.resolve("DejaVuSans-Bold.ttf")));
    assertThat(body.italic())
        .isEqualTo(new Resource.OnDisk(fonts.resolve("DejaVuSans-Oblique.ttf")));
    assertThat(body.boldItalic())
        .isEqualTo(new Resource.OnDisk(fonts.resolve("DejaVuSans-BoldOblique.ttf")));
    assertThat(theme.fonts().code().regular())
        .isEqualTo(new Resource.OnDisk(fonts.resolve("DejaVuSansMono.ttf")));
    assertThat(theme.fonts().fallbacks()).extracting(FontFamily::name).contains("NanumGothic");
  }

  @Test
  void extendsCycleIsNamed() throws IOException {
    Path a = theme("a", "extends: ../b\n");
    theme("b", "description: B\nextends: ../a\n");

    assertThat(problems(a)).containsExactly(dir.resolve("b/theme.yaml")
        + ":2: 'extends' makes a cycle: a -> b -> a "
        + "(a theme cannot extend itself or a theme that extends it)");
  }

  @Test
  void themeExtendingItselfIsACycle() throws IOException {
    Path self = theme("self", "extends: .\n");

    assertThat(problems(self)).singleElement().asString()
        .isEqualTo(file(self) + ":1: 'extends' makes a cycle: self -> self "
            + "(a theme cannot extend itself or a theme that extends it)");
  }

  @Test
  void unknownParentThemeSuggestsABuiltIn() throws IOException {
    Path t = theme("parent", "extends: drak\n");

    assertThat(problems(t)).containsExactly(file(t) + ":1: 'extends: drak': no such built-in "
        + "theme (did you mean 'dark'? built-in: default, dark, print, classic, vivid; for a "
        + "folder write ./drak)");
  }

  @Test
  void missingParentFolderIsReportedAtTheExtendsLine() throws IOException {
    Path t = theme("orphan", "description: x\nextends: ./nowhere\n");

    assertThat(problems(t)).singleElement().asString()
        .startsWith(file(t) + ":2: 'extends: ./nowhere': no theme.yaml in ");
  }

  @Test
  void problemsInParentAndChildAreReportedTogether() throws IOException {
    theme("base", "colors:\n  accent: red\n");
    Path child = theme("child", "extends: ../base\nsizes:\n  h2: -4\nslides:\n  titel: 3\n");

    assertThat(problems(child)).containsExactlyInAnyOrder(
        file(child) + ":3: 'sizes.h2' is out of range: -4 (a size in points, 5 to 120)",
        file(child) + ":5: unknown key 'titel' in slides (did you mean 'titleSize'? allowed: "
            + "aspect, latinTypeface, eastAsianTypeface, codeTypeface, titleSize, bodySize, "
            + "minBodySize, codeSize, minCodeSize)",
        dir.resolve("base/theme.yaml") + ":2: 'colors.accent' is not a colour: 'red' "
            + "(a colour is \"#RRGGBB\" or \"#RGB\", in quotes)");
  }

  @Test
  void invalidYamlGivesItsLine() throws IOException {
    Path t = theme("yaml", "colors:\n  primary: \"#123456\"\n   accent: \"#654321\"\n");

    assertThat(problems(t)).singleElement().asString()
        .startsWith(file(t) + ":3: not valid YAML: ");
  }

  @Test
  void duplicateKeyIsAnError() throws IOException {
    Path t = theme("dup", "colors:\n  text: \"#000\"\n  text: \"#111\"\n");

    assertThat(problems(t)).containsExactly(
        file(t) + ":3: duplicate key 'text' in colors (state each key once)");
  }

  @Test
  void unknownThemeNameAndMissingFolderAreOneClearLine() throws IOException {
    assertThatThrownBy(() -> loader.load("vivd"))
        .isInstanceOf(NotedeckException.class)
        .hasMessage("unknown theme 'vivd' (did you mean 'vivid'? built-in themes: default, "
            + "dark, print, classic, vivid; or give a path to a theme folder)");
    String missing = dir.resolve("missing").toString();
    assertThatThrownBy(() -> loader.load(missing))
        .isInstanceOf(NotedeckException.class)
        .hasMessage(missing + ": theme folder not found (give a built-in theme name, or a "
            + "folder holding a theme.yaml)");
    Files.createDirectories(dir.resolve("empty"));
    assertThatThrownBy(() -> loader.load(dir.resolve("empty").toString()))
        .isInstanceOf(NotedeckException.class)
        .hasMessageContaining("no theme.yaml in this folder");
  }
}
