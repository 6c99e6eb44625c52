package dev.notedeck.render.pdf;

import com.openhtmltopdf.outputdevice.helper.ExternalResourceControlPriority;
import com.openhtmltopdf.pdfboxout.PdfBoxRenderer;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import com.openhtmltopdf.svgsupport.BatikSVGDrawer;
import dev.notedeck.NotedeckException;
import dev.notedeck.RenderContext;
import dev.notedeck.model.Audience;
import dev.notedeck.model.AudienceView;
import dev.notedeck.model.Event;
import dev.notedeck.repro.BuildDate;
import dev.notedeck.repro.ReproduciblePdf;
import dev.notedeck.resource.ThemeCss;
import dev.notedeck.theme.Resource;
import dev.notedeck.theme.Theme;
import java.awt.color.ColorSpace;
import org.apache.pdfbox.pdmodel.PDDocument;
import java.awt.color.ICC_Profile;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;

/** Model + theme -> XHTML + CSS -> PDF handout (openhtmltopdf). */
public final class HandoutRenderer {
  private final HandoutOptions options;

  public HandoutRenderer() {
    this(HandoutOptions.defaults());
  }

  public HandoutRenderer(HandoutOptions options) {
    this.options = options;
  }

  /** Writes the handout to {@code out}; returns its number of pages (the build summary shows it). */
  public int render(Event notes, RenderContext context, OutputStream out) throws IOException {
    Event event = view(notes, context.theme());
    PdfLogging.apply();
    NoSystemFontMapper.install();
    Theme theme = context.theme();
    DocumentInfo info = DocumentInfo.of(event, theme.text().labels());
    String css = css(theme, event, context);
    ImageResolver images = new ImageResolver(context, event.meta().source(), theme.page());
    String xhtml = new HandoutXhtml(event, info, css, images, theme.links().qr(), false)
        .logo(context.themeLogo(), theme.logo()).build();

    PdfRendererBuilder builder = new PdfRendererBuilder();
    builder.withW3cDocument(XhtmlDom.parse(xhtml), baseUri(context.baseDir()));
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
    if (options.standard() == PdfStandard.UA1_A3U) {
      builder.usePdfUaAccessibility(true);
      builder.usePdfAConformance(PdfRendererBuilder.PdfAConformance.PDFA_3_U);
      builder.useColorProfile(srgbProfile());
    }
    try (PdfBoxRenderer renderer = builder.buildPdfRenderer()) {
      // fonts are resolved at layout, in createPDF: registering them here is in time
      new FontRegistrar(theme.fonts()).register(renderer.getFontResolver(), renderer.getPdfDocument());
      PDDocument pdf = layOut(renderer, theme);
      new PdfFinisher(info).finish(pdf);
      // Same notes, theme and version -> same bytes: dates and ID from the content, not the clock.
      ReproduciblePdf.apply(pdf, BuildDate.of(event), xhtml);
      // a rebuild using the same characters reuses the font subsets of the build before
      FontSubsetCache.subsetFonts(pdf);
      pdf.save(out);
      return pdf.getNumberOfPages();
    } catch (UncheckedIOException e) {
      throw new NotedeckException(e.getMessage() + ": " + e.getCause().getMessage(), e);
    }
  }

  /**
   * The handout as markup for a browser, without rendering it: the HTML handout
   * ({@code -f html}) is made from it. Images are data URIs fetched through the context's
   * resource loader, as in the PDF.
   */
  public HandoutMarkup screenMarkup(Event notes, RenderContext context) {
    Event event = view(notes, context.theme());
    Theme theme = context.theme();
    String css = css(theme, event, context);
    ImageResolver images = new ImageResolver(context, event.meta().source(), theme.page());
    // on screen a link is clicked, not scanned: no QR codes
    return new HandoutXhtml(event, DocumentInfo.of(event, theme.text().labels()), css, images, false, true).buildForScreen();
  }

  /**
   * A theme's own CSS can drive the layout engine into its own bugs (letter-spacing with large
   * fonts: "Nested beginText() calls"); name the style sheet rather than report our bug.
   */
  private static PDDocument layOut(PdfBoxRenderer renderer, Theme theme) throws IOException {
    try {
      return renderer.createPDFKeepOpen();
    } catch (IllegalStateException | IllegalArgumentException | IndexOutOfBoundsException e) {
      if (theme.assets() == null || theme.assets().handoutCss().isEmpty()) {
        throw e;
      }
      throw new NotedeckException(theme.assets().handoutCss().get().name() + ": the handout "
          + "cannot be laid out with this style sheet (" + e.getMessage() + "); remove its rules "
          + "one by one to find the cause", e);
    }
  }

  private static String baseUri(Path baseDir) {
    Path dir = baseDir == null ? Path.of("") : baseDir;
    return dir.toAbsolutePath().normalize().toUri().toString();
  }

  /** The notes as the handout shows them: keep-outs applied, speaker notes kept if the theme says so. */
  private static Event view(Event notes, Theme theme) {
    Event event = AudienceView.of(notes, Audience.HANDOUT);
    return theme.text().notesInHandout() ? event : AudienceView.withoutNotes(event);
  }

  private static String css(Theme theme, Event event, RenderContext context) {
    HandoutCss css = new HandoutCss(theme);
    return css.build() + (AuthoringBlocks.used(event) ? css.authoring() : "") + extraCss(theme, context);
  }

  /**
   * The theme's own handout.css, appended so its rules win over the generated ones; its sizes
   * bounded and its url()s read through the resource policy first (see ThemeCss).
   */
  private static String extraCss(Theme theme, RenderContext context) {
    if (theme.assets() == null || theme.assets().handoutCss().isEmpty()) {
      return "";
    }
    Resource css = theme.assets().handoutCss().get();
    Path dir = css instanceof Resource.OnDisk disk ? disk.path().toAbsolutePath().getParent() : null;
    try (InputStream in = css.open()) {
      return "\n" + ThemeCss.load(css.name(), in, dir, context.resources());
    } catch (IOException e) {
      throw new NotedeckException(css.name() + ": cannot read the theme's handout CSS ("
          + e.getMessage() + ")", e);
    }
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
