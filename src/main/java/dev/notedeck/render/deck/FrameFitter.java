package dev.notedeck.render.deck;

import dev.notedeck.model.Span;
import dev.notedeck.render.deck.TextFrame.Anchor;
import dev.notedeck.theme.SlideSetup;
import java.util.ArrayList;
import java.util.List;

/**
 * Sizes text against the theme's limits: paragraph sizes per role and level, tightening a frame
 * down to the minimum size, and titles (which reserve room for a {@code (2/3)} page suffix, and
 * {@code (계속, 2/3)} on the slides after the first).
 *
 * @param continued the notes' word for "continued" ({@code labels.continued})
 */
record FrameFitter(SlideSetup setup, SlideFrames frames, TextMeasurer measurer, String continued) {

  private static final double GAP = 10;

  FrameFitter(SlideSetup setup, SlideFrames frames, TextMeasurer measurer) {
    this(setup, frames, measurer, dev.notedeck.lang.Labels.ENGLISH.continued());
  }

  /** The same fitter, saying "continued" in the notes' language. */
  FrameFitter continuing(String word) {
    return new FrameFitter(setup, frames, measurer, word);
  }

  /** The size of a paragraph when the frame's base size is {@code base}. */
  Para sized(Para p, double base) {
    double min = p.role() == Para.Role.CODE ? setup.minCodeSize() : setup.minBodySize();
    double size = base;
    if (p.role() == Para.Role.CODE) {
      size = Math.max(min, Math.min(setup.codeSize(), base * 0.85));
    } else if (p.level() > 0) {
      size = Math.max(min, Math.round(base * 0.88 * 2) / 2.0);
    }
    if (p.role() == Para.Role.MUTED || p.role() == Para.Role.QUOTE_SOURCE) {
      size = Math.max(min, Math.round(base * 0.8 * 2) / 2.0);
    }
    double before = p.level() == 0 ? size * 0.45 : size * 0.2;
    if (p.role() == Para.Role.CODE) {
      before = 0;
    }
    return p.withSize(size, before);
  }

  List<Para> sized(List<Para> paras, double base) {
    return paras.stream().map(p -> sized(p, base)).toList();
  }

  static Para para(String text, Para.Role role) {
    return new Para(List.of(Span.plain(text)), 0, null, 0, role, 0, 0);
  }

  /** Steps from {@code max} down to {@code min}: whole points, then the minimum itself. */
  static List<Double> sizes(double max, double min) {
    List<Double> out = new ArrayList<>();
    for (double s = max; s > min + 1e-6; s -= 1) {
      out.add(s);
    }
    out.add(min);
    return out;
  }

  /**
   * The result at the largest of {@code sizes} (largest first) for which {@code attempt} gives
   * one, or null when even the smallest gives none. Text that fits at a size fits at every
   * smaller one, so this tries the extremes first (most text fits at the largest or not even at
   * the smallest) and then halves the range, instead of trying every size in turn: the planner
   * asks this for every candidate grouping of a talk's sections.
   */
  static <T> T largestFitting(List<Double> sizes, java.util.function.DoubleFunction<T> attempt) {
    int last = sizes.size() - 1;
    T atLargest = attempt.apply(sizes.get(0));
    if (atLargest != null || last == 0) {
      return atLargest;
    }
    T best = attempt.apply(sizes.get(last));
    if (best == null) {
      return null;
    }
    int lo = 0; // gives none
    int hi = last; // gives best
    while (hi - lo > 1) {
      int mid = (lo + hi) >>> 1;
      T r = attempt.apply(sizes.get(mid));
      if (r != null) {
        hi = mid;
        best = r;
      } else {
        lo = mid;
      }
    }
    return best;
  }

  /** The largest size (down to the minimum) at which the paragraphs fit the box; else the minimum. */
  TextFrame fitFrame(List<Para> paras, Box box, double maxSize, Anchor anchor) {
    double min = Math.min(maxSize, setup.minBodySize());
    TextFrame fitting = largestFitting(sizes(maxSize, min), s -> {
      TextFrame f = new TextFrame(box, sized(paras, s), anchor);
      return measurer.fits(f) ? f : null;
    });
    if (fitting != null) {
      return fitting;
    }
    TextFrame last = new TextFrame(box, sized(paras, min), anchor);
    // still too tall at the minimum: give the box the room the text needs (never cut text)
    double need = measurer.height(last.paras(), last.innerWidth()) + 2 * TextFrame.INSET_Y;
    double top = Math.max(0, Math.min(box.y(), frames.slideHeight() - need));
    return new TextFrame(box.withY(top, Math.min(need, frames.slideHeight() - top)), last.paras(), anchor);
  }

  /** A title frame: tightened down to the smallest title size, growing the box downwards last. */
  TextFrame fitTitle(String text, Box box, double size, Anchor anchor) {
    double min = Math.max(setup.minBodySize(), setup.titleSize() * 0.6);
    Para p = new Para(List.of(Span.plain(text)), 0, null, 0, Para.Role.TITLE, size, 0);
    TextFrame last = null;
    for (double s : sizes(size, Math.min(min, size))) {
      last = new TextFrame(box, List.of(p.withSize(s, 0)), anchor);
      if (measurer.fits(last)) {
        return last;
      }
    }
    double need = measurer.height(last.paras(), last.innerWidth()) + 2 * TextFrame.INSET_Y;
    return new TextFrame(box.withY(box.y(), need), last.paras(), anchor);
  }

  /** The content area below the title, measured for the widest page suffix the title may get. */
  Box bodyBelow(String title) {
    Box body = frames.body();
    // room for the widest page suffix, before the page count is known
    TextFrame t = fitTitle(title + suffix(87, 88), frames.title(), setup.titleSize(), Anchor.MIDDLE);
    double top = Math.max(body.y(), t.box().bottom() + GAP);
    return body.withY(top, body.bottom() - top);
  }

  SlideSpec.Page page(String title, int index, int count) {
    return new SlideSpec.Page(title, index + 1, count);
  }

  TextFrame pageTitle(String title, int index, int count) {
    String text = count > 1 ? title + suffix(index, count) : title;
    return fitTitle(text, frames.title(), setup.titleSize(), Anchor.MIDDLE);
  }

  /** " (1/3)" on the first slide of a run, " (continued, 2/3)" on the others. */
  private String suffix(int index, int count) {
    return " (" + (index > 0 ? continued + ", " : "") + (index + 1) + "/" + count + ")";
  }
}
