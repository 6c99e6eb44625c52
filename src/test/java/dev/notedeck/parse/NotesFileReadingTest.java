package dev.notedeck.parse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.notedeck.NotedeckException;
import dev.notedeck.model.Block;
import dev.notedeck.model.Event;
import dev.notedeck.model.Speaker;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Encodings, byte order marks and line endings of notes files, as NotesParser.parse(Path) reads
 * them: through NotesReader, the reader every command uses (decoding cases are in NotesDecoderTest).
 */
class NotesFileReadingTest {

  private static final String NOTES = "# 행사\n\n## 1. 첫 발표 - 김하늘 (카카오)\n첫 줄\n둘째 줄\n\n### 섹션\n내용\n";

  @TempDir
  Path dir;

  private Path write(String name, byte[] bytes) throws IOException {
    Path p = dir.resolve(name);
    Files.write(p, bytes);
    return p;
  }

  private static void assertNotesParsed(Event e) {
    assertThat(e.title()).isEqualTo("행사");
    assertThat(e.talks()).singleElement().satisfies(t -> {
      assertThat(t.title()).isEqualTo("첫 발표");
      assertThat(t.speakers()).containsExactly(new Speaker("김하늘", "카카오"));
      assertThat(t.line()).isEqualTo(3);
      assertThat(t.intro()).containsExactly(
          new Block.Paragraph(dev.notedeck.model.RichText.of("첫 줄\n둘째 줄")));
      assertThat(t.sections().get(0).line()).isEqualTo(7);
    });
  }

  @Test
  void utf8WithAndWithoutBom() throws IOException {
    byte[] utf8 = NOTES.getBytes(StandardCharsets.UTF_8);
    assertNotesParsed(new NotesParser().parse(write("plain.md", utf8)));
    byte[] bom = new byte[utf8.length + 3];
    bom[0] = (byte) 0xEF;
    bom[1] = (byte) 0xBB;
    bom[2] = (byte) 0xBF;
    System.arraycopy(utf8, 0, bom, 3, utf8.length);
    ParseResult r = new NotesReader().read(write("bom.md", bom));
    assertNotesParsed(r.event());
    assertThat(r.findings()).isEmpty();
    // a BOM left in a string held in memory
    assertNotesParsed(new NotesParser().parse("\uFEFF" + NOTES, null));
  }

  @Test
  void crlfAndCrLineEndings() throws IOException {
    assertNotesParsed(new NotesParser().parse(write("crlf.md",
        NOTES.replace("\n", "\r\n").getBytes(StandardCharsets.UTF_8))));
    assertNotesParsed(new NotesParser().parse(write("cr.md",
        NOTES.replace("\n", "\r").getBytes(StandardCharsets.UTF_8))));
  }

  @Test
  void utf16ByBom() throws IOException {
    assertNotesParsed(new NotesParser().parse(write("le.md", withBom(StandardCharsets.UTF_16LE, 0xFF, 0xFE))));
    assertNotesParsed(new NotesParser().parse(write("be.md", withBom(StandardCharsets.UTF_16BE, 0xFE, 0xFF))));
  }

  private static byte[] withBom(Charset cs, int b0, int b1) {
    byte[] body = NOTES.getBytes(cs);
    byte[] out = new byte[body.length + 2];
    out[0] = (byte) b0;
    out[1] = (byte) b1;
    System.arraycopy(body, 0, out, 2, body.length);
    return out;
  }

  @Test
  void eucKrIsDecodedWithAWarning() throws IOException {
    Path p = write("old.md", NOTES.getBytes(Charset.forName("EUC-KR")));
    ParseResult r = new NotesReader().read(p);
    assertNotesParsed(r.event());
    assertThat(r.findings()).singleElement().satisfies(f -> {
      assertThat(f.file()).isEqualTo(p);
      assertThat(f.message()).contains("EUC-KR");
    });
  }

  @Test
  void binaryFileIsRefusedNamingTheFile() throws IOException {
    byte[] junk = new byte[4096];
    new Random(42).nextBytes(junk);
    Path p = write("photo.md", junk);
    assertThatThrownBy(() -> new NotesParser().parse(p))
        .isInstanceOf(NotedeckException.class)
        .hasMessageStartingWith(p + ": looks like a binary file");
    Path png = write("image.md", new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0, 0, 13});
    assertThatThrownBy(() -> new NotesParser().parse(png)).isInstanceOf(NotedeckException.class)
        .hasMessageStartingWith(png + ": looks like a binary file");
  }

  @Test
  void invalidUtf8IsReplacedWithAWarningNamingTheLine() throws IOException {
    // Latin-1 "café" on line 2 is not UTF-8 and not Korean: read as the build reads it
    Path p = write("latin1.md", "# t\ncaf\u00e9 cr\u00e8me\n".getBytes(StandardCharsets.ISO_8859_1));
    ParseResult r = new NotesReader().read(p);
    assertThat(r.event().intro()).containsExactly(
        new Block.Paragraph(dev.notedeck.model.RichText.of("caf\uFFFD cr\uFFFDme")));
    assertThat(r.findings()).singleElement().satisfies(f -> {
      assertThat(f.file()).isEqualTo(p);
      assertThat(f.line()).isEqualTo(2);
      assertThat(f.message()).contains("invalid UTF-8").contains("save the file as UTF-8");
    });
  }

  @Test
  void missingFileAndFolder() {
    Path missing = dir.resolve("nope.md");
    assertThatThrownBy(() -> new NotesParser().parse(missing)).isInstanceOf(NotedeckException.class)
        .hasMessageStartingWith(missing + ": ");
    assertThatThrownBy(() -> new NotesParser().parse(dir)).isInstanceOf(NotedeckException.class)
        .hasMessageContaining("is a folder");
  }

  @Test
  void controlCharactersAreDroppedWithAWarning() throws IOException {
    Path ctl = write("ctl.md", "# 행사\n\n본\u0007문\u001b\n".getBytes(StandardCharsets.UTF_8));
    ParseResult r = new NotesReader().read(ctl);
    assertThat(r.event().title()).isEqualTo("행사");
    assertThat(r.event().intro()).containsExactly(new Block.Paragraph(dev.notedeck.model.RichText.of("본문")));
    assertThat(r.findings()).singleElement().satisfies(f -> {
      assertThat(f.line()).isEqualTo(3);
      assertThat(f.message()).isEqualTo("control characters or broken Unicode removed");
    });

    Path nul = write("nul.md", "본\u0000문\n".getBytes(StandardCharsets.UTF_8));
    assertThatThrownBy(() -> new NotesParser().parse(nul)).isInstanceOf(NotedeckException.class)
        .hasMessageContaining("binary");
  }
}
