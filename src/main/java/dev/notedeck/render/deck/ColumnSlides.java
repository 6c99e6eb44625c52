package dev.notedeck.render.deck;

import dev.notedeck.model.Block;
import dev.notedeck.render.deck.SlideSpec.ColumnsSlide;
import dev.notedeck.render.deck.TextFrame.Anchor;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * {@code :::: columns} on one slide: the content area split into equal columns side by side, all
 * set at the largest common size at which every column fits. Columns that do not fit even at the
 * minimum size give empty: the caller shows their text as ordinary bullets, which may continue.
 */
final class ColumnSlides {

  /** Space between two columns, in points. */
  static final double GUTTER = 18;

  private final FrameFitter fit;

  ColumnSlides(FrameFitter fit) {
    this.fit = fit;
  }

  Optional<SlideSpec> slide(String title, Block.Columns columns) {
    int n = columns.columns().size();
    if (n < 2) {
      return Optional.empty();
    }
    Box area = fit.bodyBelow(title);
    double width = (area.width() - GUTTER * (n - 1)) / n;
    List<List<Para>> paras = new ArrayList<>();
    for (List<Block> column : columns.columns()) {
      List<Para> out = new ArrayList<>();
      column.forEach(b -> BlockParas.toParas(b, 0, out));
      paras.add(out);
    }
    double max = fit.setup().bodySize();
    for (double s : FrameFitter.sizes(max, Math.min(max, fit.setup().minBodySize()))) {
      List<TextFrame> frames = new ArrayList<>();
      boolean all = true;
      for (int i = 0; i < n && all; i++) {
        Box box = new Box(area.x() + i * (width + GUTTER), area.y(), width, area.height());
        TextFrame frame = new TextFrame(box, fit.sized(paras.get(i), s), Anchor.TOP);
        all = fit.measurer().fits(frame);
        frames.add(frame);
      }
      if (all) {
        return Optional.of(new ColumnsSlide(fit.pageTitle(title, 0, 1), frames,
            SpeakerNotesText.of(columns)));
      }
    }
    return Optional.empty();
  }
}
