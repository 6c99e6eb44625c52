package dev.notedeck.render.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import dev.notedeck.theme.ThemeLoader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.apache.pdfbox.contentstream.operator.Operator;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdfparser.PDFStreamParser;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Page content after layout: no empty artifacts, every stream deflated, resources as used. */
class PageContentsTest {
  @TempDir Path dir;

  @Test
  void aHandoutsPagesHoldNoEmptyArtifactAndNoUnusedPropertyList() throws IOException {
    TestImages.png(dir.resolve("arch.png"), 1600, 900);
    RenderedHandout handout = RenderedHandout.render(SampleEvents.everyBlock("arch.png", "missing/none.png"),
        new ThemeLoader().load("default"), dir, HandoutOptions.defaults());
    int artifacts = 0;
    try (PDDocument doc = handout.open()) {
      for (PDPage page : doc.getPages()) {
        assertThat(page.getCOSObject().getCOSStream(COSName.CONTENTS).getFilters())
            .isEqualTo(COSName.FLATE_DECODE);
        List<Object> tokens = new PDFStreamParser(page).parse();
        Set<COSName> used = new HashSet<>();
        for (int i = 2; i < tokens.size(); i++) {
          if (tokens.get(i) instanceof Operator op && op.getName().equals("BDC")
              && tokens.get(i - 1) instanceof COSName property) {
            used.add(property);
            if (COSName.ARTIFACT.equals(tokens.get(i - 2))) {
              artifacts++;
              assertThat(tokens.get(i + 1)).as("what an artifact encloses")
                  .isNotEqualTo(Operator.getOperator("EMC"));
            }
          }
        }
        COSDictionary properties = page.getResources().getCOSObject().getCOSDictionary(COSName.PROPERTIES);
        Set<COSName> listed = properties == null ? Set.of() : properties.keySet();
        assertThat(listed).as("property lists of page %s", page).isEqualTo(used);
      }
    }
    assertThat(artifacts).as("painted backgrounds and borders stay artifacts").isPositive();
  }

  @Test
  void emptyArtifactsGoNestedOnesWithThemWhatDrawsStays() {
    String content = """
        /Artifact /Prop1 BDC
        /Artifact /Prop2 BDC
        EMC
        EMC
        /Span <</MCID 0>> BDC
        EMC
        /Artifact /Prop3 BDC
        0 0 10 10 re
        f
        EMC
        /Artifact /Prop4 BDC
        EMC
        """;
    EmptyArtifacts.Stripped stripped = EmptyArtifacts.strip(bytes(content));
    assertThat(text(stripped.content())).isEqualTo("""
        /Span <</MCID 0>> BDC
        EMC
        /Artifact /Prop3 BDC
        0 0 10 10 re
        f
        EMC
        """);
    assertThat(stripped.unusedProperties()).containsExactlyInAnyOrder("Prop1", "Prop2", "Prop4");
  }

  @Test
  void contentItCannotReadSafelyStaysAsItWas() {
    List<String> odd = new ArrayList<>();
    odd.add("/Artifact /Prop1 BDC\nEMC\nEMC\n"); // unbalanced
    odd.add("/Artifact /Prop1 BDC\n"); // never closed
    odd.add("/Artifact /Prop1 BDC\nEMC\nBI\n/W 1 /H 1\nID\n\u0001EMC\nEI\n"); // inline image
    for (String content : odd) {
      EmptyArtifacts.Stripped stripped = EmptyArtifacts.strip(bytes(content));
      assertThat(text(stripped.content())).isEqualTo(content);
      assertThat(stripped.unusedProperties()).isEmpty();
    }
  }

  private static byte[] bytes(String s) {
    return s.getBytes(StandardCharsets.ISO_8859_1);
  }

  private static String text(byte[] b) {
    return new String(b, StandardCharsets.ISO_8859_1);
  }
}
