package dev.notedeck.render.deck;

import java.util.ArrayList;
import java.util.List;

/**
 * Issue 14's figures of a planned deck, measured the same way wherever they are asked for (the
 * seed deck's test and bench/DeckFigures.java): how many content slides hold fewer than a dozen
 * words, how much of the slide their text covers, and the smallest body and code sizes.
 * Content slides are all but the title, agenda, talk divider and closing slides.
 *
 * @param content content slides
 * @param sparse content slides under {@link #SPARSE_WORDS} words (a picture or a big number is
 *     content of its own and never counts as sparse)
 * @param medianCover median share of the slide covered by text, tables and pictures (0..1)
 * @param minBody smallest body text size (muted text aside; tables included), or 0 when none
 * @param minCode smallest code size, or 0 when none
 * @param slides each content slide's own figures, in order
 */
public record RecapFigures(int content, int sparse, double medianCover, double minBody, double minCode,
    List<Slide> slides) {

  public static final int SPARSE_WORDS = 12;

  /** One content slide: its words, the share of the slide covered, and the slide itself. */
  public record Slide(SlideSpec spec, double words, double cover) {}

  /** Percentage of content slides that are sparse. */
  public double sparsePercent() {
    return 100.0 * sparse / Math.max(1, content);
  }

  public static RecapFigures of(Deck deck, TextMeasurer measurer) {
    double area = deck.frames().slideWidth() * deck.frames().slideHeight();
    int sparse = 0;
    double minBody = Double.MAX_VALUE;
    double minCode = Double.MAX_VALUE;
    List<Slide> slides = new ArrayList<>();
    for (SlideSpec s : deck.slides()) {
      if (s instanceof SlideSpec.TitleSlide || s instanceof SlideSpec.AgendaSlide
          || s instanceof SlideSpec.TalkDividerSlide || s instanceof SlideSpec.ClosingSlide) {
        continue;
      }
      double words = 0;
      double covered = 0;
      for (TextFrame f : s.frames().subList(1, s.frames().size())) {
        words += Words.count(f.plainText());
        covered += f.paras().isEmpty() ? 0 : f.box().width()
            * Math.min(f.box().height(), measurer.height(f.paras(), f.innerWidth()) + 2 * TextFrame.INSET_Y);
        for (Para p : f.paras()) {
          if (p.role() == Para.Role.CODE) {
            minCode = Math.min(minCode, p.size());
          } else if (p.role() != Para.Role.MUTED) {
            minBody = Math.min(minBody, p.size());
          }
        }
      }
      if (s instanceof SlideSpec.TableSlide t) {
        covered += t.table().box().width() * t.table().box().height();
        for (List<Para> row : t.table().rows()) {
          for (Para p : row) {
            words += Words.count(p.plainText());
            minBody = Math.min(minBody, p.size());
          }
        }
      }
      if (s instanceof SlideSpec.ImageSlide img && img.image() != null) {
        covered += img.box().width() * img.box().height();
        words = Math.max(words, SPARSE_WORDS); // a picture is content of its own
      }
      if (s.frames().stream().anyMatch(f -> f.paras().stream().anyMatch(p -> p.role() == Para.Role.NUMBER))) {
        words = Math.max(words, SPARSE_WORDS); // so is a big number, by design
      }
      if (words < SPARSE_WORDS) {
        sparse++;
      }
      slides.add(new Slide(s, words, covered / area));
    }
    List<Double> cover = new ArrayList<>(slides.stream().map(Slide::cover).toList());
    cover.sort(null);
    return new RecapFigures(slides.size(), sparse, cover.isEmpty() ? 0 : cover.get(cover.size() / 2),
        minBody == Double.MAX_VALUE ? 0 : minBody, minCode == Double.MAX_VALUE ? 0 : minCode, List.copyOf(slides));
  }
}
