package dev.notedeck.render.deck;

import dev.notedeck.model.Block;
import dev.notedeck.model.RichText;
import dev.notedeck.render.deck.SlideSpec.TableSlide;
import dev.notedeck.render.deck.SlideSpec.TableSpec;
import java.util.ArrayList;
import java.util.List;

/**
 * A table as native table slides: columns sized from their content and stretched to the content
 * width, text as large as fits (up to the theme's body size, down to the minimum), then split by
 * rows with the header row repeated on every slide.
 */
final class TableSlides {

  private final FrameFitter fit;

  TableSlides(FrameFitter fit) {
    this.fit = fit;
  }

  private record Layout(List<List<Para>> rows, List<Double> widths, List<Double> heights, double total) {}

  List<SlideSpec> slides(String title, Block.Table t) {
    Box area = fit.bodyBelow(title);
    int cols = Math.max(1, t.columns());
    List<List<Para>> rows = new ArrayList<>();
    boolean header = !t.header().isEmpty();
    if (header) {
      rows.add(cells(t.header(), cols, Para.Role.HEADING));
    }
    for (List<RichText> r : t.rows()) {
      rows.add(cells(r, cols, Para.Role.BODY));
    }
    // as large as fits, up to the theme's body size: a three-row table fills the slide's width
    double max = Math.max(fit.setup().minBodySize(), fit.setup().bodySize());
    // each size laid out once: a long table is tried at every size twice, to fit and to paginate
    java.util.Map<Double, Layout> bySize = new java.util.HashMap<>();
    java.util.function.DoubleFunction<Layout> at = s -> bySize.computeIfAbsent(s, k -> layout(rows, cols, area, k));
    Layout layout = null;
    for (double s : FrameFitter.sizes(max, fit.setup().minBodySize())) {
      layout = at.apply(s);
      if (layout.total <= area.height()) {
        break;
      }
    }
    List<List<Integer>> pages = pages(layout, header, area);
    if (pages.size() > 1) {
      // as few slides as the minimum size needs, at the largest size that needs no more
      for (double s : FrameFitter.sizes(max, fit.setup().minBodySize())) {
        Layout atSize = at.apply(s);
        List<List<Integer>> atPages = pages(atSize, header, area);
        if (atPages.size() <= pages.size()) {
          layout = atSize;
          pages = atPages;
          break;
        }
      }
    }
    List<SlideSpec> out = new ArrayList<>();
    String notes = SpeakerNotesText.of(t);
    for (int i = 0; i < pages.size(); i++) {
      List<List<Para>> pageRows = new ArrayList<>();
      List<Double> heights = new ArrayList<>();
      if (header) {
        pageRows.add(layout.rows.get(0));
        heights.add(layout.heights.get(0));
      }
      for (int r : pages.get(i)) {
        pageRows.add(layout.rows.get(r));
        heights.add(layout.heights.get(r));
      }
      double total = heights.stream().mapToDouble(Double::doubleValue).sum();
      // one page of rows sits in the middle of the area, continued ones at its top
      double top = pages.size() == 1 ? area.y() + Math.max(0, (area.height() - total) / 2) : area.y();
      Box box = new Box(area.x(), top, layout.widths.stream().mapToDouble(Double::doubleValue).sum(), total);
      List<Block.Align> aligns = new ArrayList<>(t.aligns());
      while (aligns.size() < cols) {
        aligns.add(Block.Align.DEFAULT);
      }
      out.add(new TableSlide(fit.pageTitle(title, i, pages.size()),
          new TableSpec(box, layout.widths, heights, pageRows, header, aligns), notes,
          fit.page(title, i, pages.size())));
    }
    return out;
  }

  /** Rows onto pages of {@code area}'s height; the header row repeats on each page. */
  private static List<List<Integer>> pages(Layout layout, boolean header, Box area) {
    List<List<Integer>> pages = new ArrayList<>();
    int firstBody = header ? 1 : 0;
    double headerH = header ? layout.heights.get(0) : 0;
    List<Integer> page = new ArrayList<>();
    double used = headerH;
    for (int r = firstBody; r < layout.rows.size(); r++) {
      double h = layout.heights.get(r);
      if (used + h > area.height() && !page.isEmpty()) {
        pages.add(page);
        page = new ArrayList<>();
        used = headerH;
      }
      page.add(r);
      used += h;
    }
    pages.add(page);
    return pages;
  }

  private static List<Para> cells(List<RichText> row, int cols, Para.Role role) {
    List<Para> out = new ArrayList<>();
    for (int c = 0; c < cols; c++) {
      RichText cell = c < row.size() ? row.get(c) : RichText.of("");
      out.add(new Para(cell.spans(), 0, null, 0, role, 0, 0));
    }
    return out;
  }

  private Layout layout(List<List<Para>> rows, int cols, Box area, double size) {
    List<List<Para>> sizedRows = rows.stream()
        .map(r -> r.stream().map(p -> p.withSize(size, 0)).toList()).toList();
    double[] natural = new double[cols];
    for (List<Para> r : sizedRows) {
      for (int c = 0; c < cols; c++) {
        natural[c] = Math.max(natural[c], fit.measurer().naturalWidth(r.get(c)) / TextMeasurer.WIDTH_SLACK
            + 2 * TableSpec.CELL_PAD_X + 2);
      }
    }
    double[] widths = columnWidths(natural, area.width(), size);
    List<Double> heights = new ArrayList<>();
    double total = 0;
    for (List<Para> r : sizedRows) {
      double h = 0;
      for (int c = 0; c < cols; c++) {
        h = Math.max(h, fit.measurer().height(r.get(c), widths[c] - 2 * TableSpec.CELL_PAD_X));
      }
      h += 2 * TableSpec.CELL_PAD_Y;
      heights.add(h);
      total += h;
    }
    List<Double> w = new ArrayList<>();
    for (double d : widths) {
      w.add(d);
    }
    return new Layout(sizedRows, w, heights, total);
  }

  /** Natural widths when they fit; else each column gets a fair share and wide ones share the rest. */
  private static double[] columnWidths(double[] natural, double available, double size) {
    int n = natural.length;
    double sum = 0;
    for (double d : natural) {
      sum += d;
    }
    double[] out = new double[n];
    if (sum <= available) {
      // stretch to the full width, proportionally
      for (int i = 0; i < n; i++) {
        out[i] = natural[i] * available / sum;
      }
      return out;
    }
    double fair = available / n;
    double fixed = 0;
    double flexible = 0;
    for (int i = 0; i < n; i++) {
      if (natural[i] <= fair) {
        out[i] = natural[i];
        fixed += natural[i];
      } else {
        flexible += natural[i];
      }
    }
    double rest = available - fixed;
    for (int i = 0; i < n; i++) {
      if (natural[i] > fair) {
        out[i] = Math.max(size * 2 + 2 * TableSpec.CELL_PAD_X, rest * natural[i] / flexible);
      }
    }
    return out;
  }
}
