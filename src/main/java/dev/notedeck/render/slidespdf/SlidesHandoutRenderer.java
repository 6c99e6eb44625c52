package dev.notedeck.render.slidespdf;

import dev.notedeck.RenderContext;
import dev.notedeck.model.Event;
import dev.notedeck.render.deck.Deck;
import dev.notedeck.render.deck.DeckFonts;
import dev.notedeck.render.deck.TextMeasurer;
import dev.notedeck.render.pdf.DocumentInfo;
import dev.notedeck.render.pdf.XhtmlPdf;
import dev.notedeck.repro.BuildDate;
import dev.notedeck.theme.FontFamily;
import dev.notedeck.theme.Theme;
import dev.notedeck.theme.Typography;
import java.io.IOException;
import java.io.OutputStream;
import java.util.List;

/**
 * Planned deck -> the slides handout ({@code NAME.slides.pdf}): the deck's slides as vector
 * thumbnails with their speaker notes, 1, 2, 3, 4 or 6 to a page.
 *
 * <p>Drawn as XHTML with absolutely placed slide parts, rendered by openhtmltopdf, the same way
 * as the paper handout: tagging (PDF/UA-1), PDF/A-3u, embedded font subsets, bookmarks, running
 * header and page numbers come from the one pipeline ({@link XhtmlPdf}) instead of being drawn
 * and tagged by hand. Line breaks are the planner's own ({@link TextMeasurer}), so each
 * thumbnail shows the lines of the PPTX slide.
 */
public final class SlidesHandoutRenderer {
  private final SlidesHandoutOptions options;

  public SlidesHandoutRenderer(SlidesHandoutOptions options) {
    this.options = options;
  }

  /** Writes the slides handout of {@code deck} (planned from {@code event}); returns its pages. */
  public int render(Event event, Deck deck, RenderContext context, OutputStream out)
      throws IOException {
    DocumentInfo info = DocumentInfo.of(event, context.theme().text().labels());
    DeckFonts fonts = DeckFonts.of(context.theme());
    return XhtmlPdf.render(xhtml(info, deck, context, fonts), info, typography(context.theme(), fonts),
        options.standard(), BuildDate.of(event), context.baseDir(), null, out);
  }

  /** The document before rendering (tests read it). */
  String xhtml(Event event, Deck deck, RenderContext context) {
    return xhtml(DocumentInfo.of(event, context.theme().text().labels()), deck, context,
        DeckFonts.of(context.theme()));
  }

  private String xhtml(DocumentInfo info, Deck deck, RenderContext context, DeckFonts fonts) {
    Theme theme = context.theme();
    double aspect = deck.frames().slideHeight() / deck.frames().slideWidth();
    SheetLayout layout = SheetLayout.of(options.perPage(), theme.page(), aspect);
    String css = new SlidesHandoutCss(theme, layout, fonts.families()).build();
    return new SlidesHandoutXhtml(deck, theme, info, layout,
        new TextMeasurer(fonts), fonts, SlideBrand.of(context), css).build();
  }

  /** The deck's families are embedded as the main ones, the handout's fallbacks after them. */
  private static Typography typography(Theme theme, DeckFonts fonts) {
    List<FontFamily> slide = fonts.families();
    Typography t = theme.fonts();
    return new Typography(slide.get(0), slide.get(1), slide.get(2), t.fallbacks(), t.bodySize(),
        t.codeSize(), t.h1Size(), t.h2Size(), t.h3Size(), t.lineHeight());
  }
}
