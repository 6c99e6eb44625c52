package dev.notedeck.render.pdf;

import com.openhtmltopdf.outputdevice.helper.ExternalResourceControlPriority;
import com.openhtmltopdf.pdfboxout.PdfBoxRenderer;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import com.openhtmltopdf.svgsupport.BatikSVGDrawer;
import dev.notedeck.NotedeckException;
import dev.notedeck.repro.ReproduciblePdf;
import dev.notedeck.theme.Typography;
import java.awt.color.ColorSpace;
import java.awt.color.ICC_Profile;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Instant;
import org.apache.pdfbox.pdmodel.PDDocument;

/**
 * One generated XHTML document -> a finished PDF, made the way every notedeck PDF is: the theme's
 * fonts embedded as subsets, tagged PDF/UA-1 + PDF/A-3u unless asked otherwise, QR codes drawn
 * as vectors, metadata and link descriptions completed, identical bytes for identical input.
 * The paper handout and the slides handout both go through here.
 */
public final class XhtmlPdf {
  private XhtmlPdf() {}

  /**
   * Writes the PDF of {@code xhtml} to {@code out}; returns its number of pages.
   *
   * @param date the document's dates (see {@code BuildDate}): never the clock
   * @param styleSheet the name of a theme's own style sheet in the document, or null
   */
  public static int render(String xhtml, DocumentInfo info, Typography fonts, PdfStandard standard,
      Instant date, Path baseDir, String styleSheet, OutputStream out) throws IOException {
    return render(xhtml, info, fonts, standard, date, baseDir, styleSheet, null, out);
  }

  /** ... with {@code undrawn} told of every image the layout engine fails to draw (or null). */
  static int render(String xhtml, DocumentInfo info, Typography fonts, PdfStandard standard,
      Instant date, Path baseDir, String styleSheet, UndrawnImages undrawn, OutputStream out)
      throws IOException {
    PdfLogging.apply();
    NoSystemFontMapper.install();
    PdfRendererBuilder builder = new PdfRendererBuilder();
    builder.withW3cDocument(XhtmlDom.parse(xhtml), baseUri(baseDir));
    // Everything the document needs is inside it (images as data URIs, fonts registered
    // below): openhtmltopdf may not fetch anything on its own, so the resource policy holds.
    builder.useExternalResourceAccessControl((uri, type) -> uri != null && uri.startsWith("data:"),
        ExternalResourceControlPriority.RUN_AFTER_RESOLVING_URI);
    builder.useUnicodeLineBreaker(new KoreanLineBreaker());
    builder.useObjectDrawerFactory(new QrDrawing());
    // an SVG logo is drawn as vectors; Batik runs no scripts and loads nothing beside it
    builder.useSVGDrawer(new BatikSVGDrawer(BatikSVGDrawer.SvgScriptMode.SECURE,
        BatikSVGDrawer.SvgExternalResourceMode.SECURE));
    builder.withProducer("notedeck");
    // page content left uncompressed: PageContents trims and deflates it after layout
    builder.testMode(true);
    if (undrawn != null) {
      builder.withDiagnosticConsumer(undrawn);
    }
    if (standard == PdfStandard.UA1_A3U) {
      builder.usePdfUaAccessibility(true);
      builder.usePdfAConformance(PdfRendererBuilder.PdfAConformance.PDFA_3_U);
      builder.useColorProfile(srgbProfile());
    }
    try (PdfBoxRenderer renderer = builder.buildPdfRenderer()) {
      // fonts are resolved at layout, in createPDF: registering them here is in time
      new FontRegistrar(fonts).register(renderer.getFontResolver(), renderer.getPdfDocument());
      PDDocument pdf = layOut(renderer, styleSheet);
      PageContents.finish(pdf);
      new PdfFinisher(info).finish(pdf);
      // Same notes, theme and version -> same bytes: dates and ID from the content, not the clock.
      ReproduciblePdf.apply(pdf, date, xhtml);
      // a rebuild using the same characters reuses the font subsets of the build before
      FontSubsetCache.subsetFonts(pdf);
      pdf.save(out);
      return pdf.getNumberOfPages();
    } catch (UncheckedIOException e) {
      throw new NotedeckException(e.getMessage() + ": " + e.getCause().getMessage(), e);
    }
  }

  /**
   * A theme's own CSS can drive the layout engine into its own bugs (letter-spacing with large
   * fonts: "Nested beginText() calls"); name the style sheet rather than report our bug.
   */
  private static PDDocument layOut(PdfBoxRenderer renderer, String styleSheet) throws IOException {
    try {
      return renderer.createPDFKeepOpen();
    } catch (IllegalStateException | IllegalArgumentException | IndexOutOfBoundsException e) {
      if (styleSheet == null) {
        throw e;
      }
      throw new NotedeckException(styleSheet + ": the handout cannot be laid out with this style "
          + "sheet (" + e.getMessage() + "); remove its rules one by one to find the cause", e);
    }
  }

  private static String baseUri(Path baseDir) {
    Path dir = baseDir == null ? Path.of("") : baseDir;
    return dir.toAbsolutePath().normalize().toUri().toString();
  }

  /**
   * The JDK's sRGB profile with a fixed platform signature: JDK 17 says APPL there, JDK 25 MSFT,
   * and nothing else differs, so the same notes give the same PDF bytes on either JDK.
   */
  private static byte[] srgbProfile() {
    byte[] profile = ICC_Profile.getInstance(ColorSpace.CS_sRGB).getData();
    System.arraycopy("APPL".getBytes(java.nio.charset.StandardCharsets.US_ASCII), 0, profile, 40, 4);
    return profile;
  }
}
