package dev.notedeck.render.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import dev.notedeck.RenderContext;
import dev.notedeck.diagnostics.Diagnostics;
import dev.notedeck.model.Event;
import dev.notedeck.parse.NotesParser;
import dev.notedeck.resource.TestImages;
import dev.notedeck.theme.ThemeLoader;
import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.verapdf.pdfa.flavours.PDFAFlavour;

/**
 * A theme's logo is decoration on the cover and in the running header: the handout that wears
 * it must still pass PDF/UA-1 and PDF/A-3u, as the plain one does.
 */
class LogoHandoutPdfUaTest {

  @TempDir Path dir;

  @Test
  void handoutWithALogoIsStillPdfUaAndPdfA() throws Exception {
    Path brand = dir.resolve("brand");
    Files.createDirectories(brand);
    Files.write(brand.resolve("logo.png"), TestImages.png(200, 100));
    Files.writeString(brand.resolve("theme.yaml"), "logo:\n  corner: top-right\n");
    Event event = new NotesParser().parse("""
        # 사내 세미나 2026

        ## 1. 로고가 있는 발표 - 김하늘 ( 예시 회사 )
        ### 요약
        * 회사 로고를 표지와 머리글에 둔다
        """, dir.resolve("notes.md"));
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    new HandoutRenderer().render(event, new RenderContext(new ThemeLoader().load(brand), dir, Diagnostics.silent()), out);
    byte[] pdf = out.toByteArray();
    assertThat(VeraPdf.violations(pdf, PDFAFlavour.PDFUA_1)).isEmpty();
    assertThat(VeraPdf.violations(pdf, PDFAFlavour.PDFA_3_U)).isEmpty();
  }
}
