package dev.notedeck.render.deck;

import dev.notedeck.model.Block;
import dev.notedeck.model.Section;
import dev.notedeck.model.Span;
import dev.notedeck.render.deck.SlideSpec.CardsSlide;
import dev.notedeck.render.deck.TextFrame.Anchor;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The recap: a talk's sections flattened in order into stretches of running text and blocks that
 * need a slide of their own (code, tables, pictures, long quotes). Consecutive short stretches
 * share a slide as two to four titled cards (side by side, stacked or in a grid, whichever sets
 * the text largest); a stretch too long for a card keeps its own slides, set as large as fits and
 * centred when it fills less than the area. Nothing is dropped and the order is kept.
 */
final class RecapSlides {

  /** Space between cards, in points. */
  static final double GAP = 14;
  private static final int MAX_CARDS = 4;

  private final FrameFitter fit;
  private final TextMeasurer measurer;
  private final BulletPaginator paginator;
  private final QuoteSlides quotes;
  private final CodeSlides code;
  private final TableSlides tables;
  private final ImageSlides images;
  private final ColumnSlides columns;

  RecapSlides(FrameFitter fit, BulletPaginator paginator, QuoteSlides quotes, CodeSlides code,
      TableSlides tables, ImageSlides images) {
    this.fit = fit;
    this.measurer = fit.measurer();
    this.paginator = paginator;
    this.quotes = quotes;
    this.code = code;
    this.tables = tables;
    this.images = images;
    this.columns = new ColumnSlides(fit);
  }

  /** A heading and the blocks right under it (its subsections are topics of their own). */
  record Topic(String title, List<Block> blocks, boolean conclusion) {}

  /**
   * Running text under one heading, or a single block that gets slides of its own; {@code notes}
   * are the {@code ::: notes} written after it, for the speaker notes of its (last) slide;
   * {@code besideSlide} the slide of text and the picture after it, made when it was found to fit.
   */
  private record Unit(String title, List<Block> blocks, boolean text, List<Block.Notes> notes, SlideSpec besideSlide) {
    Unit(String title, List<Block> blocks, boolean text) {
      this(title, blocks, text, List.of());
    }

    Unit(String title, List<Block> blocks, boolean text, List<Block.Notes> notes) {
      this(title, blocks, text, notes, null);
    }

    Unit withNotes(List<Block.Notes> more) {
      List<Block.Notes> all = new ArrayList<>(notes);
      all.addAll(more);
      return new Unit(title, blocks, text, all, besideSlide);
    }

    /** Short text with the picture after it (its last block): one slide, side by side. */
    boolean beside() {
      return besideSlide != null;
    }
  }

  /**
   * The topics of a section tree, depth first. Short subsections of text go onto the section's
   * card, their headings inside it, as many in a row as fit half the content area (then the next
   * card); a longer one is a topic of its own, titled {@code section — subsection}.
   */
  void flatten(String title, List<Block> blocks, List<Section> subs, List<Topic> out) {
    boolean conclusion = Takeaways.isTakeawaySection(title);
    if (!subs.isEmpty() && !conclusion && blocks.stream().noneMatch(RecapSlides::standsAlone)) {
      List<Block> chunk = new ArrayList<>(blocks);
      for (Section sub : subs) {
        List<Block> own = new ArrayList<>();
        if (mergeable(List.of(sub), own)) {
          List<Block> both = new ArrayList<>(chunk);
          both.addAll(own);
          if (fitsHalfSlide(title, both)) {
            chunk = both;
            continue;
          }
          if (fitsHalfSlide(title, own)) {
            addChunk(title, chunk, out);
            chunk = own;
            continue;
          }
        }
        addChunk(title, chunk, out);
        chunk = new ArrayList<>();
        flatten(title + " — " + sub.title(), sub.blocks(), sub.subsections(), out);
      }
      addChunk(title, chunk, out);
      return;
    }
    if (!blocks.isEmpty() || subs.isEmpty()) {
      out.add(new Topic(title, blocks, conclusion));
    }
    String prefix = blocks.isEmpty() ? title + " — " : "";
    for (Section sub : subs) {
      flatten(prefix + sub.title(), sub.blocks(), sub.subsections(), out);
    }
  }

  private static void addChunk(String title, List<Block> chunk, List<Topic> out) {
    if (!chunk.isEmpty()) {
      out.add(new Topic(title, List.copyOf(chunk), false));
    }
  }

  /** Adds the subsections' headings and blocks to {@code into}; false if one needs a slide of its own. */
  private static boolean mergeable(List<Section> subs, List<Block> into) {
    for (Section sub : subs) {
      if (Takeaways.isTakeawaySection(sub.title())) {
        return false;
      }
      into.add(new Block.Heading(4, dev.notedeck.model.RichText.of(sub.title())));
      for (Block b : sub.blocks()) {
        if (standsAlone(b)) {
          return false;
        }
        into.add(b);
      }
      if (!mergeable(sub.subsections(), into)) {
        return false;
      }
    }
    return true;
  }

  /** Whether a card of these blocks fits half the content area at the minimum size. */
  private boolean fitsHalfSlide(String title, List<Block> blocks) {
    Box area = fit.frames().body();
    List<Para> paras = fit.sized(cardParas(new Unit(title, blocks, true)), fit.setup().minBodySize());
    return need(paras, (area.width() - GAP) / 2) <= area.height();
  }

  /**
   * Slides for the topics, in order; {@code runTitle} titles the shared card slides.
   * {@code takeaways} (null outside talks) collects conclusions; when {@code conclusionsOnTakeaways},
   * a conclusion section's text is left to the takeaways slide rather than shown twice.
   */
  void add(String runTitle, List<Topic> topics, List<SlideSpec> slides, Takeaways takeaways,
      boolean conclusionsOnTakeaways) {
    List<Unit> units = new ArrayList<>();
    for (Topic t : topics) {
      boolean skipText = conclusionsOnTakeaways && t.conclusion();
      List<Block> run = new ArrayList<>();
      // ::: notes go with the text before them; notes opening a topic with its first unit
      List<Block.Notes> notes = new ArrayList<>();
      int before = units.size();
      if (skipText && takeaways != null) {
        takeaways.heading(t.title());
      }
      for (Block b : t.blocks()) {
        if (takeaways != null) {
          takeaways.collect(b, t.conclusion());
        }
        if (b instanceof Block.Notes n) {
          if (run.isEmpty() && units.size() > before) {
            units.set(units.size() - 1, units.get(units.size() - 1).withNotes(List.of(n)));
          } else {
            notes.add(n);
          }
          continue;
        }
        if (skipText && !(b instanceof Block.Code || b instanceof Block.Table || b instanceof Block.Image)) {
          continue; // on the takeaways slide
        }
        if (standsAlone(b)) {
          flushText(t.title(), run, units, skipText, notes);
          if (b instanceof Block.Rule) {
            units.add(new Unit(t.title(), List.of(b), false)); // no slide, but the text after starts one
          } else {
            units.add(new Unit(t.title(), List.of(b), false, List.copyOf(notes)));
            notes.clear();
          }
        } else {
          run.add(b);
          // pictures inside a list item or quote: on their own slides right after that text
          List<Block.Image> pictures = images.nestedPictures(b);
          if (!pictures.isEmpty()) {
            flushText(t.title(), run, units, skipText, notes);
            for (Block.Image picture : pictures) {
              units.add(new Unit(t.title(), List.of(picture), false));
            }
          }
        }
      }
      flushText(t.title(), run, units, skipText, notes);
      if (units.size() == before && !skipText) {
        units.add(new Unit(t.title(), List.of(), true)); // a bare heading keeps its words
      }
      if (!notes.isEmpty()) {
        // notes with no text of their own after them: the slide before
        if (units.isEmpty()) {
          units.add(new Unit(t.title(), List.of(), true));
        }
        units.set(units.size() - 1, units.get(units.size() - 1).withNotes(notes));
      }
    }
    units = placePictures(units);
    AuthoredNotes authored = new AuthoredNotes();
    int i = 0;
    while (i < units.size()) {
      if (!units.get(i).text()) {
        special(units.get(i), slides);
        authored.attach(slides, slides.size() - 1, units.get(i).notes());
        i++;
        continue;
      }
      int end = i;
      while (end < units.size() && units.get(end).text()) {
        end++;
      }
      // short text right before code of the same heading introduces it, on the code's slide
      if (end < units.size() && end > i && introducesCode(units.get(end - 1), units.get(end))) {
        textRun(runTitle, units.subList(i, end - 1), slides, authored);
        Unit lead = units.get(end - 1);
        List<Para> paras = new ArrayList<>();
        lead.blocks().forEach(b -> BlockParas.toParas(b, 0, paras));
        slides.addAll(code.slides(lead.title(), paras, SpeakerNotesText.of(lead.blocks()),
            (Block.Code) units.get(end).blocks().get(0)));
        authored.attach(slides, slides.size() - 1, lead.notes());
        authored.attach(slides, slides.size() - 1, units.get(end).notes());
        i = end + 1;
        continue;
      }
      textRun(runTitle, units.subList(i, end), slides, authored);
      i = end;
    }
  }

  /**
   * A point that leads with a striking number gets a big-number slide. A picture right after (or
   * right before) short text of the same heading joins it on one slide, side by side; a picture
   * that cannot be shown and has no such text becomes a labelled line in the text next to it.
   */
  private List<Unit> placePictures(List<Unit> units) {
    List<Unit> out = new ArrayList<>();
    for (int k = 0; k < units.size(); k++) {
      Unit u = units.get(k);
      if (u.text() && BigNumbers.of(u.blocks()).isPresent()) {
        out.add(new Unit(u.title(), u.blocks(), false, u.notes())); // a slide of its own
        continue;
      }
      if (u.text() || !(u.blocks().get(0) instanceof Block.Image img)) {
        out.add(u);
        continue;
      }
      Unit before = out.isEmpty() ? null : out.get(out.size() - 1);
      boolean sameText = before != null && before.text() && before.title().equals(u.title())
          && !before.blocks().isEmpty();
      Optional<SlideSpec> withBefore = sameText ? beside(u.title(), before.blocks(), img) : Optional.empty();
      Optional<SlideSpec> withAfter = withBefore.isEmpty() && textAfter(units, k)
          ? beside(u.title(), units.get(k + 1).blocks(), img) : Optional.empty();
      if (withBefore.isPresent()) {
        List<Block> both = new ArrayList<>(before.blocks());
        both.add(img);
        List<Block.Notes> notes = new ArrayList<>(before.notes());
        notes.addAll(u.notes());
        out.set(out.size() - 1, new Unit(u.title(), both, false, notes, withBefore.get()));
      } else if (withAfter.isPresent()) {
        // a picture right before short text of its heading: the same slide, the text on the left
        Unit after = units.get(k + 1);
        List<Block> both = new ArrayList<>(after.blocks());
        both.add(img);
        List<Block.Notes> notes = new ArrayList<>(u.notes());
        notes.addAll(after.notes());
        out.add(new Unit(u.title(), both, false, notes, withAfter.get()));
        k++;
      } else if (images.shown(img).isPresent()) {
        out.add(u);
      } else if (sameText) {
        List<Block> more = new ArrayList<>(before.blocks());
        more.add(images.missingAsText(img));
        out.set(out.size() - 1, new Unit(u.title(), more, true, before.notes()).withNotes(u.notes()));
      } else {
        out.add(new Unit(u.title(), List.of(images.missingAsText(img)), true, u.notes()));
      }
    }
    return out;
  }

  /** The text and the picture after it on one slide, when the text fits beside it. */
  private Optional<SlideSpec> beside(String title, List<Block> text, Block.Image img) {
    return images.beside(title, paras(text), SpeakerNotesText.of(text), img);
  }

  /**
   * Whether the unit after {@code k} is text of the same heading that no picture after it wants
   * (a picture goes beside the text before it first).
   */
  private static boolean textAfter(List<Unit> units, int k) {
    if (k + 1 >= units.size()) {
      return false;
    }
    Unit next = units.get(k + 1);
    boolean wanted = k + 2 < units.size() && !units.get(k + 2).text()
        && units.get(k + 2).blocks().get(0) instanceof Block.Image
        && units.get(k + 2).title().equals(next.title());
    return next.text() && next.title().equals(units.get(k).title()) && !next.blocks().isEmpty()
        && BigNumbers.of(next.blocks()).isEmpty() && !wanted;
  }

  private static List<Para> paras(List<Block> blocks) {
    List<Para> paras = new ArrayList<>();
    blocks.forEach(b -> BlockParas.toParas(b, 0, paras));
    return QaPairs.restyle(paras);
  }

  private boolean introducesCode(Unit text, Unit next) {
    if (!(next.blocks().get(0) instanceof Block.Code) || !text.title().equals(next.title()) || text.blocks().isEmpty()) {
      return false;
    }
    List<Para> paras = new ArrayList<>();
    text.blocks().forEach(b -> BlockParas.toParas(b, 0, paras));
    return code.fitsAsLead(text.title(), paras);
  }

  /**
   * Consecutive text units on the fewest slides: each unit alone (its own slides) or two to four
   * together as cards, chosen by dynamic programming over the run (ties: more cards per slide).
   */
  private void textRun(String runTitle, List<Unit> run, List<SlideSpec> slides, AuthoredNotes authored) {
    Box area = fit.bodyBelow(runTitle);
    int n = run.size();
    int[] cost = new int[n + 1];
    int[] take = new int[n + 1];
    @SuppressWarnings("unchecked")
    List<TextFrame>[] layouts = new List[n + 1];
    List<List<SlideSpec>> alone = new ArrayList<>();
    for (Unit u : run) {
      alone.add(bullets(u));
    }
    // each unit's card made once: every grouping tried below reuses it (and its measured lines)
    List<List<Para>> cards = run.stream().map(RecapSlides::cardParas).toList();
    for (int i = n - 1; i >= 0; i--) {
      cost[i] = alone.get(i).size() + cost[i + 1];
      take[i] = 1;
      for (int k = 2; k <= MAX_CARDS && i + k <= n; k++) {
        if (cost[i + k] + 1 > cost[i]) {
          continue;
        }
        List<TextFrame> laid = arrange(cards.subList(i, i + k), area);
        if (laid != null) {
          cost[i] = cost[i + k] + 1;
          take[i] = k;
          layouts[i] = laid;
        }
      }
    }
    for (int i = 0; i < n; i += take[i]) {
      if (take[i] == 1) {
        slides.addAll(alone.get(i));
      } else {
        slides.add(cardSlide(runTitle, run.subList(i, i + take[i]), layouts[i]));
      }
      for (Unit u : run.subList(i, i + take[i])) {
        authored.attach(slides, slides.size() - 1, u.notes());
      }
    }
  }

  private SlideSpec cardSlide(String runTitle, List<Unit> group, List<TextFrame> frames) {
    StringBuilder notes = new StringBuilder();
    for (Unit u : group) {
      if (!notes.isEmpty()) {
        notes.append("\n\n");
      }
      notes.append(u.title());
      String text = SpeakerNotesText.of(u.blocks());
      if (!text.isEmpty()) {
        notes.append('\n').append(text);
      }
    }
    return new CardsSlide(fit.pageTitle(runTitle, 0, 1), frames, notes.toString());
  }

  /** The run as a text unit, with the notes waiting for it (which then wait no more). */
  private static void flushText(String title, List<Block> run, List<Unit> units, boolean skip,
      List<Block.Notes> notes) {
    if (!run.isEmpty() && !skip) {
      units.add(new Unit(title, List.copyOf(run), true, List.copyOf(notes)));
      notes.clear();
    }
    run.clear();
  }

  /**
   * Quotes with fewer words than this stay in the running text, in quote style: a recap gives a
   * slide only to a quotation of substance.
   */
  static final int QUOTE_SLIDE_MIN_WORDS = 30;

  private static boolean standsAlone(Block b) {
    return b instanceof Block.Code || b instanceof Block.Table || b instanceof Block.Image
        || b instanceof Block.Rule || b instanceof Block.Columns
        || (SectionSlides.standsAlone(b) && Words.count(SpeakerNotesText.of(b)) >= QUOTE_SLIDE_MIN_WORDS);
  }

  private void special(Unit u, List<SlideSpec> slides) {
    if (u.blocks().get(0) instanceof Block.Rule) {
      return; // `---`: the slides on either side stay apart
    }
    Optional<BigNumbers.Lead> big = u.beside() ? Optional.empty() : BigNumbers.of(u.blocks());
    if (big.isPresent()) {
      TextFrame body = BigNumbers.frame(big.get(), fit.bodyBelow(u.title()), fit);
      slides.add(new SlideSpec.BulletSlide(fit.pageTitle(u.title(), 0, 1), body, SpeakerNotesText.of(u.blocks()),
          fit.page(u.title(), 0, 1)));
      return;
    }
    if (u.beside()) {
      // made when the picture was placed beside the text
      slides.add(u.besideSlide());
      return;
    }
    Block b = u.blocks().get(0);
    if (b instanceof Block.Code c) {
      slides.addAll(code.slides(u.title(), c));
    } else if (b instanceof Block.Table t) {
      slides.addAll(tables.slides(u.title(), t));
    } else if (b instanceof Block.Image img) {
      slides.add(images.slide(u.title(), img));
    } else if (b instanceof Block.Columns c) {
      // columns side by side when they fit one slide; else their text as running bullets
      columns.slide(u.title(), c).ifPresentOrElse(slides::add, () -> slides.addAll(bullets(u)));
    } else {
      slides.addAll(quotes.slides(u.title(), u.blocks()));
    }
  }

  private List<SlideSpec> bullets(Unit u) {
    List<Para> paras = new ArrayList<>();
    List<Integer> sources = new ArrayList<>();
    for (int k = 0; k < u.blocks().size(); k++) {
      int before = paras.size();
      BlockParas.toParas(u.blocks().get(k), 0, paras);
      for (int j = before; j < paras.size(); j++) {
        sources.add(k);
      }
    }
    return paginator.titledWithSources(u.title(), QaPairs.restyle(paras), sources, u.blocks(), Anchor.MIDDLE);
  }

  private static List<Para> cardParas(Unit u) {
    List<Para> body = new ArrayList<>();
    for (Block b : u.blocks()) {
      BlockParas.toParas(b, 0, body);
    }
    List<Para> paras = new ArrayList<>();
    paras.add(new Para(List.of(Span.plain(u.title())), 0, null, 0, Para.Role.HEADING, 0, 0));
    paras.addAll(QaPairs.restyle(body));
    return paras;
  }

  /**
   * The cards laid out in {@code area} at the largest size (down to the minimum) at which some
   * arrangement fits them all; null when none does. At equal size: a grid of four, then columns,
   * then stacked rows.
   */
  List<TextFrame> arrange(List<List<Para>> cards, Box area) {
    List<Double> sizes = FrameFitter.sizes(fit.setup().bodySize(), fit.setup().minBodySize());
    double[] byText = cards.size() <= 3 ? widthsByText(cards) : null;
    return FrameFitter.largestFitting(sizes, s -> arrangeAt(cards, area, s, byText));
  }

  private List<TextFrame> arrangeAt(List<List<Para>> cards, Box area, double s, double[] byText) {
    int k = cards.size();
    List<List<Para>> sized = cards.stream().map(c -> fit.sized(c, s)).toList();
    List<TextFrame> laid = k == 4 ? grid(sized, area) : null;
    if (laid == null && k <= 3) {
      laid = columns(sized, area, equalWidths(k));
    }
    if (laid == null && k <= 3) {
      laid = columns(sized, area, byText);
    }
    if (laid == null) {
      laid = rows(sized, area);
    }
    return laid;
  }

  private double need(List<Para> paras, double width) {
    return measurer.height(paras, width - 2 * TextFrame.INSET_X) + 2 * TextFrame.INSET_Y + 1;
  }

  private static double[] equalWidths(int k) {
    double[] shares = new double[k];
    java.util.Arrays.fill(shares, 1.0 / k);
    return shares;
  }

  /** Shares of the width by amount of text, none under a quarter: a long card beside a short one. */
  private static double[] widthsByText(List<List<Para>> cards) {
    double[] shares = new double[cards.size()];
    double total = 0;
    for (int i = 0; i < shares.length; i++) {
      shares[i] = Math.sqrt(1 + cards.get(i).stream().mapToInt(p -> p.plainText().length() + 12).sum());
      total += shares[i];
    }
    double spare = 1;
    double rest = 0;
    for (int i = 0; i < shares.length; i++) {
      shares[i] /= total;
      if (shares[i] < 0.25) {
        spare -= 0.25;
      } else {
        rest += shares[i];
      }
    }
    for (int i = 0; i < shares.length; i++) {
      shares[i] = shares[i] < 0.25 ? 0.25 : shares[i] * spare / rest;
    }
    return shares;
  }

  /** Side by side, {@code shares} of the width each, as tall as the tallest, centred vertically. */
  private List<TextFrame> columns(List<List<Para>> cards, Box area, double[] shares) {
    int k = cards.size();
    double free = area.width() - (k - 1) * GAP;
    double h = 0;
    for (int i = 0; i < k; i++) {
      h = Math.max(h, need(cards.get(i), free * shares[i]));
    }
    if (h > area.height()) {
      return null;
    }
    double y = area.y() + (area.height() - h) / 2;
    double x = area.x();
    List<TextFrame> out = new ArrayList<>();
    for (int i = 0; i < k; i++) {
      double w = free * shares[i];
      out.add(new TextFrame(new Box(x, y, w, h), cards.get(i), Anchor.TOP));
      x += w + GAP;
    }
    return out;
  }

  /** Full width, one under another, each as tall as its text, the stack centred vertically. */
  private List<TextFrame> rows(List<List<Para>> cards, Box area) {
    List<Double> heights = new ArrayList<>();
    double total = GAP * (cards.size() - 1);
    for (List<Para> c : cards) {
      double h = need(c, area.width());
      heights.add(h);
      total += h;
    }
    if (total > area.height()) {
      return null;
    }
    double y = area.y() + (area.height() - total) / 2;
    List<TextFrame> out = new ArrayList<>();
    for (int i = 0; i < cards.size(); i++) {
      out.add(new TextFrame(new Box(area.x(), y, area.width(), heights.get(i)), cards.get(i), Anchor.TOP));
      y += heights.get(i) + GAP;
    }
    return out;
  }

  /** Two by two: each row as tall as its taller card, the grid centred vertically. */
  private List<TextFrame> grid(List<List<Para>> cards, Box area) {
    double w = (area.width() - GAP) / 2;
    double top = Math.max(need(cards.get(0), w), need(cards.get(1), w));
    double bottom = Math.max(need(cards.get(2), w), need(cards.get(3), w));
    if (top + GAP + bottom > area.height()) {
      return null;
    }
    double y = area.y() + (area.height() - top - GAP - bottom) / 2;
    List<TextFrame> out = new ArrayList<>();
    for (int i = 0; i < 4; i++) {
      double h = i < 2 ? top : bottom;
      double cy = i < 2 ? y : y + top + GAP;
      out.add(new TextFrame(new Box(area.x() + (i % 2) * (w + GAP), cy, w, h), cards.get(i), Anchor.TOP));
    }
    return out;
  }
}
