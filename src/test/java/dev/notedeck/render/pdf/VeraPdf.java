package dev.notedeck.render.pdf;

import java.io.ByteArrayInputStream;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.verapdf.core.EncryptedPdfException;
import org.verapdf.core.ModelParsingException;
import org.verapdf.core.ValidationException;
import org.verapdf.gf.foundry.VeraGreenfieldFoundryProvider;
import org.verapdf.pdfa.Foundries;
import org.verapdf.pdfa.PDFAParser;
import org.verapdf.pdfa.PDFAValidator;
import org.verapdf.pdfa.flavours.PDFAFlavour;
import org.verapdf.pdfa.results.TestAssertion;
import org.verapdf.pdfa.results.ValidationResult;

/** veraPDF as a library: the rules a PDF violates for one flavour, with how often. */
public final class VeraPdf {
  static {
    VeraGreenfieldFoundryProvider.initialise();
  }

  private VeraPdf() {}

  /** "specification clause test: description (n checks)" per violated rule; empty when valid. */
  public static List<String> violations(byte[] pdf, PDFAFlavour flavour)
      throws ModelParsingException, EncryptedPdfException, ValidationException {
    try (PDFAParser parser = Foundries.defaultInstance()
            .createParser(new ByteArrayInputStream(pdf), flavour);
        PDFAValidator validator = Foundries.defaultInstance().createValidator(flavour, false)) {
      ValidationResult result = validator.validate(parser);
      Map<String, Integer> counts = new TreeMap<>();
      Map<String, String> messages = new TreeMap<>();
      for (TestAssertion a : result.getTestAssertions()) {
        if (a.getStatus() != TestAssertion.Status.FAILED) {
          continue;
        }
        String id = a.getRuleId().getSpecification().getId() + " " + a.getRuleId().getClause()
            + " test " + a.getRuleId().getTestNumber();
        counts.merge(id, 1, Integer::sum);
        messages.putIfAbsent(id, a.getMessage());
      }
      return counts.entrySet().stream()
          .map(e -> e.getKey() + ": " + messages.get(e.getKey()) + " (" + e.getValue() + " checks)")
          .toList();
    } catch (java.io.IOException e) {
      throw new IllegalStateException(e);
    }
  }
}
