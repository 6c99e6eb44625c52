package dev.notedeck.render.slidespdf;

import dev.notedeck.render.deck.Deck;
import dev.notedeck.render.deck.DeckFonts;
import dev.notedeck.render.deck.Para;
import dev.notedeck.render.deck.SlideSpec;
import dev.notedeck.render.deck.SlideSpec.TalkDividerSlide;
import dev.notedeck.render.deck.TextMeasurer;
import dev.notedeck.render.pdf.DocumentInfo;
import dev.notedeck.render.pdf.QrDrawing;
import dev.notedeck.render.pdf.XhtmlWriter;
import dev.notedeck.theme.Theme;
import java.util.List;

/**
 * The slides handout as one XHTML document: rows of cells, each a slide thumbnail with its
 * speaker notes beside or below it (ruled lines for writing when it has none), and under the
 * slide a numbered note with a QR code for each link on it. Rows fill the pages by their size,
 * so each sheet holds the chosen number of slides unless a slide's notes need more room.
 */
final class SlidesHandoutXhtml {
  private final Deck deck;
  private final Theme theme;
  private final DocumentInfo info;
  private final SheetLayout layout;
  private final TextMeasurer measurer;
  private final DeckFonts fonts;
  private final String css;
  private final SlideBrand brand;
  private final XhtmlWriter x = new XhtmlWriter();
  /** The notes last printed in full, and the number of the slide they were printed with. */
  private String shownNotes = "";
  private int shownWith;

  SlidesHandoutXhtml(Deck deck, Theme theme, DocumentInfo info, SheetLayout layout,
      TextMeasurer measurer, DeckFonts fonts, SlideBrand brand, String css) {
    this.deck = deck;
    this.brand = brand;
    this.theme = theme;
    this.info = info;
    this.layout = layout;
    this.measurer = measurer;
    this.fonts = fonts;
    this.css = css;
  }

  String build() {
    x.start("html", "xmlns", "http://www.w3.org/1999/xhtml", "lang", info.language(),
        "xml:lang", info.language());
    head();
    x.start("body");
    x.element("div", deck.info().title(), "class", "running-event");
    SlideXhtml slides = new SlideXhtml(x, deck, measurer, fonts, theme.slideColors(),
        brand, layout.slideWidth());
    List<SlideSpec> specs = deck.slides();
    for (int first = 0; first < specs.size(); first += layout.columns()) {
      // notes pages: each slide starts a page, even when the notes before it ran over
      x.start("div", "class", layout.perPage() == 1 && first > 0 ? "row new-page" : "row",
          "style", "min-height: " + mm(layout.rowHeight()) + ";");
      for (int c = 0; c < layout.columns() && first + c < specs.size(); c++) {
        int index = first + c;
        cell(slides, specs.get(index), index + 1, c);
      }
      x.element("div", "", "class", "row-end");
      x.end("div");
    }
    x.end("body").end("html");
    return x.finish();
  }

  private void head() {
    x.start("head");
    info.writeHead(x);
    x.start("style", "type", "text/css").text(css).end("style");
    bookmarks();
    x.end("head");
  }

  /** One bookmark for the opening slides, then one per talk, at the slide that opens it. */
  private void bookmarks() {
    x.start("bookmarks");
    List<SlideSpec> specs = deck.slides();
    if (!specs.isEmpty() && !(specs.get(0) instanceof TalkDividerSlide)) {
      x.element("bookmark", "", "name", deck.info().title(), "href", "#" + id(1));
    }
    for (int i = 0; i < specs.size(); i++) {
      if (specs.get(i) instanceof TalkDividerSlide talk) {
        String number = talk.number().plainText().strip();
        String title = talk.title().plainText().replace('\n', ' ').strip();
        x.element("bookmark", "", "name", number.isEmpty() ? title : number + ". " + title,
            "href", "#" + id(i + 1));
      }
    }
    x.end("bookmarks");
  }

  private static String id(int number) {
    return "slide-" + number;
  }

  private void cell(SlideXhtml slides, SlideSpec spec, int number, int column) {
    x.start("div", "class", "cell-box", "style", "width: " + mm(layout.cellWidth())
        + "; min-height: " + mm(layout.cellHeight()) + ";"
        + (column > 0 ? " margin-left: " + mm(layout.gap()) + ";" : ""));
    x.start("div", "class", layout.notesBeside() ? "slide-column beside" : "slide-column",
        "style", "width: " + mm(layout.slideWidth()) + ";");
    List<String> links = slides.slide(spec, number, id(number));
    double linksHeight = links(links);
    x.end("div");
    double notesWidth = layout.notesWidth();
    double notesHeight = layout.notesHeight() - (layout.notesBeside() ? 0 : linksHeight);
    x.start("div", "class", layout.notesBeside() ? "notes beside" : "notes below", "style",
        "width: " + mm(notesWidth) + ";"
            + (layout.notesBeside() ? " margin-left: " + mm(layout.gap()) + ";" : ""));
    String notes = spec.notes() == null ? "" : spec.notes().strip();
    if (notes.isEmpty()) {
      ruledLines(notesHeight);
    } else if (notes.equals(shownNotes)) {
      // a slide continuing a long list has the whole list as notes, as the one before it:
      // printed once, then pointed to ("Speaker notes (4)"), with room to write instead
      x.element("p", info.labels().speakerNotes() + " (" + shownWith + ")", "class", "notes-ref");
      ruledLines(notesHeight - NOTES_REF_MM);
    } else {
      shownNotes = notes;
      shownWith = number;
      double size = notesSize(notes, notesWidth, notesHeight);
      x.element("p", notes, "class", "notes-text", "style", "font-size: " + num(size)
          + "pt; line-height: " + num(size * NOTES_LINE_HEIGHT) + "pt;");
    }
    x.element("div", "", "class", "row-end");
    x.end("div");
    x.end("div");
  }

  /** The height a pointer to notes printed before takes (one small line and its margin). */
  private static final double NOTES_REF_MM = 5;

  /** Line height of the notes text, as a multiple of its size. */
  static final double NOTES_LINE_HEIGHT = 1.3;

  /**
   * The largest size, down to the smallest offered, at which the notes fit their area,
   * measured with the same fonts; notes too long even then make their row taller.
   */
  private double notesSize(String notes, double widthMm, double heightMm) {
    double widthPt = widthMm * 72 / 25.4;
    double heightPt = heightMm * 72 / 25.4;
    // one paragraph resized: the measurer shapes its text once for every size tried
    Para base = Para.plain(notes, Para.Role.BODY, layout.maxNotesSize());
    for (double size = layout.maxNotesSize(); size > layout.minNotesSize(); size -= 0.5) {
      if (notesHeight(base, size, widthPt) <= heightPt) {
        return size;
      }
    }
    return layout.minNotesSize();
  }

  private double notesHeight(Para base, double size, double widthPt) {
    // the measurer adds a frame's insets: none here
    return measurer.lines(base.withSize(size, 0), widthPt).size() * size * NOTES_LINE_HEIGHT;
  }

  /** Ruled lines to write on, filling the notes area: drawn as page decoration, not content. */
  private void ruledLines(double heightMm) {
    double pitch = layout.perPage() == 1 ? 9 : 7;
    int count = Math.max(1, (int) Math.floor((heightMm - 2) / pitch));
    x.start("div", "class", "ruled", "style", "height: " + mm(count * pitch) + ";");
    for (int i = 0; i < count; i++) {
      x.element("div", "", "class", "rule", "style", "height: " + mm(pitch - 0.3) + ";");
    }
    x.end("div");
  }

  /** A numbered note with a QR code for each link on the slide; returns the height it takes. */
  private double links(List<String> links) {
    if (links.isEmpty()) {
      return 0;
    }
    boolean qr = theme.links().qr();
    double height = 2;
    x.start("ol", "class", "slide-links");
    for (String href : links) {
      if (qr && QrDrawing.printable(href)) {
        double side = QrDrawing.sideMm(href);
        x.start("li", "class", "with-qr", "style", "min-height: " + mm(side + 1) + ";");
        QrDrawing.write(x, href, "qr");
        height += side + 1;
      } else {
        x.start("li");
        height += 4;
      }
      x.element("a", href, "href", href);
      x.end("li");
    }
    x.end("ol");
    return height;
  }

  private static String mm(double v) {
    return num(v) + "mm";
  }

  private static String num(double v) {
    return SlideXhtml.num(v);
  }
}
