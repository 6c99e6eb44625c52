package dev.notedeck.robust;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.poi.xslf.usermodel.XMLSlideShow;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Issue 18: a theme's template.pptx is checked from its zip directory before anything inflates
 * it, and its slide size before anything is laid out; each refusal is one line naming the file.
 */
class TemplateLimitsTest {

  private static final String NOTES = "# 행사\n\n## 발표 - 김하늘\n\n* 하나\n";

  @TempDir Path dir;

  @Test
  void aDirectoryDeclaringHugePartsIsRefusedBeforeInflating() throws IOException {
    Path theme = theme("declares-huge");
    byte[] zip = zipWithOnePart(1000);
    setDeclaredSize(zip, 300L << 20);
    Files.write(theme.resolve("template.pptx"), zip);
    build(theme).failsClearly("template.pptx", "expand to more than 256.0 MB");
  }

  @Test
  void aDirectoryUnderstatingAPartIsRefused() throws IOException {
    Path theme = theme("understates");
    byte[] zip = zipWithOnePart(1 << 20);
    setDeclaredSize(zip, 10);
    Files.write(theme.resolve("template.pptx"), zip);
    build(theme).failsClearly("template.pptx", "more than its zip directory says");
  }

  @Test
  void importingAHostileTemplateIsRefusedBeforeInflatingAndCreatesNothing() throws IOException {
    byte[] zip = zipWithOnePart(1000);
    setDeclaredSize(zip, 300L << 20);
    Path pptx = Files.write(dir.resolve("company.pptx"), zip);
    Path folder = dir.resolve("company-theme");
    Run.cli("themes", "import", pptx.toString(), "-o", folder.toString())
        .failsClearly("company.pptx", "expand to more than 256.0 MB");
    assertThat(folder).doesNotExist();
  }

  @ParameterizedTest
  @ValueSource(longs = {0, -914_400, 1, Integer.MAX_VALUE})
  void anImpossibleSlideSizeIsAClearErrorAndNothingIsWritten(long emu) throws IOException {
    Path theme = theme("size" + emu);
    try (XMLSlideShow show = new XMLSlideShow();
        OutputStream out = Files.newOutputStream(theme.resolve("template.pptx"))) {
      show.getCTPresentation().getSldSz().setCy((int) emu);
      show.write(out);
    }
    build(theme).failsClearly("template.pptx", "slide size");
    try (var files = Files.list(dir.resolve("out"))) {
      assertThat(files).as("outputs of a failed build").isEmpty();
    }
  }

  private Run build(Path theme) throws IOException {
    Path notes = dir.resolve("talk.md");
    Files.writeString(notes, NOTES);
    return Run.cli("build", "-q", "-t", theme.toString(), "-o", dir.resolve("out").toString(),
        notes.toString());
  }

  private Path theme(String name) throws IOException {
    Path theme = Files.createDirectories(dir.resolve(name));
    Files.writeString(theme.resolve("theme.yaml"), "extends: default\n");
    return theme;
  }

  private static byte[] zipWithOnePart(int zeros) throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
      zip.putNextEntry(new ZipEntry("[Content_Types].xml"));
      zip.write("<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\"/>"
          .getBytes(StandardCharsets.UTF_8));
      zip.putNextEntry(new ZipEntry("ppt/media/zeros.bin"));
      zip.write(new byte[zeros]);
    }
    return bytes.toByteArray();
  }

  /** Rewrites the uncompressed size the central directory gives the last part. */
  private static void setDeclaredSize(byte[] zip, long size) {
    ByteBuffer b = ByteBuffer.wrap(zip).order(ByteOrder.LITTLE_ENDIAN);
    int last = -1;
    for (int i = 0; i + 4 <= zip.length; i++) {
      if (b.getInt(i) == 0x02014b50) {
        last = i;
      }
    }
    b.putInt(last + 24, (int) size);
  }
}
