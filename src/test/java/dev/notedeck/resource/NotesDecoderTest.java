package dev.notedeck.resource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.notedeck.diagnostics.Diagnostics;
import dev.notedeck.NotedeckException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every encoding a notes file turns up in decodes to the same clean text, or is refused. */
class NotesDecoderTest {

  static final String NOTES = "# 행사 제목\n\n## 1. 발표 - 김하늘 (구글)\n\n* 요점 하나\n";

  @TempDir Path dir;
  Diagnostics.Collecting warnings = new Diagnostics.Collecting();

  String read(byte[] bytes) throws Exception {
    Path file = Files.write(dir.resolve("notes.md"), bytes);
    return NotesDecoder.read(file, warnings);
  }

  static byte[] concat(byte[] a, byte[] b) {
    byte[] out = new byte[a.length + b.length];
    System.arraycopy(a, 0, out, 0, a.length);
    System.arraycopy(b, 0, out, a.length, b.length);
    return out;
  }

  @Test
  void utf8WithAndWithoutBom() throws Exception {
    assertThat(read(NOTES.getBytes(StandardCharsets.UTF_8))).isEqualTo(NOTES);
    assertThat(read(concat(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF},
        NOTES.getBytes(StandardCharsets.UTF_8)))).isEqualTo(NOTES);
    assertThat(warnings.warnings()).isEmpty();
  }

  @Test
  void utf16WithBomBothOrdersAndWithoutBom() throws Exception {
    assertThat(read(NOTES.getBytes(StandardCharsets.UTF_16))).isEqualTo(NOTES); // BE with BOM
    assertThat(read(concat(new byte[] {(byte) 0xFF, (byte) 0xFE},
        NOTES.getBytes(StandardCharsets.UTF_16LE)))).isEqualTo(NOTES);
    String ascii = "# Event\n\n## Talk - Kim\n\n* point\n";
    assertThat(read(ascii.getBytes(StandardCharsets.UTF_16LE))).isEqualTo(ascii);
    assertThat(read(ascii.getBytes(StandardCharsets.UTF_16BE))).isEqualTo(ascii);
    assertThat(warnings.warnings()).isEmpty();
  }

  @Test
  void koreanLegacyEncodingIsDecodedWithAWarning() throws Exception {
    assertThat(read(NOTES.getBytes(Charset.forName("EUC-KR")))).isEqualTo(NOTES);
    assertThat(read(NOTES.getBytes(Charset.forName("x-windows-949")))).isEqualTo(NOTES);
    assertThat(warnings.warnings()).hasSize(2).allSatisfy(w -> assertThat(w).contains("CP949").contains("UTF-8"));
  }

  @Test
  void crlfAndCrBecomeLf() throws Exception {
    assertThat(read(NOTES.replace("\n", "\r\n").getBytes(StandardCharsets.UTF_8))).isEqualTo(NOTES);
    assertThat(read(NOTES.replace("\n", "\r").getBytes(StandardCharsets.UTF_8))).isEqualTo(NOTES);
  }

  @Test
  void controlCharactersAndLoneSurrogatesAreRemovedWithTheLineNamed() throws Exception {
    String text = "# Event\n\nbell\u0007 and \u001B[31mred\u0000\n";
    // ED A0 80 is a UTF-16 surrogate written as UTF-8 (CESU-8): invalid UTF-8
    byte[] surrogate = concat("line one\nline two ".getBytes(StandardCharsets.UTF_8),
        new byte[] {(byte) 0xED, (byte) 0xA0, (byte) 0x80, 'x', '\n'});
    assertThat(NotesDecoder.clean(dir.resolve("a.md"), text, warnings)).isEqualTo("# Event\n\nbell and [31mred\n");
    assertThat(read(surrogate)).startsWith("line one\nline two ").contains("\uFFFD").endsWith("x\n");
    assertThat(NotesDecoder.clean(null, "a\uD800b\uDC00c\uD83D\uDE00", warnings)).isEqualTo("a\uFFFDb\uFFFDc\uD83D\uDE00");
    assertThat(warnings.warnings().get(0)).startsWith(dir.resolve("a.md") + ":3: ");
    assertThat(warnings.warnings().get(1)).contains("notes.md:2: invalid UTF-8");
  }

  @Test
  void emojiHanjaKanaAndJamoSurviveUntouched() throws Exception {
    String text = "# 🎤 漢字 かな カナ ᄒᆞᆫ글 ㄱㄴㄷ 👩‍💻\n";
    assertThat(read(text.getBytes(StandardCharsets.UTF_8))).isEqualTo(text);
    assertThat(warnings.warnings()).isEmpty();
  }

  @Test
  void binaryFilesAreRefused() throws Exception {
    byte[] binary = TestImages.png(30, 30);
    assertThatThrownBy(() -> read(binary)).isInstanceOf(NotedeckException.class)
        .hasMessageContaining("notes.md").hasMessageContaining("binary");
  }

  @Test
  void emptyAndWhitespaceFilesAreRefused() {
    assertThatThrownBy(() -> read(new byte[0])).hasMessageContaining("notes.md: the notes file is empty");
    assertThatThrownBy(() -> read(" \n\t\r\n".getBytes(StandardCharsets.UTF_8))).hasMessageContaining("empty");
  }

  @Test
  void tooLargeFilesAreRefusedWithTheLimit() throws Exception {
    Path big = dir.resolve("big.md");
    try (var out = Files.newOutputStream(big)) {
      byte[] line = "* a line of notes that repeats\n".getBytes(StandardCharsets.UTF_8);
      for (long written = 0; written <= NotesDecoder.MAX_BYTES; written += line.length) {
        out.write(line);
      }
    }
    assertThatThrownBy(() -> NotesDecoder.read(big, warnings)).isInstanceOf(NotedeckException.class)
        .hasMessageStartingWith(big + ": 10.0 MB is too large").hasMessageContaining("split");
  }
}
