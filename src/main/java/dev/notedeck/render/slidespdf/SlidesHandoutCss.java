package dev.notedeck.render.slidespdf;

import dev.notedeck.theme.FontFamily;
import dev.notedeck.theme.PageSetup;
import dev.notedeck.theme.Palette;
import dev.notedeck.theme.Theme;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;

/**
 * The slides handout's style sheet: the theme's paper and margins, the event title in the
 * header, page numbers in the footer; slide thumbnails are boxes whose parts are placed
 * absolutely, in points, by {@link SlideXhtml}.
 */
final class SlidesHandoutCss {
  private final Theme theme;
  private final SheetLayout layout;
  private final List<FontFamily> slideFamilies;

  SlidesHandoutCss(Theme theme, SheetLayout layout, List<FontFamily> slideFamilies) {
    this.theme = theme;
    this.layout = layout;
    this.slideFamilies = slideFamilies;
  }

  String build() {
    PageSetup p = theme.page();
    Palette c = theme.colors();
    String body = stack();
    String box = "font-family: " + body + "; font-size: 8pt; color: " + c.muted().hex() + ";";
    return String.format(Locale.ROOT, """
        @page {
          size: %1$smm %2$smm;
          margin: %3$smm %4$smm %5$smm %6$smm;
          @top-left { content: element(event-title); %7$s vertical-align: bottom; padding-bottom: 3mm; }
          @bottom-center { content: counter(page) " / " counter(pages); %7$s vertical-align: top; padding-top: 3mm; }
        }
        html { font-family: %8$s; }
        body { font-family: %8$s; font-size: 9pt; color: %9$s; margin: 0; }
        .running-event { position: running(event-title); font-family: %8$s; font-size: 8pt; color: %10$s; }
        .row { page-break-inside: %11$s; }
        .row.new-page { page-break-before: always; }
        .cell-box { float: left; }
        .slide-column.beside, .notes.beside { float: left; }
        .row-end { clear: both; height: 0; }
        .slide { position: relative; overflow: hidden; border: 0.4pt solid %12$s; box-sizing: border-box; }
        .slide .frame, .slide .shape, .slide .cell, .slide .line, .slide .marker { position: absolute; }
        .slide .para, .slide h1, .slide h2 { margin: 0; padding: 0; font-size: 1em; font-weight: normal; }
        .slide .line, .slide .marker { white-space: pre; }
        .slide a { text-decoration: none; }
        .notes-text { margin: 0; white-space: pre-wrap; word-wrap: break-word; }
        .notes-ref { margin: 0 0 1mm 0; font-size: 8pt; line-height: 4mm; color: %10$s; }
        .notes.below { margin-top: %13$smm; }
        .ruled .rule { border-bottom: 0.4pt solid %12$s; }
        ol.slide-links { margin: 1.5mm 0 0 0; padding: 0; list-style-position: inside;
                         font-size: 7pt; color: %10$s; }
        ol.slide-links li { margin: 0 0 1mm 0; page-break-inside: avoid; }
        ol.slide-links a { color: %14$s; text-decoration: none; word-wrap: break-word; }
        object.qr { float: left; margin: 0 2mm 0 0; }
        """,
        num(p.widthMm()), num(p.heightMm()), num(p.marginTopMm()), num(p.marginRightMm()),
        num(p.marginBottomMm()), num(p.marginLeftMm()), box, body, c.text().hex(),
        c.muted().hex(), layout.perPage() == 1 ? "auto" : "avoid", c.border().hex(),
        num(layout.gap() / 2), c.primary().hex());
  }

  /** The slides' families first (notes are set like the slides), then the handout's fallbacks. */
  private String stack() {
    LinkedHashSet<String> names = new LinkedHashSet<>();
    slideFamilies.forEach(f -> names.add(f.name()));
    theme.fonts().fallbacks().forEach(f -> names.add(f.name()));
    return String.join(", ", names.stream()
        .map(n -> "'" + n.replace("\\", "\\\\").replace("'", "\\'") + "'").toList());
  }

  private static String num(double v) {
    return SlideXhtml.num(v);
  }
}
