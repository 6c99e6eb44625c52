package dev.notedeck.render.deck;

import dev.notedeck.model.Block;
import dev.notedeck.model.Section;
import dev.notedeck.render.deck.SlideSpec.BulletSlide;
import java.util.ArrayList;
import java.util.List;

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

  SectionSlides(BulletPaginator paginator, QuoteSlides quotes, CodeSlides code, TableSlides tables,
      ImageSlides images) {
    this.paginator = paginator;
    this.quotes = quotes;
    this.code = code;
    this.tables = tables;
    this.images = images;
  }

  /** Adds the section's slides; {@code takeaways} (null outside talks) collects its conclusions. */
  void add(String title, List<Block> blocks, List<Section> subsections, List<SlideSpec> slides,
      Takeaways takeaways) {
    boolean takeawaySection = takeaways != null && Takeaways.isTakeawaySection(title);
    List<Block> flow = new ArrayList<>();
    int before = slides.size();
    for (Block b : blocks) {
      if (takeaways != null) {
        takeaways.collect(b, takeawaySection);
      }
      if (b instanceof Block.Code || b instanceof Block.Table || b instanceof Block.Image || b instanceof Block.Rule) {
        flush(title, flow, slides);
        if (b instanceof Block.Code c) {
          slides.addAll(code.slides(title, c));
        } else if (b instanceof Block.Table t) {
          slides.addAll(tables.slides(title, t));
        } else if (b instanceof Block.Image i) {
          slides.add(images.slide(title, i));
        }
      } else {
        flow.add(b);
      }
    }
    flush(title, flow, slides);
    if (slides.size() == before && subsections.isEmpty()) {
      // a heading with nothing under it still gets its slide, so its title is not lost
      slides.addAll(paginator.titled(title, List.of(), (t, body) -> new BulletSlide(t, body, title)));
    }
    // a heading with only subsections shows in their titles, so it is not lost
    String prefix = blocks.isEmpty() ? title + " — " : "";
    for (Section sub : subsections) {
      add(prefix + sub.title(), sub.blocks(), sub.subsections(), slides, takeaways);
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
    slides.addAll(paginator.titledWithSources(title, paras, sources, blocks));
  }
}
