package dev.notedeck.render.pptx;

import static org.assertj.core.api.Assertions.assertThat;

import dev.notedeck.model.Event;
import dev.notedeck.render.deck.TestEvents;
import org.junit.jupiter.api.Test;
import org.openxmlformats.schemas.presentationml.x2006.main.SldDocument;

/** The hard cases of issue 8, written to .pptx and read back with POI. */
class StressDeckTest extends DeckContract {

  @Override
  protected Event event() {
    return TestEvents.stress();
  }

  @Test
  void fullSchemasShadowTheLiteOnes() {
    String where = SldDocument.class.getProtectionDomain().getCodeSource().getLocation().toString();
    assertThat(where).contains("poi-ooxml-full");
  }

  @Test
  void linksAreClickable() {
    boolean found = show.getSlides().stream().flatMap(s -> s.getShapes().stream())
        .filter(org.apache.poi.xslf.usermodel.XSLFTextShape.class::isInstance)
        .map(org.apache.poi.xslf.usermodel.XSLFTextShape.class::cast)
        .flatMap(t -> t.getTextParagraphs().stream()).flatMap(p -> p.getTextRuns().stream())
        .anyMatch(r -> r.getHyperlink() != null && "https://example.org/slides".equals(r.getHyperlink().getAddress()));
    assertThat(found).isTrue();
  }

  @Test
  void codeAndTablesStayNative() {
    assertThat(show.getSlides().stream().flatMap(s -> s.getShapes().stream())
        .filter(org.apache.poi.xslf.usermodel.XSLFTable.class::isInstance).count()).isGreaterThan(1);
    assertThat(show.getSlides().stream().flatMap(s -> s.getShapes().stream())
        .filter(org.apache.poi.xslf.usermodel.XSLFPictureShape.class::isInstance).count()).isZero();
  }
}
