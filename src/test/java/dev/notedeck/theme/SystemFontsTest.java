package dev.notedeck.theme;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Installed families are recognised by the usual file-name patterns of font packages. */
class SystemFontsTest {
  @TempDir
  Path dir;

  private SystemFonts fonts(String... files) throws IOException {
    for (String f : files) {
      Path p = dir.resolve(f);
      Files.createDirectories(p.getParent());
      Files.write(p, new byte[0]);
    }
    return new SystemFonts(List.of(dir));
  }

  @Test
  void singleLetterStyleSuffixes() throws IOException {
    SystemFonts s = fonts("nanum/NanumSquareR.ttf", "nanum/NanumSquareB.ttf");

    FontFamily f = s.find("NanumSquare").orElseThrow();
    assertThat(f.regular()).isEqualTo(new Resource.OnDisk(dir.resolve("nanum/NanumSquareR.ttf")));
    assertThat(f.bold()).isEqualTo(new Resource.OnDisk(dir.resolve("nanum/NanumSquareB.ttf")));
  }

  @Test
  void dashedStyleNamesAndSpacesOrCaseInTheRequestedName() throws IOException {
    SystemFonts s = fonts("roboto/Roboto-Regular.ttf", "roboto/Roboto-Bold.ttf",
        "roboto/Roboto-Italic.ttf", "roboto/Roboto-BoldItalic.ttf", "roboto/RobotoMono-Regular.ttf");

    FontFamily f = s.find("roboto").orElseThrow();
    assertThat(f.regular().name()).endsWith("Roboto-Regular.ttf");
    assertThat(f.bold().name()).endsWith("Roboto-Bold.ttf");
    assertThat(f.italic().name()).endsWith("Roboto-Italic.ttf");
    assertThat(f.boldItalic().name()).endsWith("Roboto-BoldItalic.ttf");
    assertThat(s.find("Roboto Mono").orElseThrow().regular().name())
        .endsWith("RobotoMono-Regular.ttf");
  }

  @Test
  void unreadableFilesGoByTheirNameAndNoRegularMeansNotFound() throws IOException {
    SystemFonts s = fonts("a/OnlyBold-Bold.ttf", "b/Cff-Regular.otf", "c/Collection.ttc");

    assertThat(s.find("OnlyBold")).isEmpty();
    assertThat(s.find("Cff")).isPresent();
    assertThat(s.find("Collection")).as("a collection's file name names none of its fonts")
        .isEmpty();
    assertThat(s.find("Nothing")).isEmpty();
  }

  @Test
  void realFontFilesGoByTheFamilyNameInsideWhateverTheFileIsCalled() throws IOException {
    Path p = dir.resolve("renamed/font-1234.ttf");
    Files.createDirectories(p.getParent());
    Files.write(p, dev.notedeck.fonts.TestFonts.bundled("NanumSquareR.ttf"));
    SystemFonts s = new SystemFonts(List.of(dir));

    FontFamily square = s.find("NanumSquare").orElseThrow();
    assertThat(square.regular()).isEqualTo(new Resource.OnDisk(p));
    assertThat(s.find("font-1234")).isEmpty();
  }
}
