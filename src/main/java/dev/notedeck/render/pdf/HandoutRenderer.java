package dev.notedeck.render.pdf;

import dev.notedeck.NotedeckException;
import dev.notedeck.RenderContext;
import dev.notedeck.model.Audience;
import dev.notedeck.model.AudienceView;
import dev.notedeck.model.Event;
import dev.notedeck.repro.BuildDate;
import dev.notedeck.resource.ThemeCss;
import dev.notedeck.theme.Resource;
import dev.notedeck.theme.Theme;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
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
    Theme theme = context.theme();
    DocumentInfo info = DocumentInfo.of(event, theme.text().labels());
    String css = css(theme, event, context);
    UndrawnImages undrawn = new UndrawnImages(context.diagnostics(), event.meta().source());
    ImageResolver images = new ImageResolver(context, event.meta().source(), theme.page()).watchedBy(undrawn);
    String xhtml = new HandoutXhtml(event, info, css, images, theme.links().qr(), false)
        .logo(context.themeLogo(), theme.logo()).build();
    // a theme's own CSS can drive the layout engine into its own bugs: name the style sheet
    String styleSheet = theme.assets() == null ? null
        : theme.assets().handoutCss().map(Resource::name).orElse(null);
    return XhtmlPdf.render(xhtml, info, theme.fonts(), options.standard(), BuildDate.of(event),
        context.baseDir(), styleSheet, undrawn, out);
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
}
