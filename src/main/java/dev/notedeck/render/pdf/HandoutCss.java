package dev.notedeck.render.pdf;

import dev.notedeck.render.code.TokenStyle;
import dev.notedeck.theme.FontFamily;
import dev.notedeck.theme.PageSetup;
import dev.notedeck.theme.Palette;
import dev.notedeck.theme.Theme;
import dev.notedeck.theme.Typography;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;

/**
 * The handout's style sheet, generated from the theme. Pagination lives here too: page size and
 * margins, running header and footer in the page-margin boxes, breaks before talks, headings kept
 * with what follows, table headers repeated on every page.
 */
final class HandoutCss {
  private final Theme theme;

  HandoutCss(Theme theme) {
    this.theme = theme;
  }

  String build() {
    Typography t = theme.fonts();
    Palette c = theme.colors();
    PageSetup p = theme.page();
    String body = stack(t.body());
    String heading = stack(t.heading(), t.body());
    String code = stack(t.code(), t.body());
    double base = t.bodySize();
    StringBuilder css = new StringBuilder(8 * 1024);

    // Page-margin boxes do not inherit from body: each names its font, or a non-embedded
    // base-14 Times would appear in the PDF.
    String box = "font-family: " + body + "; font-size: " + pt(base * 0.78) + "; color: "
        + c.muted().hex() + ";";
    css.append(String.format(Locale.ROOT, """
        @page {
          size: %smm %smm;
          margin: %smm %smm %smm %smm;
          %s
          @top-left { content: element(event-title); %s vertical-align: bottom; padding-bottom: 3mm; }
          @top-right { content: element(part-title, last-except); %s vertical-align: bottom; padding-bottom: 3mm; }
          @bottom-center { content: counter(page) " / " counter(pages); %s vertical-align: top; padding-top: 3mm; }
        }
        @page cover {
          @top-left { content: none; %s }
          @top-right { content: none; %s }
        }
        @page contents {
          @top-right { content: none; %s }
        }
        """,
        num(p.widthMm()), num(p.heightMm()),
        num(p.marginTopMm()), num(p.marginRightMm()), num(p.marginBottomMm()), num(p.marginLeftMm()),
        pageBackground(c), box, box, box, box, box, box));

    css.append(String.format(Locale.ROOT, """
        html { font-family: %1$s; }
        body { font-family: %1$s; font-size: %2$s; line-height: %3$s; color: %4$s;
               background-color: %5$s; margin: 0; word-wrap: break-word; orphans: 2; widows: 2; }
        .running-event, .running-part { font-family: %1$s; font-size: %6$s; color: %7$s; }
        .running-event { position: running(event-title); }
        .running-part { position: running(part-title); text-align: right; }
        h1, h2, h3, h4, h5, h6 { font-family: %8$s; color: %9$s; line-height: 1.3;
               page-break-inside: avoid; }
        p { margin: 0 0 0.55em 0; }
        a { color: %10$s; text-decoration: none; }
        strong, b { font-weight: bold; }
        em, i { font-style: italic; }
        del { text-decoration: line-through; }
        """,
        body, pt(base), num(t.lineHeight()), c.text().hex(), c.background().hex(),
        pt(base * 0.78), c.muted().hex(), heading, c.primary().hex(), c.accent().hex()));

    // Cover and contents.
    css.append(String.format(Locale.ROOT, """
        .cover { page: cover; page-break-after: always; padding-top: 30mm; }
        .cover h1 { font-size: %1$s; margin: 0 0 8mm 0; padding-bottom: 4mm;
                    border-bottom: 1.2pt solid %2$s; }
        table.info { border-collapse: collapse; margin: 0 0 8mm 0; width: 100%%; }
        table.info th { text-align: left; width: 28mm; padding: 1.8mm 3mm 1.8mm 0;
                        color: %3$s; font-weight: bold; vertical-align: top;
                        border-bottom: 0.5pt solid %4$s; background-color: transparent; }
        table.info td { padding: 1.8mm 0; border-bottom: 0.5pt solid %4$s; vertical-align: top; }
        .contents { page: contents; page-break-after: always; }
        .contents h2 { font-size: %5$s; margin: 0 0 6mm 0; }
        table.toc { width: 100%%; border-collapse: collapse; }
        table.toc td { padding: 1.6mm 0; vertical-align: top; border-bottom: 0.4pt solid %4$s; }
        table.toc td.toc-number { width: 10mm; color: %2$s; font-weight: bold; }
        table.toc td.toc-page { width: 14mm; text-align: right; }
        table.toc a { color: %6$s; }
        table.toc .toc-title { font-weight: bold; }
        table.toc .toc-speakers { display: block; color: %3$s; font-size: %7$s; }
        table.toc tr.toc-part td { color: %3$s; }
        a.toc-page-link::after { content: target-counter(attr(href), page); }
        """,
        pt(t.h1Size() * 1.25), c.primary().hex(), c.muted().hex(), c.border().hex(),
        pt(t.h1Size()), c.text().hex(), pt(base * 0.88)));

    // Parts: each starts a page under its header block.
    css.append(String.format(Locale.ROOT, """
        .part { page-break-before: always; }
        .talk-header { margin: 0 0 7mm 0; padding: 0 0 4mm 0; border-bottom: 1.2pt solid %1$s;
                       page-break-inside: avoid; }
        .talk-number { font-family: %2$s; color: %1$s; font-size: %3$s; font-weight: bold;
                       margin: 0 0 1mm 0; }
        .talk-header h1, .part > h1 { font-size: %4$s; margin: 0; }
        .talk-subtitle { font-family: %2$s; font-size: %5$s; color: %6$s; margin: 1.5mm 0 0 0; }
        .talk-speakers { margin: 3mm 0 0 0; }
        .speaker { font-weight: bold; }
        .affiliation { color: %6$s; }
        .part > h1 { margin: 0 0 7mm 0; padding: 0 0 4mm 0; border-bottom: 1.2pt solid %1$s; }
        h2 { font-size: %7$s; margin: 7mm 0 2.5mm 0; -fs-page-break-min-height: %10$s; }
        h3 { font-size: %8$s; margin: 5mm 0 2mm 0; -fs-page-break-min-height: %11$s; }
        h4, h5, h6 { font-size: %9$s; margin: 4mm 0 1.5mm 0; -fs-page-break-min-height: %12$s; }
        """,
        c.primary().hex(), heading, pt(base * 1.1), pt(t.h1Size()), pt(t.h3Size()),
        c.muted().hex(), pt(t.h2Size()), pt(t.h3Size()), pt(base * 1.05),
        keepRoom(t.h2Size(), 7), keepRoom(t.h3Size(), 5), keepRoom(base * 1.05, 4)));

    // Blocks.
    css.append(String.format(Locale.ROOT, """
        ul, ol { margin: 0 0 0.55em 0; padding-left: 6mm; }
        li { margin: 0 0 0.15em 0; }
        li > ul, li > ol { margin: 0.15em 0 0.15em 0; }
        ul { list-style-type: disc; }
        ul ul { list-style-type: circle; }
        ul ul ul { list-style-type: square; }
        ul ul ul ul { list-style-type: disc; }
        li.task { list-style-type: none; }
        .task-box { font-family: %1$s; }
        pre.code { font-family: %1$s; font-size: %2$s; line-height: 1.45;
                   background-color: %3$s; color: %4$s; padding: 2.5mm 3mm; margin: 0 0 0.8em 0;
                   border-left: 1.5pt solid %5$s; white-space: pre-wrap; word-wrap: break-word;
                   orphans: 3; widows: 3; }
        pre.code .code-language { display: block; font-size: %6$s; color: %7$s; }
        code { font-family: %1$s; font-size: 0.92em; background-color: %3$s; color: %4$s; }
        pre.code code { font-size: 1em; background-color: transparent; padding: 0; }
        %8$s
        blockquote { margin: 0 0 0.8em 0; padding: 0.5mm 0 0.5mm 4mm; border-left: 2pt solid %5$s;
                     color: %7$s; page-break-inside: avoid; }
        table.data { border-collapse: collapse; margin: 0 0 0.8em 0; width: 100%%;
                     -fs-table-paginate: paginate; }
        table.data th, table.data td { border: 0.5pt solid %5$s; padding: 1.2mm 2mm;
                     vertical-align: top; }
        table.data th { background-color: %3$s; font-weight: bold; text-align: left; }
        table.data tr { page-break-inside: avoid; }
        thead { display: table-header-group; }
        .align-left { text-align: left; }
        .align-center { text-align: center; }
        .align-right { text-align: right; }
        .figure { margin: 0 0 0.8em 0; page-break-inside: avoid; }
        .figure img { display: block; }
        .figure .caption { font-size: %6$s; color: %7$s; margin-top: 1mm; }
        .image-missing { border: 0.8pt dashed %7$s; color: %7$s; padding: 4mm; text-align: center;
                         font-size: %6$s; }
        hr { border: none; border-top: 0.6pt solid %5$s; margin: 4mm 0; }
        .link-ref { color: %7$s; font-size: 0.75em; vertical-align: super; }
        .link-notes { margin: 6mm 0 0 0; padding: 2mm 0 0 0; border-top: 0.5pt solid %5$s;
                      font-size: %6$s; color: %7$s; page-break-inside: avoid; }
        .link-notes-title { font-weight: bold; margin: 0 0 1mm 0; }
        ol.link-notes-list { margin: 0; padding-left: 6mm; }
        ol.link-notes-list a { word-wrap: break-word; }
        .link-notes.with-qr { page-break-inside: auto; -fs-page-break-min-height: 24mm; }
        .link-notes.with-qr ol.link-notes-list { padding-left: 0; }
        ol.link-notes-list li.with-qr { list-style-position: inside; page-break-inside: avoid;
                                        margin: 0 0 1mm 0; }
        object.qr { float: left; margin: 0 3mm 0 0; }
        """,
        code, pt(t.codeSize()), c.codeBackground().hex(), c.codeText().hex(), c.border().hex(),
        pt(base * 0.8), c.muted().hex(), TokenStyle.css(c)));
    return css.toString();
  }

  /**
   * Rules for speaker-notes asides, columns and callouts, added only to handouts that use them, so the
   * handout of notes without them keeps its bytes. A theme hides the asides in its handout.css
   * ({@code .speaker-notes { display: none; }}).
   */
  String authoring() {
    Palette c = theme.colors();
    return String.format(Locale.ROOT, """
        .speaker-notes { margin: 0 0 0.8em 0; padding: 1.5mm 3mm; border-left: 2pt dotted %1$s;
                         background-color: %2$s; color: %1$s; font-size: 0.92em;
                         page-break-inside: avoid; }
        .speaker-notes-label { font-size: 0.85em; font-weight: bold; margin: 0 0 0.8mm 0; }
        .columns { display: table; width: 100%%; table-layout: fixed; margin: 0 0 0.8em 0; }
        .column { display: table-cell; vertical-align: top; padding: 0 3mm; border-left: 0.5pt solid %3$s; }
        .column:first-child { padding-left: 0; border-left: none; }
        .callout { margin: 0 0 0.8em 0; padding: 1.5mm 3mm; border-left: 3pt solid %3$s;
                   background-color: %2$s; page-break-inside: avoid; }
        .callout-label { font-weight: bold; margin: 0 0 0.8mm 0; color: %1$s; }
        .callout > :last-child { margin-bottom: 0; }
        .callout-info, .callout-note { border-left-color: %4$s; }
        .callout-info > .callout-label, .callout-note > .callout-label { color: %4$s; }
        .callout-important { border-left-color: %5$s; }
        .callout-important > .callout-label { color: %5$s; }
        .callout-tip { border-left-color: #2F855A; }
        .callout-tip > .callout-label { color: #2F855A; }
        .callout-warning, .callout-caution { border-left-color: #B7791F; }
        .callout-warning > .callout-label, .callout-caution > .callout-label { color: #975A16; }
        .callout-danger { border-left-color: #C53030; }
        .callout-danger > .callout-label { color: #C53030; }
        """, c.muted().hex(), c.codeBackground().hex(), c.border().hex(), c.primary().hex(), c.accent().hex());
  }

  /**
   * Paper is white: only a coloured page gets a page background, as openhtmltopdf paints it
   * outside the tag tree (an untagged fill that PDF/UA validators flag).
   */
  private static String pageBackground(Palette c) {
    return c.background().luminance() > 0.99 ? "" : "background-color: " + c.background().hex() + ";";
  }

  /**
   * Room a heading needs below it: a heading with less space left on the page starts the next
   * page instead, so it is never stranded without at least two lines of what follows (as orphans: 2).
   * ({@code page-break-after: avoid} is not used: openhtmltopdf honours it so eagerly that it
   * moves whole sections that would have fitted, leaving a quarter page empty.)
   */
  private String keepRoom(double headingPt, double marginTopMm) {
    double lineMm = theme.fonts().bodySize() * theme.fonts().lineHeight() * 25.4 / 72;
    double headingMm = headingPt * 1.3 * 25.4 / 72;
    return num(marginTopMm + headingMm + 2.5 + 2 * lineMm) + "mm";
  }

  /** CSS font-family list: the given families, then the theme's fallbacks, without repeats. */
  private String stack(FontFamily... first) {
    LinkedHashSet<String> names = new LinkedHashSet<>();
    for (FontFamily f : first) {
      names.add(f.name());
    }
    for (FontFamily f : theme.fonts().fallbacks()) {
      names.add(f.name());
    }
    List<String> quoted = new ArrayList<>();
    for (String n : names) {
      quoted.add("'" + n.replace("\\", "\\\\").replace("'", "\\'") + "'");
    }
    return String.join(", ", quoted);
  }

  private static String pt(double v) {
    return num(v) + "pt";
  }

  private static String num(double v) {
    String s = String.format(Locale.ROOT, "%.2f", v);
    return s.replaceAll("0+$", "").replaceAll("\\.$", "");
  }
}
