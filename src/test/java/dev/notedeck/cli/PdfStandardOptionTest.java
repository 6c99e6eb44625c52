package dev.notedeck.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentCatalog;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code --pdf-standard ua|none}: tagged PDF/UA + PDF/A by default, a plain smaller PDF on request. */
class PdfStandardOptionTest {

  @TempDir static Path dir;
  static Path notes;
  static Path tagged;
  static Path plain;

  @BeforeAll
  static void buildBothWays() throws Exception {
    notes = dir.resolve("talk.md");
    Files.writeString(notes, "# 표준 행사\n\n## 1. 접근성 - 김하늘 ( 노트덱 )\n\n### 요점\n"
        + "* 태그가 있는 PDF는 화면 낭독기가 읽습니다\n* 보관용 PDF/A\n\n```java\nint x = 1;\n```\n",
        StandardCharsets.UTF_8);
    tagged = dir.resolve("ua/talk.pdf");
    plain = dir.resolve("none/talk.pdf");
    CliRunner ua = CliRunner.run("build", "-q", "-f", "pdf", "-o", tagged.toString(), notes.toString());
    assertThat(ua.exitCode()).as(ua.err()).isZero();
    CliRunner none = CliRunner.run("build", "-q", "-f", "pdf", "--pdf-standard", "none",
        "-o", plain.toString(), notes.toString());
    assertThat(none.exitCode()).as(none.err()).isZero();
  }

  @Test
  void defaultIsTaggedAndArchivable() throws Exception {
    try (PDDocument doc = Loader.loadPDF(tagged.toFile())) {
      PDDocumentCatalog catalog = doc.getDocumentCatalog();
      assertThat(catalog.getStructureTreeRoot()).isNotNull();
      assertThat(catalog.getMarkInfo()).isNotNull();
      assertThat(catalog.getMarkInfo().isMarked()).isTrue();
      assertThat(catalog.getOutputIntents()).isNotEmpty();
    }
  }

  @Test
  void noneIsAPlainSmallerPdfWithTheSameText() throws Exception {
    try (PDDocument doc = Loader.loadPDF(plain.toFile());
        PDDocument ua = Loader.loadPDF(tagged.toFile())) {
      PDDocumentCatalog catalog = doc.getDocumentCatalog();
      assertThat(catalog.getCOSObject().containsKey(COSName.STRUCT_TREE_ROOT)).isFalse();
      assertThat(catalog.getMarkInfo() == null || !catalog.getMarkInfo().isMarked()).isTrue();
      assertThat(catalog.getOutputIntents()).isEmpty();
      assertThat(doc.getNumberOfPages()).isEqualTo(ua.getNumberOfPages());
      // still the theme's embedded fonts, never a non-embedded base-14 Times
      for (int i = 0; i < doc.getNumberOfPages(); i++) {
        var resources = doc.getPage(i).getResources();
        for (COSName name : resources.getFontNames()) {
          var font = resources.getFont(name);
          assertThat(font.isEmbedded()).as(font.getName()).isTrue();
          assertThat(font.getName()).contains("Nanum");
        }
      }
      String text = new org.apache.pdfbox.text.PDFTextStripper().getText(doc);
      assertThat(text).contains("접근성").contains("화면 낭독기");
    }
    assertThat(Files.size(plain)).isLessThan(Files.size(tagged));
  }

  @Test
  void unknownStandardIsOneCleanLineNamingTheChoices() {
    CliRunner r = CliRunner.run("build", "--pdf-standard", "bogus", "-o", dir.resolve("bad").toString(),
        notes.toString());
    assertThat(r.exitCode()).isEqualTo(NotedeckCli.EXIT_ERROR);
    CliErrorsTest.assertOneCleanLine(r.err(), "bogus", "ua", "none");
    assertThat(r.out()).isEmpty();
    assertThat(dir.resolve("bad")).doesNotExist();
  }

  @Test
  void watchTakesTheOptionToo() {
    CliRunner help = CliRunner.run("watch", "--help");
    assertThat(help.out()).contains("--pdf-standard");
  }
}
