package dev.notedeck.render.pdf;

import java.nio.file.Files;
import java.nio.file.Path;
import org.verapdf.pdfa.flavours.PDFAFlavour;

/** Prints veraPDF violations of a PDF file: {@code ManualVera file.pdf}. */
final class ManualVera {
  public static void main(String[] args) throws Exception {
    byte[] pdf = Files.readAllBytes(Path.of(args[0]));
    for (PDFAFlavour f : new PDFAFlavour[] {PDFAFlavour.PDFUA_1, PDFAFlavour.PDFA_3_U}) {
      long t0 = System.nanoTime();
      var v = VeraPdf.violations(pdf, f);
      System.out.println(f + " (" + (System.nanoTime() - t0) / 1_000_000 + " ms): " + v.size());
      v.forEach(s -> System.out.println("  " + s));
    }
  }
}
