package dev.notedeck.theme;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class BuiltInThemesTest {
  private static final ThemeLoader LOADER = new ThemeLoader();

  static List<String> names() {
    return LOADER.builtIns().stream().map(ThemeLoader.ThemeInfo::name).toList();
  }

  @Test
  void indexListsEveryThemeFolderAndAtLeastFive() throws IOException {
    List<String> folders;
    try (Stream<Path> dirs = Files.list(Path.of("themes"))) {
      folders = dirs.filter(d -> Files.isRegularFile(d.resolve("theme.yaml")))
          .map(d -> d.getFileName().toString()).sorted().toList();
    }
    assertThat(names()).containsExactlyInAnyOrderElementsOf(folders);
    assertThat(names()).hasSizeGreaterThanOrEqualTo(5).startsWith("default")
        .contains("dark", "print", "classic", "vivid");
    assertThat(LOADER.builtIns()).allSatisfy(i -> assertThat(i.description()).isNotBlank());
  }

  @ParameterizedTest
  @MethodSource("names")
  void loadsWithEveryFontOnTheClassPath(String name) throws IOException {
    Theme theme = LOADER.load(name);
    assertThat(theme.name()).isEqualTo(name);
    Typography t = theme.fonts();
    for (FontFamily f : List.of(t.body(), t.heading(), t.code())) {
      assertThat(f.regular()).isInstanceOf(Resource.OnClassPath.class);
      try (InputStream in = f.regular().open()) {
        assertThat(in.readNBytes(4)).containsExactly(0, 1, 0, 0); // TrueType magic
      }
    }
    assertThat(t.fallbacks()).extracting(FontFamily::name).contains("NanumGothic");
    assertThat(theme.slides().widthPt()).isEqualTo(960);
    assertThat(theme.slides().heightPt()).isEqualTo(540);
    assertThat(theme.page().paper()).isEqualTo("A4");
  }

  @Test
  void darkHasDarkSlidesButALightHandout() {
    Theme dark = LOADER.load("dark");
    assertThat(dark.slideColors().background().luminance()).isLessThan(0.05);
    assertThat(dark.colors().background().luminance()).isGreaterThan(0.9);
  }

  @Test
  void classicUsesMyeongjoHeadings() {
    assertThat(LOADER.load("classic").fonts().heading().name()).isEqualTo("NanumMyeongjo");
  }
}
