package dev.notedeck.render.pdf;

import dev.notedeck.NotedeckException;
import dev.notedeck.RenderContext;
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
  public int render(Event event, RenderContext context, OutputStream out) throws IOException {
    Theme theme = context.theme();
    DocumentInfo info = DocumentInfo.of(event);
    String css = new HandoutCss(theme).build() + extraCss(theme, context);
    ImageResolver images = new ImageResolver(context, event.meta().source(), theme.page());
    String xhtml = new HandoutXhtml(event, info, css, images, theme.links().qr()).build();
    // a theme's own CSS can drive the layout engine into its own bugs: name the style sheet
    String styleSheet = theme.assets() == null ? null
        : theme.assets().handoutCss().map(Resource::name).orElse(null);
    return XhtmlPdf.render(xhtml, info, theme.fonts(), options.standard(), BuildDate.of(event),
        context.baseDir(), styleSheet, out);
  }

  /**
   * The handout as one XHTML document, style sheet and images inlined, without rendering it:
   * the HTML handout ({@code -f html}) is made from it.
   */
  public String xhtml(Event event, RenderContext context) {
    Theme theme = context.theme();
    String css = new HandoutCss(theme).build() + extraCss(theme, context);
    ImageResolver images = new ImageResolver(context, event.meta().source(), theme.page());
    // on screen a link is clicked, not scanned
    return new HandoutXhtml(event, DocumentInfo.of(event), css, images, false).build();
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
