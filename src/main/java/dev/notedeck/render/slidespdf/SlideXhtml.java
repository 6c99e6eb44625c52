package dev.notedeck.render.slidespdf;

import dev.notedeck.model.Block;
import dev.notedeck.model.Span;
import dev.notedeck.render.deck.Box;
import dev.notedeck.render.deck.Deck;
import dev.notedeck.render.deck.DeckFonts;
import dev.notedeck.render.deck.LogoPlacement;
import dev.notedeck.render.deck.Para;
import dev.notedeck.render.deck.SlideFrames;
import dev.notedeck.render.deck.SlideLayout;
import dev.notedeck.render.deck.SlideSpec;
import dev.notedeck.render.deck.SlideSpec.AgendaSlide;
import dev.notedeck.render.deck.SlideSpec.BulletSlide;
import dev.notedeck.render.deck.SlideSpec.CardsSlide;
import dev.notedeck.render.deck.SlideSpec.ClosingSlide;
import dev.notedeck.render.deck.SlideSpec.CodeSlide;
import dev.notedeck.render.deck.SlideSpec.ColumnsSlide;
import dev.notedeck.render.deck.SlideSpec.ImageSlide;
import dev.notedeck.render.deck.SlideSpec.QuoteSlide;
import dev.notedeck.render.deck.SlideSpec.TableSlide;
import dev.notedeck.render.deck.SlideSpec.TableSpec;
import dev.notedeck.render.deck.SlideSpec.TakeawaysSlide;
import dev.notedeck.render.deck.SlideSpec.TalkDividerSlide;
import dev.notedeck.render.deck.SlideSpec.TitleSlide;
import dev.notedeck.render.deck.TextFrame;
import dev.notedeck.render.deck.TextMeasurer;
import dev.notedeck.render.pdf.XhtmlWriter;
import dev.notedeck.resource.LoadedImage;
import dev.notedeck.theme.FontFamily;
import dev.notedeck.theme.Palette;
import dev.notedeck.theme.RgbColor;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * One planned slide as a thumbnail in XHTML: a box of the slide's size and colours, every text
 * frame at the box the planner measured, every line broken where an office suite breaks it at
 * that width (the deck's own {@link TextMeasurer} without the planner's safety margin, so the
 * thumbnail shows the PPTX slide's lines as far as the fonts allow), in the deck's
 * font files at the planned sizes, scaled down. Text stays text: openhtmltopdf embeds the fonts
 * and tags it, so it can be selected, searched and read aloud.
 *
 * <p>The decorations of the built-in layouts (cover and section bars, the rule under a title,
 * footer and slide number) are drawn where the built-in template puts them, and the theme's
 * logo and slide background where the deck has them ({@link SlideBrand}).
 */
final class SlideXhtml {
  private final XhtmlWriter x;
  private final Deck deck;
  private final TextMeasurer measurer;
  private final Palette colors;
  private final String latin;
  private final String eastAsian;
  private final String code;
  private final boolean codeCoversHangul;
  /** Thumbnail points per slide point. */
  private final double k;
  private final SlideBrand brand;
  private final Set<String> links = new LinkedHashSet<>();
  private boolean headingOpened;

  SlideXhtml(XhtmlWriter x, Deck deck, TextMeasurer measurer, DeckFonts fonts, Palette colors,
      SlideBrand brand, double slideWidthMm) {
    this.x = x;
    this.brand = brand;
    this.deck = deck;
    this.measurer = measurer;
    this.colors = colors;
    List<FontFamily> families = fonts.families();
    this.latin = families.get(0).name();
    this.eastAsian = families.get(1).name();
    this.code = families.get(2).name();
    this.codeCoversHangul = fonts.codeCoversHangul();
    this.k = slideWidthMm * 72 / 25.4 / deck.frames().slideWidth();
  }

  /**
   * Writes slide {@code number} (1-based) and returns the external links its text holds, in
   * order of first appearance.
   */
  List<String> slide(SlideSpec spec, int number, String id) {
    links.clear();
    SlideFrames f = deck.frames();
    x.start("div", "class", "slide", "id", id, "style", "width: " + pt(f.slideWidth()) + "; height: "
        + pt(f.slideHeight()) + "; background-color: " + colors.background().hex() + ";");
    brand.background().ifPresent(b -> decoration(b, new Box(0, 0, f.slideWidth(), f.slideHeight())));
    logo(spec.layout() == SlideLayout.COVER, f);
    content(spec, f);
    footer(number, f);
    x.end("div");
    return List.copyOf(links);
  }

  /** Where the deck's template puts the logo (see DeckTemplate.brand): the same corner and size. */
  private void logo(boolean cover, SlideFrames f) {
    if (brand.logo().isEmpty() || !LogoPlacement.on(brand.place(), cover)) {
      return;
    }
    LoadedImage picture = brand.logo().get();
    decoration(picture, LogoPlacement.box(brand.place(), cover, picture.width(), picture.height(),
        f.slideWidth(), f.slideHeight()));
  }

  /**
   * A picture of the slide master's (logo, background): a CSS background, so a PDF/UA reader
   * passes over it as decoration, as it does on the slide; an img would be a figure without
   * words.
   */
  private void decoration(LoadedImage picture, Box box) {
    x.element("div", "", "class", "shape", "style", place(box) + " background-image: url('"
        + picture.dataUri() + "'); background-size: 100% 100%; background-repeat: no-repeat;");
  }

  /** What each kind of slide shows, drawn as the deck's writer writes it. */
  private void content(SlideSpec spec, SlideFrames f) {
    spec.accept(new SlideSpec.Visitor<Void, RuntimeException>() {
      @Override
      public Void title(TitleSlide s) {
        cover(f, s.title(), s.subtitle(), colors.primary());
        return null;
      }

      @Override
      public Void closing(ClosingSlide s) {
        cover(f, s.title(), s.subtitle(), colors.primary());
        return null;
      }

      @Override
      public Void divider(TalkDividerSlide s) {
        // the section bar of the Section Header layout, in the accent colour
        bar(new Box(f.dividerTitle().x() - 24, f.dividerTitle().y(), 8,
            f.dividerBody().bottom() - 6 - f.dividerTitle().y()), colors.accent());
        frame(s.number(), "left", null, null);
        heading(s.title(), true);
        frame(s.body(), "left", null, null);
        return null;
      }

      @Override
      public Void agenda(AgendaSlide s) {
        return titledBody(f, s.title(), s.body());
      }

      @Override
      public Void bullets(BulletSlide s) {
        return titledBody(f, s.title(), s.body());
      }

      @Override
      public Void cards(CardsSlide s) {
        return titledFrames(f, s.title(), s.cards(), colors.border());
      }

      @Override
      public Void columns(ColumnsSlide s) {
        return titledFrames(f, s.title(), s.columns(), null);
      }

      @Override
      public Void takeaways(TakeawaysSlide s) {
        return titledBody(f, s.title(), s.body());
      }

      @Override
      public Void quote(QuoteSlide s) {
        titled(f, s.title());
        Box b = s.quote().box();
        bar(new Box(Math.max(0, b.x() - 14), b.y() + b.height() * 0.15, 5, b.height() * 0.7),
            colors.accent());
        frame(s.quote(), "left", null, null);
        return null;
      }

      @Override
      public Void code(CodeSlide s) {
        titled(f, s.title());
        frame(s.lead(), "left", null, null);
        frame(s.code(), "left", colors.codeBackground(), null);
        frame(s.label(), "right", null, null);
        return null;
      }

      @Override
      public Void table(TableSlide s) {
        titled(f, s.title());
        SlideXhtml.this.table(s.table());
        return null;
      }

      @Override
      public Void image(ImageSlide s) {
        titled(f, s.title());
        SlideXhtml.this.image(s);
        return null;
      }
    });
  }

  private void cover(SlideFrames f, TextFrame title, TextFrame subtitle, RgbColor barColor) {
    bar(new Box(f.coverTitle().x() - 24, f.coverTitle().y() + 20, 8,
        f.coverSubtitle().bottom() - 18 - f.coverTitle().y() - 20), barColor);
    heading(title, true);
    frame(subtitle, "left", null, null);
  }

  /** A title and one body of text (agenda, bullets, takeaways). */
  private Void titledBody(SlideFrames f, TextFrame title, TextFrame body) {
    titled(f, title);
    frame(body, "left", null, null);
    return null;
  }

  /** Title, then frames side by side (cards with a {@code border}, columns without). */
  private Void titledFrames(SlideFrames f, TextFrame title, List<TextFrame> frames, RgbColor border) {
    titled(f, title);
    for (TextFrame frame : frames) {
      frame(frame, "left", null, border);
    }
    return null;
  }

  /** A content slide: its title, and the short rule under it from the slide master. */
  private void titled(SlideFrames f, TextFrame title) {
    heading(title, false);
    bar(new Box(f.title().x(), f.title().bottom() + 3, 72, 4), colors.primary());
  }

  private void footer(int number, SlideFrames f) {
    double bandY = f.body().bottom() + (f.slideHeight() - f.body().bottom()) * 0.3;
    double bandH = Math.min(24, f.slideHeight() - bandY);
    Para footer = Para.plain(deck.info().footer(), Para.Role.MUTED, 10);
    Para num = Para.plain(String.valueOf(number), Para.Role.MUTED, 10);
    x.start("div", "class", "slide-footer");
    paras(List.of(footer), new Box(f.body().x(), bandY, f.body().width() * 0.7, bandH),
        TextFrame.INSET_X, TextFrame.INSET_Y, TextFrame.Anchor.MIDDLE, "left", "p");
    paras(List.of(num), new Box(f.body().right() - 120, bandY, 120, bandH),
        TextFrame.INSET_X, TextFrame.INSET_Y, TextFrame.Anchor.MIDDLE, "right", "p");
    x.end("div");
  }

  private void bar(Box b, RgbColor color) {
    x.element("div", "", "class", "shape", "style", place(b) + " background-color: " + color.hex() + ";");
  }

  /**
   * A slide's title as a heading: level 1 for the cover and a talk's first slide, level 2 for
   * the slides in between (never a level 2 before any level 1, which PDF/UA forbids).
   */
  private void heading(TextFrame title, boolean opensPart) {
    if (title.paras().isEmpty()) {
      return;
    }
    String tag = opensPart || !headingOpened ? "h1" : "h2";
    headingOpened = true;
    x.start(tag, "class", "frame", "style", place(title.box()));
    paras(title.paras(), relative(title.box()), TextFrame.INSET_X, TextFrame.INSET_Y,
        title.anchor(), "left", "span");
    x.end(tag);
  }

  /** A text frame, on a {@code fill} and in an outline of {@code line} colour where given. */
  private void frame(TextFrame frame, String align, RgbColor fill, RgbColor line) {
    if (frame.paras().isEmpty() && fill == null && line == null) {
      return;
    }
    x.start("div", "class", "frame", "style", place(frame.box())
        + (fill == null ? "" : " background-color: " + fill.hex() + ";")
        + (line == null ? "" : " border: " + pt(1) + " solid " + line.hex() + "; box-sizing: border-box;"));
    paras(frame.paras(), relative(frame.box()), TextFrame.INSET_X, TextFrame.INSET_Y,
        frame.anchor(), align, "p");
    x.end("div");
  }

  private void table(TableSpec t) {
    x.start("div", "class", "frame", "style", place(t.box()));
    double y = 0;
    for (int r = 0; r < t.rows().size(); r++) {
      double h = t.rowHeights().get(r);
      double cx = 0;
      boolean header = t.header() && r == 0;
      RgbColor fill = header ? colors.codeBackground()
          : r % 2 == 0 ? colors.background().mix(colors.codeBackground()) : null;
      for (int c = 0; c < t.columnWidths().size(); c++) {
        double w = t.columnWidths().get(c);
        Box cell = new Box(cx, y, w, h);
        x.start("div", "class", "cell", "style", place(cell) + " border: " + pt(0.75) + " solid "
            + colors.border().hex() + ";" + (fill == null ? "" : " background-color: " + fill.hex() + ";"));
        Block.Align align = c < t.aligns().size() ? t.aligns().get(c) : Block.Align.DEFAULT;
        paras(List.of(t.rows().get(r).get(c)), new Box(0, 0, w, h), TableSpec.CELL_PAD_X,
            TableSpec.CELL_PAD_Y, TextFrame.Anchor.MIDDLE, switch (align) {
              case CENTER -> "center";
              case RIGHT -> "right";
              default -> "left";
            }, "p");
        x.end("div");
        cx += w;
      }
      y += h;
    }
    x.end("div");
  }

  private void image(ImageSlide s) {
    // openhtmltopdf draws PNG, JPEG and GIF; other formats show as the missing-picture box
    boolean drawable = s.image() != null && s.image().format().raster();
    if (drawable) {
      String alt = s.caption().plainText().isBlank() ? fileName(s.image().src()) : s.caption().plainText();
      x.empty("img", "src", s.image().dataUri(), "alt", alt, "class", "shape",
          "style", place(s.box()));
      frame(s.caption(), "left", null, null);
    } else {
      x.start("div", "class", "frame", "style", place(s.caption().box()) + " border: " + pt(1)
          + " solid " + colors.border().hex() + ";");
      paras(s.caption().paras(), relative(s.caption().box()), TextFrame.INSET_X,
          TextFrame.INSET_Y, s.caption().anchor(), "center", "p");
      x.end("div");
    }
  }

  private static String fileName(String src) {
    String s = src.replace('\\', '/');
    return s.substring(s.lastIndexOf('/') + 1);
  }

  private static Box relative(Box b) {
    return new Box(0, 0, b.width(), b.height());
  }

  /**
   * Paragraphs in {@code box} (relative to the enclosing positioned element), each line where
   * the planner's measurer puts it; {@code tag} is the element of one paragraph.
   */
  private void paras(List<Para> paras, Box box, double insetX, double insetY,
      TextFrame.Anchor anchor, String align, String tag) {
    double innerWidth = box.width() - 2 * insetX;
    double innerHeight = box.height() - 2 * insetY;
    double total = 0;
    for (Para p : paras) {
      total += p.spaceBefore();
      for (TextMeasurer.Line line : measurer.linesAsSet(p, innerWidth)) {
        total += line.height();
      }
    }
    double y = box.y() + insetY + switch (anchor) {
      case TOP -> 0;
      case MIDDLE -> (innerHeight - total) / 2;
      case BOTTOM -> innerHeight - total;
    };
    for (Para p : paras) {
      y += p.spaceBefore();
      List<TextMeasurer.Line> lines = measurer.linesAsSet(p, innerWidth);
      x.start(tag, "class", "para", "style", "font-size: " + pt(p.size()) + "; color: "
          + color(p.role(), false, false).hex() + ";");
      double left = box.x() + insetX + p.marginLeft();
      if (p.hasMarker() && !lines.isEmpty()) {
        String marker = p.number() > 0 ? p.number() + "." : p.bullet();
        x.element("span", marker, "class", "marker", "style", place(new Box(box.x() + insetX
            + p.marginLeft() + p.indent(), y, -p.indent(), lines.get(0).height()))
            + " line-height: " + pt(lines.get(0).height()) + "; color: " + colors.primary().hex()
            + "; font-family: " + family(latin, eastAsian) + ";");
      }
      String text = p.plainText();
      for (TextMeasurer.Line line : lines) {
        x.start("span", "class", "line", "style", place(new Box(left, y,
            innerWidth - p.marginLeft(), line.height())) + " line-height: " + pt(line.height())
            + "; text-align: " + align + ";");
        runs(p, text, line.start(), line.end());
        x.end("span");
        y += line.height();
      }
      x.end(tag);
    }
  }

  /** The text {@code from..to} of the paragraph: one styled run per span and script. */
  private void runs(Para p, String text, int from, int to) {
    int spanStart = 0;
    for (Span span : p.spans()) {
      int spanEnd = spanStart + span.text().length();
      int a = Math.max(from, spanStart);
      int b = Math.min(to, spanEnd);
      if (a < b) {
        String href = span.href() != null && !span.href().isBlank() ? span.href() : null;
        if (href != null) {
          if (!href.startsWith("#")) {
            links.add(href);
          }
          x.start("a", "href", href);
        }
        scriptRuns(p, span, text.substring(a, b));
        if (href != null) {
          x.end("a");
        }
      }
      spanStart = spanEnd;
    }
  }

  /**
   * Korean and other East Asian characters take the deck's East Asian typeface, the rest its
   * Latin (or code) typeface, as PowerPoint sets a run with its {@code latin} and {@code ea} fonts.
   */
  private void scriptRuns(Para p, Span span, String text) {
    boolean isCode = p.role() == Para.Role.CODE || span.has(Span.Style.CODE);
    boolean bold = TextMeasurer.isBold(p.role()) || span.has(Span.Style.BOLD);
    boolean italic = span.has(Span.Style.ITALIC) || p.role() == Para.Role.QUOTE;
    int i = 0;
    while (i < text.length()) {
      boolean ea = DeckFonts.isEastAsian(text.codePointAt(i));
      int j = i;
      while (j < text.length() && DeckFonts.isEastAsian(text.codePointAt(j)) == ea) {
        j += Character.charCount(text.codePointAt(j));
      }
      String font = isCode ? (ea && !codeCoversHangul ? family(eastAsian, latin) : family(code, eastAsian))
          : ea ? family(eastAsian, latin) : family(latin, eastAsian);
      StringBuilder style = new StringBuilder("font-family: ").append(font).append(';');
      if (bold) {
        style.append(" font-weight: bold;");
      }
      if (italic) {
        style.append(" font-style: italic;");
      }
      RgbColor c = color(p.role(), span.href() != null, span.has(Span.Style.CODE));
      style.append(" color: ").append(c.hex()).append(';');
      if (span.href() != null || span.has(Span.Style.STRIKE)) {
        style.append(" text-decoration: ").append(span.href() != null ? "underline" : "line-through")
            .append(';');
      }
      x.element("span", text.substring(i, j), "style", style.toString());
      i = j;
    }
  }

  /** The colours the deck's writer gives each role (its scheme colours resolve to these). */
  private RgbColor color(Para.Role role, boolean link, boolean inlineCode) {
    if (role == Para.Role.CODE) {
      return colors.codeText();
    }
    if (link) {
      return colors.primary();
    }
    return switch (role) {
      case TITLE, HEADING, NUMBER -> colors.primary();
      case MUTED, QUOTE_SOURCE -> colors.muted();
      default -> inlineCode ? colors.accent() : colors.text();
    };
  }

  private static String family(String first, String second) {
    return first.equals(second) ? quote(first) : quote(first) + ", " + quote(second);
  }

  private static String quote(String name) {
    return "'" + name.replace("\\", "\\\\").replace("'", "\\'") + "'";
  }

  private String place(Box b) {
    return "left: " + pt(b.x()) + "; top: " + pt(b.y()) + "; width: " + pt(b.width())
        + "; height: " + pt(b.height()) + ";";
  }

  /** A slide length in points, as thumbnail points. */
  private String pt(double slidePoints) {
    return num(slidePoints * k) + "pt";
  }

  static String num(double v) {
    String s = String.format(Locale.ROOT, "%.3f", v);
    return s.replaceAll("0+$", "").replaceAll("\\.$", "");
  }
}
