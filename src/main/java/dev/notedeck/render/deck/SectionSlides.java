package dev.notedeck.render.deck;

import dev.notedeck.model.Block;
import dev.notedeck.model.Section;
import dev.notedeck.render.deck.SlideSpec.BulletSlide;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Slides for one section: its running text as bullet slides, interrupted by code, table and
 * image slides where those blocks stand, then its subsections.
 */
final class SectionSlides {

  private final BulletPaginator paginator;
  private final QuoteSlides quotes;
  private final CodeSlides code;
  private final TableSlides tables;
  private final ImageSlides images;
  private final AuthoredNotes authored = new AuthoredNotes();
  private final ColumnSlides columns;

  SectionSlides(BulletPaginator paginator, QuoteSlides quotes, CodeSlides code, TableSlides tables,
      ImageSlides images) {
    this.paginator = paginator;
    this.quotes = quotes;
    this.code = code;
    this.tables = tables;
    this.images = images;
    this.columns = new ColumnSlides(paginator.fit());
  }

  /** Adds the section's slides; {@code takeaways} (null outside talks) collects its conclusions. */
  void add(String title, List<Block> blocks, List<Section> subsections, List<SlideSpec> slides,
      Takeaways takeaways) {
    boolean takeawaySection = takeaways != null && Takeaways.isTakeawaySection(title);
    List<Block> flow = new ArrayList<>();
    int before = slides.size();
    // ::: notes go to the slide they follow: the last one made, or (text still pending) the
    // last one that text makes
    List<Block.Notes> pending = new ArrayList<>();
    for (Block b : blocks) {
      if (takeaways != null) {
        takeaways.collect(b, takeawaySection);
      }
      if (b instanceof Block.Notes n) {
        pending.add(n);
        if (flow.isEmpty() && slides.size() > before) {
          authored.attach(slides, slides.size() - 1, pending);
          pending.clear();
        }
        continue;
      }
      Optional<SlideSpec> side = b instanceof Block.Columns c ? columns.slide(title, c) : Optional.empty();
      if (side.isPresent()) {
        flush(title, flow, slides);
        attachPending(slides, before, pending);
        slides.add(side.get());
        attachPending(slides, before, pending);
      } else if (b instanceof Block.Code || b instanceof Block.Table || b instanceof Block.Image || b instanceof Block.Rule) {
        flush(title, flow, slides);
        attachPending(slides, before, pending);
        if (b instanceof Block.Code c) {
          slides.addAll(code.slides(title, c));
        } else if (b instanceof Block.Table t) {
          slides.addAll(tables.slides(title, t));
        } else if (b instanceof Block.Image i) {
          slides.add(images.slide(title, i));
        }
        attachPending(slides, before, pending); // notes opening the section: its first slide
      } else {
        flow.add(b);
        // pictures inside a list item or quote: on their own slides right after that text
        List<Block.Image> pictures = images.nestedPictures(b);
        if (!pictures.isEmpty()) {
          flush(title, flow, slides);
          attachPending(slides, before, pending);
          pictures.forEach(i -> slides.add(images.slide(title, i)));
        }
      }
    }
    flush(title, flow, slides);
    if (slides.size() == before && subsections.isEmpty()) {
      // a heading with nothing under it still gets its slide, so its title is not lost
      slides.addAll(paginator.titled(title, List.of(), (t, body, page) -> new BulletSlide(t, body, title, page)));
    }
    // notes under a heading with only subsections: the slide before
    attachPending(slides, Math.min(before, slides.size() - 1), pending);
    // a heading with only subsections shows in their titles, so it is not lost
    String prefix = blocks.isEmpty() ? title + " — " : "";
    for (Section sub : subsections) {
      add(prefix + sub.title(), sub.blocks(), sub.subsections(), slides, takeaways);
    }
  }

  /**
   * A section marked {@code {.big}}: its text alone, as large as fits (up to 1.8 times the body
   * size), centred in the content area; its notes on its last slide.
   */
  void big(String title, List<Block> blocks, List<SlideSpec> slides) {
    AuthoredNotes.Split split = AuthoredNotes.split(blocks);
    List<Para> paras = new ArrayList<>();
    split.rest().forEach(b -> BlockParas.toParas(b, 0, paras));
    FrameFitter fit = paginator.fit();
    List<TextFrame> pages = paginator.paginate(paras, fit.bodyBelow(title), fit.setup().bodySize() * 1.8,
        TextFrame.Anchor.MIDDLE);
    String notes = SpeakerNotesText.of(split.rest());
    for (int i = 0; i < pages.size(); i++) {
      slides.add(new BulletSlide(fit.pageTitle(title, i, pages.size()), pages.get(i), notes,
          new SlideSpec.Page(title, i + 1, pages.size())));
    }
    authored.attach(slides, slides.size() - 1, split.notes());
  }

  /** Notes waiting for the slides of the text before them go to the last of those slides. */
  private void attachPending(List<SlideSpec> slides, int before, List<Block.Notes> pending) {
    if (!pending.isEmpty() && !slides.isEmpty() && slides.size() > before) {
      authored.attach(slides, slides.size() - 1, pending);
      pending.clear();
    }
  }

  private void flush(String title, List<Block> flow, List<SlideSpec> slides) {
    if (flow.isEmpty()) {
      return;
    }
    List<Block> blocks = List.copyOf(flow);
    flow.clear();
    if (blocks.stream().allMatch(b -> b instanceof Block.Quote)) {
      slides.addAll(quotes.slides(title, blocks));
      return;
    }
    // a substantial quote gets its own slide after the text around it; a short one reads fine inline
    List<Block> text = blocks.stream().filter(b -> !standsAlone(b)).toList();
    List<Block> alone = blocks.stream().filter(SectionSlides::standsAlone).toList();
    bullets(title, text, slides);
    if (!alone.isEmpty()) {
      slides.addAll(quotes.slides(title, alone));
    }
  }

  /** Quotes longer than this many characters (or of several lines) get a quote slide. */
  static final int INLINE_QUOTE_MAX = 60;

  static boolean standsAlone(Block b) {
    if (!(b instanceof Block.Quote q)) {
      return false;
    }
    List<Para> paras = new ArrayList<>();
    BlockParas.toParas(q, 0, paras);
    // an empty quote (a lone ">" deep in a list) has no paragraph at all
    return paras.size() > 1 || (!paras.isEmpty() && paras.get(0).plainText().length() > INLINE_QUOTE_MAX);
  }

  private void bullets(String title, List<Block> blocks, List<SlideSpec> slides) {
    List<Para> paras = new ArrayList<>();
    List<Integer> sources = new ArrayList<>();
    for (int i = 0; i < blocks.size(); i++) {
      int before = paras.size();
      BlockParas.toParas(blocks.get(i), 0, paras);
      for (int k = before; k < paras.size(); k++) {
        sources.add(i);
      }
    }
    slides.addAll(paginator.titledWithSources(title, QaPairs.restyle(paras), sources, blocks));
  }
}
