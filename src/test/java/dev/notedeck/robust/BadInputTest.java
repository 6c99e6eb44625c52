package dev.notedeck.robust;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.notedeck.limits.ModelLimits;
import dev.notedeck.limits.TextLimits;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Arrays;
import java.util.Random;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every kind of bad input from issue 5 gets either correct output (PDFBox and POI read it back,
 * shapes inside their slides) with warnings, or one clear "notedeck: FILE[:LINE]: ..." line and
 * a non-zero exit; never a stack trace, a hang or an out-of-memory. The input is never modified.
 * Large inputs are generated here, never committed.
 */
class BadInputTest {

  static final String NOTES = "# 행사 제목\n\n## 1. 첫 발표 - 김하늘 (구글)\n\n### 요점\n\n* 하나\n* 둘\n";

  @TempDir Path dir;

  Path write(String name, byte[] bytes) throws IOException {
    return Files.write(dir.resolve(name), bytes);
  }

  Path write(String name, String text) throws IOException {
    return write(name, text.getBytes(StandardCharsets.UTF_8));
  }

  /** Builds {@code input} into dir/out, checking that the input is left exactly as it was. */
  Run build(Path input, String... extra) throws IOException {
    byte[] before = Files.isRegularFile(input) ? Files.readAllBytes(input) : null;
    FileTime modified = Files.getLastModifiedTime(input);
    String[] args = new String[extra.length + 4];
    args[0] = "build";
    args[1] = "-o";
    args[2] = dir.resolve("out").toString();
    System.arraycopy(extra, 0, args, 3, extra.length);
    args[args.length - 1] = input.toString();
    Run run = Run.cli(args);
    if (Files.isRegularFile(input)) {
      assertThat(Files.readAllBytes(input)).as("input unchanged").isEqualTo(before);
      assertThat(Files.getLastModifiedTime(input)).isEqualTo(modified);
    }
    return run;
  }

  Path out(String name) {
    return dir.resolve("out").resolve(name);
  }

  /** Both outputs readable; returns PDF text + PPTX text. */
  String outputs(String base) throws IOException {
    String pdf = Outputs.pdfText(out(base + ".pdf"));
    String pptx = Outputs.pptxText(out(base + ".pptx"));
    assertThat(Outputs.partFiles(dir.resolve("out"))).isZero();
    return pdf + "\n" + pptx;
  }

  @Test
  void emptyFile() throws IOException {
    build(write("empty.md", "")).failsClearly("empty.md: the notes file is empty");
    assertThat(out("empty.pdf")).doesNotExist();
  }

  @Test
  void whitespaceOnly() throws IOException {
    build(write("blank.md", " \n\t\n\r\n   \n")).failsClearly("blank.md: the notes file is empty");
  }

  @Test
  void aSaveCutShortWithZeroBytesIsBinary() throws IOException {
    build(write("cut.md", NOTES + "\0\0\0\0")).failsClearly("cut.md: looks like a binary file");
  }

  @Test
  void binaryFile() throws IOException {
    byte[] bytes = new byte[4096];
    new Random(5).nextBytes(bytes);
    build(write("photo.md", bytes)).failsClearly("photo.md: looks like a binary file");
  }

  @Test
  void utf8WithBom() throws IOException {
    byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
    byte[] text = NOTES.getBytes(StandardCharsets.UTF_8);
    byte[] both = Arrays.copyOf(bom, bom.length + text.length);
    System.arraycopy(text, 0, both, bom.length, text.length);
    build(write("bom.md", both)).ok();
    String all = outputs("bom");
    assertThat(all).contains("행사 제목").doesNotContain("\uFEFF");
  }

  @Test
  void utf16() throws IOException {
    build(write("utf16.md", NOTES.getBytes(StandardCharsets.UTF_16))).ok();
    assertThat(outputs("utf16")).contains("첫 발표");
  }

  @Test
  void eucKrAndCp949AreDecodedWithAWarning() throws IOException {
    build(write("euckr.md", NOTES.getBytes(Charset.forName("EUC-KR")))).ok().warns("euckr.md", "CP949", "UTF-8");
    assertThat(outputs("euckr")).contains("첫 발표");
  }

  @Test
  void crlfAndCrLineEndings() throws IOException {
    build(write("crlf.md", NOTES.replace("\n", "\r\n"))).ok();
    build(write("cr.md", NOTES.replace("\n", "\r"))).ok();
    for (String base : new String[] {"crlf", "cr"}) {
      String all = outputs(base);
      assertThat(all).contains("첫 발표").contains("김하늘").doesNotContain("\r\n하나");
    }
  }

  @Test
  void fiftyMegabyteFileIsRefusedQuickly() throws IOException {
    Path big = dir.resolve("big.md");
    byte[] chunk = ("## 발표 - 김하늘\n\n" + "* 요점 ".repeat(100) + "\n\n").getBytes(StandardCharsets.UTF_8);
    try (OutputStream out = Files.newOutputStream(big)) {
      for (long n = 0; n < 50L << 20; n += chunk.length) {
        out.write(chunk);
      }
    }
    build(big).failsClearly("big.md: 50.0 MB is too large for a notes file (limit 10.0 MB)");
    assertThat(dir.resolve("out")).isEmptyDirectory();
  }

  @Test
  void singleFiveMegabyteLineIsCutWithAWarning() throws IOException {
    String line = "아주 긴 문장 ".repeat(5_000_000 / 17);
    build(write("line.md", "# 행사\n\n## 발표 - 김하늘\n\n" + line + "\n")).ok().warns("line.md:3:", "cut to 20000");
    assertThat(outputs("line")).contains("아주 긴 문장");
  }

  @Test
  void listsAndQuotesNestedTenThousandDeep() throws IOException {
    StringBuilder deepList = new StringBuilder();
    for (int i = 0; i < 1000; i++) { // 1,000 lines indented 2 more each: 1 MB
      deepList.append("  ".repeat(i)).append("- level ").append(i).append('\n');
    }
    String notes = "# 행사\n\n## 발표 - 김하늘\n\n" + "> ".repeat(10_000) + "깊은 인용\n\n"
        + "- ".repeat(10_000) + "깊은 목록\n\n" + deepList;
    build(write("deep.md", notes)).ok().warns("deep.md:5:").warns("nested");
    assertThat(outputs("deep")).contains("깊은 인용").contains("깊은 목록").contains("level 999");
  }

  @Test
  void hundredThousandRowTableKeepsItsFirstRows() throws IOException {
    StringBuilder t = new StringBuilder("# 행사\n\n## 발표 - 김하늘\n\n| 번호 | 내용 |\n|---|---|\n");
    for (int i = 0; i < 100_000; i++) {
      t.append("| ").append(i).append(" | 행 ").append(i).append(" |\n");
    }
    build(write("table.md", t.toString())).ok()
        .warns("table.md:5: table of 100000 rows: only the first " + TextLimits.MAX_TABLE_ROWS + " are kept");
    String all = outputs("table");
    assertThat(all).contains("행 499").doesNotContain("행 500 ");
  }

  @Test
  void twentyThousandCharacterHeadingIsCut() throws IOException {
    String heading = "가나다라마바사".repeat(20_000 / 7);
    build(write("heading.md", "# 행사\n\n## " + heading + " - 김하늘\n\n* 요점\n")).ok()
        .warns("heading.md:3:", "cut to " + ModelLimits.MAX_TITLE);
    assertThat(outputs("heading")).contains("가나다라마바사");
  }

  @Test
  void tenThousandTalksAreRefused() throws IOException {
    StringBuilder notes = new StringBuilder("# 행사\n\n");
    for (int i = 1; i <= 10_000; i++) {
      notes.append("## ").append(i).append(". 발표 ").append(i).append(" - 발표자").append(i).append("\n\n* 요점\n\n");
    }
    int lineOfTalk1001 = 3 + 4 * ModelLimits.MAX_PARTS;
    build(write("talks.md", notes.toString()))
        .failsClearly("talks.md:" + lineOfTalk1001 + ": more than 1000 talks and sections", "split");
  }

  @Test
  void controlCharactersAreRemovedWithAWarning() throws IOException {
    build(write("control.md", "# 행사\u0007\n\n## 발표 - 김하늘\n\n* 종\u0001소리\u001B[31m 빨강\u0008\u007F\n")).ok()
        .warns("control.md:1:", "control characters");
    String all = outputs("control");
    assertThat(all).contains("종소리").doesNotContain("\u0007").doesNotContain("\u0001").doesNotContain("\u001B");
  }

  @Test
  void loneSurrogatesBecomeReplacementCharacters() throws IOException {
    byte[] head = "# 행사\n\n## 발표 - 김하늘\n\n* 앞".getBytes(StandardCharsets.UTF_8);
    byte[] tail = "뒤\n".getBytes(StandardCharsets.UTF_8);
    byte[] bytes = new byte[head.length + 3 + tail.length];
    System.arraycopy(head, 0, bytes, 0, head.length);
    bytes[head.length] = (byte) 0xED; // U+D800 written as UTF-8: a lone surrogate
    bytes[head.length + 1] = (byte) 0xA0;
    bytes[head.length + 2] = (byte) 0x80;
    System.arraycopy(tail, 0, bytes, head.length + 3, tail.length);
    build(write("surrogate.md", bytes)).ok().warns("surrogate.md:5:", "invalid UTF-8");
    assertThat(Outputs.pptxText(out("surrogate.pptx"))).contains("앞\uFFFD뒤");
    Outputs.pdfText(out("surrogate.pdf"));
  }

  @Test
  void emojiHanjaKanaAndJamoSurvive() throws IOException {
    String scripts = "🎤👩‍💻 漢字 ひらがな カタカナ ᄒᆞᆫ글 ㄱㄴㄷ";
    build(write("scripts.md", "# 행사 🎉\n\n## 발표 - 김하늘\n\n* " + scripts + "\n")).ok();
    assertThat(Outputs.pptxText(out("scripts.pptx"))).contains(scripts);
    assertThat(Outputs.pdfText(out("scripts.pdf"))).contains("漢字").contains("ひらがな").contains("カタカナ");
  }

  @Test
  void missingImagesWarnAndTheBuildGoesOn() throws IOException {
    build(write("img.md", "# 행사\n\n## 발표 - 김하늘\n\n![구성도](missing.png)\n\n* 요점\n")).ok()
        .warns("img.md:5:", "missing.png", "no such file");
    assertThat(outputs("img")).contains("요점");
  }

  @Test
  void brokenLinksStayTextAndNeverBecomeScripts() throws IOException {
    String notes = "# 행사\n\n## 발표 - 김하늘\n\n* [빈 링크]() [공백](http://exa mple.com) [없는 앵커](#nowhere)\n"
        + "* [스크립트](javascript:alert(1)) [데이터](data:text/html,<script>x</script>) [[이중]](<>)\n";
    build(write("links.md", notes)).ok();
    String all = outputs("links");
    assertThat(all).contains("빈 링크").contains("없는 앵커").contains("스크립트");
    try (var doc = org.apache.pdfbox.Loader.loadPDF(out("links.pdf").toFile())) {
      for (var page : doc.getPages()) {
        for (var a : page.getAnnotations()) {
          if (a instanceof org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationLink link
              && link.getAction() instanceof org.apache.pdfbox.pdmodel.interactive.action.PDActionURI uri) {
            assertThat(uri.getURI()).doesNotStartWithIgnoringCase("javascript:").doesNotStartWithIgnoringCase("data:");
          }
        }
      }
    }
  }

  @Test
  void folderWithNoNotes() throws IOException {
    Path empty = Files.createDirectories(dir.resolve("drafts"));
    Files.writeString(empty.resolve("readme.txt"), "not notes");
    build(empty).failsClearly("drafts: no notes (*.md) in this folder");
    assertThat(dir.resolve("out")).doesNotExist();
  }

  @Test
  void outputPathThatIsAFile() throws IOException {
    Path notes = write("talk.md", NOTES);
    Files.writeString(dir.resolve("out"), "I am a file");
    build(notes).failsClearly("is a file, not a folder");
    assertThat(Files.readString(dir.resolve("out"))).isEqualTo("I am a file");
  }

  @Test
  void readOnlyOutputFolderFailsAndKeepsThePreviousOutputs() throws Exception {
    Path notes = write("talk.md", NOTES);
    build(notes).ok();
    byte[] previous = Files.readAllBytes(out("talk.pdf"));
    Files.writeString(notes, NOTES + "\n* 셋\n");
    boolean root = "root".equals(System.getProperty("user.name"));
    Path outDir = dir.resolve("out");
    if (root) { // root writes through permissions; the immutable attribute stops even root
      assumeTrue(new ProcessBuilder("chattr", "+i", outDir.toString()).start().waitFor() == 0, "chattr");
    } else {
      Files.setPosixFilePermissions(outDir, PosixFilePermissions.fromString("r-xr-xr-x"));
    }
    try {
      build(notes).failsClearly("out");
    } finally {
      if (root) {
        new ProcessBuilder("chattr", "-i", outDir.toString()).start().waitFor();
      } else {
        Files.setPosixFilePermissions(outDir, PosixFilePermissions.fromString("rwxr-xr-x"));
      }
    }
    assertThat(Files.readAllBytes(out("talk.pdf"))).isEqualTo(previous);
    assertThat(Outputs.partFiles(outDir)).isZero();
  }

  @Test
  void inputAndOutputTheSameFile() throws IOException {
    Path notes = write("talk.pdf", NOTES); // notes that happen to be named like their output
    Run run = Run.cli("build", "-o", dir.toString(), notes.toString());
    run.failsClearly("talk.pdf", "overwrite the input");
    assertThat(Files.readString(notes)).isEqualTo(NOTES);
  }

  @Test
  void anErrorMidRunLeavesThePreviousOutputAndNoPartFile() throws IOException {
    Path notes = write("talk.md", NOTES);
    build(notes).ok();
    byte[] previousDeck = Files.readAllBytes(out("talk.pptx"));
    // A theme whose template.pptx is a zip bomb: the deck fails while it renders.
    Path theme = Files.createDirectories(dir.resolve("bomb-theme"));
    Files.writeString(theme.resolve("theme.yaml"), "description: a template that explodes\nextends: default\n");
    try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(theme.resolve("template.pptx")))) {
      zip.putNextEntry(new ZipEntry("[Content_Types].xml"));
      zip.write("<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\"/>".getBytes(StandardCharsets.UTF_8));
      zip.putNextEntry(new ZipEntry("ppt/media/zeros.bin"));
      byte[] zeros = new byte[1 << 20];
      for (int i = 0; i < 300; i++) {
        zip.write(zeros);
      }
    }
    Files.writeString(notes, NOTES + "\n* 셋\n");
    build(notes, "-t", theme.toString()).failsClearly("template.pptx");
    assertThat(Files.readAllBytes(out("talk.pptx"))).isEqualTo(previousDeck);
    assertThat(Outputs.partFiles(dir.resolve("out"))).isZero();
  }
}
