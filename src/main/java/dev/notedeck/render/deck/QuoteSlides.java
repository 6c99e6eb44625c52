package dev.notedeck.render.deck;

import dev.notedeck.model.Block;
import dev.notedeck.render.deck.SlideSpec.QuoteSlide;
import dev.notedeck.render.deck.TextFrame.Anchor;
import java.util.ArrayList;
import java.util.List;

/** Quotes on their own slides, in larger type and centred vertically. */
final class QuoteSlides {

  private final FrameFitter fit;
  private final BulletPaginator paginator;

  QuoteSlides(FrameFitter fit, BulletPaginator paginator) {
    this.fit = fit;
    this.paginator = paginator;
  }

  List<SlideSpec> slides(String title, List<Block> quotes) {
    List<Para> paras = new ArrayList<>();
    for (Block q : quotes) {
      BlockParas.toParas(q, 0, paras);
    }
    Box bodyBox = fit.bodyBelow(title);
    double max = fit.setup().bodySize() * 1.25;
    List<TextFrame> pages = paginator.paginate(paras, bodyBox, max, Anchor.MIDDLE);
    String notes = SpeakerNotesText.of(quotes);
    List<SlideSpec> out = new ArrayList<>();
    for (int i = 0; i < pages.size(); i++) {
      out.add(new QuoteSlide(fit.pageTitle(title, i, pages.size()), pages.get(i), notes,
          fit.page(title, i, pages.size())));
    }
    return out;
  }
}
