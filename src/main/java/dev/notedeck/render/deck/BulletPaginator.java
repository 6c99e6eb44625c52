package dev.notedeck.render.deck;

import dev.notedeck.model.Block;
import dev.notedeck.model.Span;
import dev.notedeck.render.deck.SlideSpec.BulletSlide;
import dev.notedeck.render.deck.TextFrame.Anchor;
import java.util.ArrayList;
import java.util.List;

/**
 * Lays paragraphs out on as few slides as possible: all on one slide at the largest size down to
 * the theme's minimum, else continuation slides titled {@code … (2/3)}, broken between top-level
 * items where possible so that a bullet stays with its children and a lead-in with what follows.
 */
final class BulletPaginator {

  private final FrameFitter fit;
  private final TextMeasurer measurer;

  FrameFitter fit() {
    return fit;
  }

  BulletPaginator(FrameFitter fit) {
    this.fit = fit;
    this.measurer = fit.measurer();
  }

  /** A paragraph on its way to a page: which source block it came from, whether it was split. */
  private record Piece(Para para, int source, boolean split) {}

  /** One page of paragraphs and the source blocks shown on it, in order. */
  private record Page(TextFrame frame, List<Integer> sources) {}

  /** Makes one slide of a run from its title frame, body frame and page. */
  @FunctionalInterface
  interface PageMaker<S extends SlideSpec> {
    S make(TextFrame title, TextFrame body, SlideSpec.Page page);
  }

  /** Slides of the paragraphs below {@code title}, one per page, made by {@code make}. */
  <S extends SlideSpec> List<S> titled(String title, List<Para> paras, PageMaker<S> make) {
    Box bodyBox = fit.bodyBelow(title);
    List<TextFrame> pages = paginate(paras, bodyBox, fit.setup().bodySize(), Anchor.TOP);
    List<S> out = new ArrayList<>();
    for (int i = 0; i < pages.size(); i++) {
      out.add(make.make(fit.pageTitle(title, i, pages.size()), pages.get(i), fit.page(title, i, pages.size())));
    }
    return out;
  }

  /** Bullet slides whose notes hold the original text of every block shown on each slide. */
  List<SlideSpec> titledWithSources(String title, List<Para> paras, List<Integer> sources, List<Block> blocks) {
    return titledWithSources(title, paras, sources, blocks, Anchor.TOP);
  }

  /**
   * As above; {@code anchor} places the text of a section that fits one slide (a section that
   * continues fills its slides from the top).
   */
  List<SlideSpec> titledWithSources(String title, List<Para> paras, List<Integer> sources, List<Block> blocks,
      Anchor anchor) {
    Box bodyBox = fit.bodyBelow(title);
    List<Page> pages = paginatePieces(paras, sources, bodyBox, fit.setup().bodySize(), Anchor.TOP);
    List<SlideSpec> out = new ArrayList<>();
    for (int i = 0; i < pages.size(); i++) {
      List<Block> shown = pages.get(i).sources().stream().map(blocks::get).toList();
      TextFrame body = pages.get(i).frame();
      if (pages.size() == 1) {
        body = new TextFrame(body.box(), body.paras(), anchor);
      }
      out.add(new BulletSlide(fit.pageTitle(title, i, pages.size()), body, SpeakerNotesText.of(shown),
          fit.page(title, i, pages.size())));
    }
    return out;
  }

  List<TextFrame> paginate(List<Para> paras, Box box, double maxSize, Anchor anchor) {
    List<Integer> none = paras.stream().map(p -> 0).toList();
    return paginatePieces(paras, none, box, maxSize, anchor).stream().map(Page::frame).toList();
  }

  /**
   * Lays paragraphs out on as many frames as needed: one frame at the largest size that fits, or
   * else frames at {@code maxSize} broken between top-level items where possible.
   */
  private List<Page> paginatePieces(List<Para> paras, List<Integer> sources, Box box, double maxSize,
      Anchor anchor) {
    double width = box.width() - 2 * TextFrame.INSET_X;
    double height = box.height() - 2 * TextFrame.INSET_Y;
    if (paras.isEmpty()) {
      return List.of(new Page(new TextFrame(box, List.of(), anchor), List.of()));
    }
    for (double s : FrameFitter.sizes(maxSize, Math.min(maxSize, fit.setup().minBodySize()))) {
      List<Para> at = fit.sized(paras, s);
      if (measurer.height(at, width) <= height) {
        return List.of(new Page(new TextFrame(box, at, anchor), sources.stream().distinct().toList()));
      }
    }
    // as few slides as the minimum size needs, at the largest size that needs no more
    List<Double> sizes = FrameFitter.sizes(maxSize, Math.min(maxSize, fit.setup().minBodySize()));
    List<Page> fewest = pagesAt(fit.sized(paras, sizes.get(sizes.size() - 1)), sources, box, anchor);
    for (double s : sizes.subList(0, sizes.size() - 1)) {
      List<Page> at = pagesAt(fit.sized(paras, s), sources, box, anchor);
      if (at.size() <= fewest.size()) {
        return at;
      }
    }
    return fewest;
  }

  private List<Page> pagesAt(List<Para> sizedParas, List<Integer> sources, Box box, Anchor anchor) {
    double width = box.width() - 2 * TextFrame.INSET_X;
    double height = box.height() - 2 * TextFrame.INSET_Y;
    List<Piece> queue = new ArrayList<>();
    for (int k = 0; k < sizedParas.size(); k++) {
      queue.add(new Piece(sizedParas.get(k), sources.get(k), false));
    }
    List<Page> pages = new ArrayList<>();
    int i = 0;
    while (i < queue.size()) {
      double used = 0;
      int end = i;
      while (end < queue.size()) {
        double h = measurer.height(queue.get(end).para(), width);
        if (used + h > height) {
          break;
        }
        used += h;
        end++;
      }
      if (end == i) {
        // a single paragraph taller than the whole box: split it between wrapped lines
        Piece big = queue.get(i);
        Para[] parts = splitPara(big.para(), width, height);
        queue.set(i, new Piece(parts[0], big.source(), big.split()));
        queue.add(i + 1, new Piece(parts[1], big.source(), true));
        end = i + 1;
      } else if (end < queue.size()) {
        end = bestBreak(queue, i, end, width, height);
      }
      List<Piece> on = queue.subList(i, end);
      pages.add(new Page(new TextFrame(box, on.stream().map(Piece::para).toList(), anchor),
          on.stream().map(Piece::source).distinct().toList()));
      i = end;
    }
    return pages;
  }

  /** Where to end a page that fits {@code [start, fitEnd)}: before a top-level item, not orphaning. */
  private int bestBreak(List<Piece> q, int start, int fitEnd, double width, double height) {
    double[] heightUpTo = new double[fitEnd - start + 1];
    for (int k = start; k < fitEnd; k++) {
      heightUpTo[k - start + 1] = heightUpTo[k - start] + measurer.height(q.get(k).para(), width);
    }
    int best = -1;
    int bestCost = Integer.MAX_VALUE;
    for (int k = fitEnd; k > start; k--) {
      if (heightUpTo[k - start] < height * 0.4) {
        break;
      }
      int cost = breakCost(q, k);
      if (cost < bestCost) {
        bestCost = cost;
        best = k;
      }
      if (cost == 0) {
        break;
      }
    }
    return best < 0 ? fitEnd : best;
  }

  /** Cost of starting a new page at {@code k}: 0 before a top-level item, more inside a group. */
  private static int breakCost(List<Piece> q, int k) {
    Para next = q.get(k).para();
    Para prev = q.get(k - 1).para();
    int cost = next.level() * 2;
    if (q.get(k).split()) {
      cost += 10;
    }
    if (!next.hasMarker() && next.level() > 0) {
      cost += 1; // continuation text of an item
    }
    if (prev.role() == Para.Role.HEADING || prev.plainText().endsWith(":")) {
      cost += 3; // keep a lead-in with what it introduces
    }
    return cost;
  }

  /** Splits a paragraph after as many wrapped lines as fit {@code height}. */
  private Para[] splitPara(Para p, double width, double height) {
    List<TextMeasurer.Line> lines = measurer.lines(p, width);
    double used = p.spaceBefore();
    int fit = 0;
    for (TextMeasurer.Line l : lines) {
      if (used + l.height() > height) {
        break;
      }
      used += l.height();
      fit++;
    }
    fit = Math.max(1, Math.min(fit, lines.size() - 1));
    int cut = lines.get(fit).start();
    List<Span> head = slice(p.spans(), 0, cut);
    List<Span> tail = BlockParas.trim(slice(p.spans(), cut, p.plainText().length()));
    Para rest = p.continuation(tail);
    return new Para[] {p.withSpans(BlockParas.trim(head)), rest};
  }

  static List<Span> slice(List<Span> spans, int from, int to) {
    List<Span> out = new ArrayList<>();
    int pos = 0;
    for (Span s : spans) {
      int end = pos + s.text().length();
      int a = Math.max(from, pos);
      int b = Math.min(to, end);
      if (a < b) {
        out.add(new Span(s.text().substring(a - pos, b - pos), s.styles(), s.href()));
      }
      pos = end;
    }
    return out;
  }
}
