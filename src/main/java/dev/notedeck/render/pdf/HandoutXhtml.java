package dev.notedeck.render.pdf;

import dev.notedeck.model.Event;
import dev.notedeck.model.InfoEntry;
import dev.notedeck.model.Part;
import dev.notedeck.model.Section;
import dev.notedeck.model.Speaker;
import dev.notedeck.model.Talk;
import dev.notedeck.resource.LoadedImage;
import dev.notedeck.theme.LogoSetup;
import java.util.List;
import java.util.Optional;

/**
 * The handout as one XHTML document: head (metadata, style sheet, bookmarks), cover, table of
 * contents, then every part of the event in order, each on a new page.
 *
 * <p>Heading levels never skip (assistive technology and PDF/UA need that): the event title and
 * each part title are {@code h1}, a talk's sections {@code h2}, their subsections {@code h3}...
 */
final class HandoutXhtml {
  private final Event event;
  private final DocumentInfo info;
  private final String css;
  private final XhtmlWriter x = new XhtmlWriter();
  private final BlockWriter blocks;
  private final Anchors anchors;
  private final boolean forScreen;
  private int headEnd = -1;

  /**
   * {@code qrCodes}: a QR code beside each link note, for print (not for the HTML handout).
   * {@code forScreen}: the document is served as HTML, not handed to openhtmltopdf: no PDF
   * bookmarks, and the style sheet is raw text (HTML reads {@code <style>} unescaped, so an
   * escaped {@code >} would drop every child-combinator rule).
   */
  HandoutXhtml(Event event, DocumentInfo info, String css, ImageResolver images, boolean qrCodes,
      boolean forScreen) {
    this.forScreen = forScreen;
    this.event = event;
    this.info = info;
    this.css = css;
    this.blocks = new BlockWriter(x, images, info.labels(), qrCodes);
    this.anchors = new Anchors(event);
  }

  private LoadedImage logo;
  private LogoSetup logoSetup;

  /** The theme's logo: before the event's title in the running header, and on the cover. */
  HandoutXhtml logo(Optional<LoadedImage> image, LogoSetup setup) {
    this.logo = image.orElse(null);
    this.logoSetup = setup;
    return this;
  }

  private void logoImage(double heightMm, String layout) {
    double width = logo.width() > 0 && logo.height() > 0
        ? heightMm * logo.width() / logo.height() : heightMm;
    String size = String.format(java.util.Locale.ROOT, "height: %.2fmm; width: %.2fmm; ", heightMm, width);
    if (!logo.format().raster()) {
      // an SVG is drawn as vectors only from an img; a figure needs words (PDF/UA-1 7.3)
      x.empty("img", "src", logo.dataUri(), "alt", "Logo", "style", size + layout);
      return;
    }
    // a CSS background, not an img: the logo is decoration, which PDF/UA readers pass over as
    // an artifact; an img with an empty alt becomes a Figure without words (PDF/UA-1 7.3)
    x.element("span", "", "class", "logo", "style", String.format(java.util.Locale.ROOT,
        "display: inline-block; height: %.2fmm; width: %.2fmm; background-image: url('%s');"
            + " background-size: 100%% 100%%; background-repeat: no-repeat; %s",
        heightMm, width, logo.dataUri(), layout));
  }

  String build() {
    x.start("html", "xmlns", "http://www.w3.org/1999/xhtml", "lang", info.language(),
        "xml:lang", info.language());
    head();
    x.start("body");
    if (logo == null) {
      x.element("div", event.title(), "class", "running-event");
    } else {
      x.start("div", "class", "running-event");
      logoImage(logoSetup.heightMm(), "vertical-align: middle; margin-right: 2mm;");
      x.text(event.title()).end("div");
    }
    cover();
    contents();
    for (Part part : event.parts()) {
      part(part);
    }
    x.end("body").end("html");
    return x.finish();
  }

  /** The document for a browser, split where more of the head (fonts, screen style) goes. */
  HandoutMarkup buildForScreen() {
    if (!forScreen) {
      throw new IllegalStateException("made for the PDF");
    }
    String document = build();
    return new HandoutMarkup(document.substring(0, headEnd), document.substring(headEnd));
  }

  private void head() {
    x.start("head");
    info.writeHead(x);
    if (forScreen) {
      // "</" could close the element early; "<\\/" reads the same to CSS.
      x.start("style", "type", "text/css").raw(css.replace("</", "<\\/")).end("style");
      headEnd = x.length();
    } else {
      x.start("style", "type", "text/css").text(css).end("style");
      bookmarks();
    }
    x.end("head");
  }

  private void bookmarks() {
    x.start("bookmarks");
    for (Part part : event.parts()) {
      x.start("bookmark", "name", partLabel(part), "href", "#" + anchors.of(part));
      for (Section s : sectionsOf(part)) {
        sectionBookmark(s);
      }
      x.end("bookmark");
    }
    x.end("bookmarks");
  }

  private void sectionBookmark(Section section) {
    x.start("bookmark", "name", section.title(), "href", "#" + anchors.of(section));
    for (Section sub : section.subsections()) {
      sectionBookmark(sub);
    }
    x.end("bookmark");
  }

  private void cover() {
    x.start("div", "class", "cover");
    if (logo != null) {
      logoImage(logoSetup.titleHeightMm(), "display: block; margin: 0 0 8mm 0;");
    }
    x.element("h1", event.title(), "class", "event-title");
    if (!event.info().isEmpty()) {
      x.start("table", "class", "info").start("tbody");
      for (InfoEntry e : event.info()) {
        x.start("tr");
        x.element("th", e.key(), "scope", "row");
        x.start("td");
        blocks.inline(e.value());
        x.end("td");
        x.end("tr");
      }
      x.end("tbody").end("table");
    }
    if (!event.intro().isEmpty()) {
      x.start("div", "class", "intro");
      blocks.blocks(event.intro(), 2);
      x.end("div");
    }
    blocks.flushLinkNotes();
    x.end("div");
  }

  private void contents() {
    if (event.parts().isEmpty()) {
      return;
    }
    x.start("div", "class", "contents");
    x.element("h2", info.labels().contents(), "class", "contents-title");
    x.start("table", "class", "toc").start("tbody");
    String group = null;
    for (Part part : event.parts()) {
      if (part instanceof Talk t && t.group() != null && !t.group().equals(group)) {
        // "Day 1", "Track A": a row above the talks it groups (issue 13)
        group = t.group();
        x.start("tr", "class", "toc-part toc-group").element("td", "", "class", "toc-number");
        x.start("td", "class", "toc-entry").element("span", group, "class", "toc-title").end("td");
        x.element("td", "", "class", "toc-page").end("tr");
      }
      String href = "#" + anchors.of(part);
      x.start("tr", "class", part instanceof Talk ? "toc-talk" : "toc-part");
      x.start("td", "class", "toc-number");
      if (part instanceof Talk t) {
        x.text(number(t));
      }
      x.end("td");
      x.start("td", "class", "toc-entry");
      x.start("a", "href", href, "class", "toc-title");
      x.text(part.title());
      x.end("a");
      if (part instanceof Talk t && !t.speakers().isEmpty()) {
        x.element("span", t.speakerLine(), "class", "toc-speakers");
      }
      x.end("td");
      x.start("td", "class", "toc-page");
      x.element("a", "", "href", href, "class", "toc-page-link");
      x.end("td");
      x.end("tr");
    }
    x.end("tbody").end("table");
    x.end("div");
  }

  private void part(Part part) {
    x.start("div", "class", part instanceof Talk ? "part talk" : "part event-section",
        "id", anchors.of(part));
    if (part instanceof Talk t) {
      talk(t);
    } else if (part instanceof Section s) {
      x.element("h1", s.title(), "class", "part-title");
      runningPart(s);
      sectionBody(s, 2);
    }
    blocks.flushLinkNotes();
    x.end("div");
  }

  private void talk(Talk talk) {
    x.start("div", "class", "talk-header");
    x.element("div", number(talk), "class", "talk-number");
    x.element("h1", talk.title(), "class", "talk-title");
    if (talk.subtitle() != null && !talk.subtitle().isBlank()) {
      x.element("div", talk.subtitle(), "class", "talk-subtitle");
    }
    if (!talk.speakers().isEmpty()) {
      x.start("div", "class", "talk-speakers");
      List<Speaker> speakers = talk.speakers();
      for (int i = 0; i < speakers.size(); i++) {
        Speaker s = speakers.get(i);
        if (i > 0) {
          x.text(", ");
        }
        x.element("span", s.name(), "class", "speaker");
        if (s.affiliation() != null && !s.affiliation().isBlank()) {
          x.element("span", " (" + s.affiliation() + ")", "class", "affiliation");
        }
      }
      x.end("div");
    }
    x.end("div");
    runningPart(talk);
    blocks.blocks(talk.intro(), 2);
    for (Section s : talk.sections()) {
      section(s, 2);
    }
  }

  /**
   * The header of the part's later pages: "2. 제목 (계속)" (its first page has the title in large
   * type). Set below the part's title, not before it: at the very top of the part it would sit on
   * the page boundary, where the page before could take it for its own.
   */
  private void runningPart(Part part) {
    x.element("div", info.labels().continuedTitle(partLabel(part)), "class", "running-part");
  }

  private void section(Section section, int level) {
    String tag = "h" + Math.min(6, level);
    // The id sits on the heading, not on the wrapper: when the heading is moved to the next
    // page (kept with what follows), its bookmark and link must move with it.
    x.start("div", "class", "section level-" + level);
    x.element(tag, section.title(), "id", anchors.of(section));
    sectionBody(section, level + 1);
    x.end("div");
  }

  /** A section's blocks and subsections; {@code childLevel} is the heading level below it. */
  private void sectionBody(Section section, int childLevel) {
    blocks.blocks(section.blocks(), childLevel);
    for (Section sub : section.subsections()) {
      section(sub, childLevel);
    }
  }

  /** A talk's sections, or an event-level section's subsections. */
  static List<Section> sectionsOf(Part part) {
    return part instanceof Talk t ? t.sections() : ((Section) part).subsections();
  }

  /** The number shown for a talk: as written in its heading, else its position. */
  static String number(Talk talk) {
    return talk.number() != null && !talk.number().isBlank() ? talk.number()
        : String.valueOf(talk.index());
  }

  static String partLabel(Part part) {
    return part instanceof Talk t ? number(t) + ". " + t.title() : part.title();
  }
}
