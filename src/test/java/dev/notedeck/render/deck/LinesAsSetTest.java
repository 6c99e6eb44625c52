package dev.notedeck.render.deck;

import static org.assertj.core.api.Assertions.assertThat;

import dev.notedeck.theme.ThemeLoader;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * The lines a drawing of a slide sets (full width) against the planner's (with its safety
 * margin): never more, the same text in the same order, each line within the full width.
 */
class LinesAsSetTest {
  private static final String[] WORDS = {"슬라이드", "노트", "발표", "speaker", "notes", "머신러닝",
      "GCP", "구독과", "구독", "제거", "RxJava", "(스푼라디오)", "—", "2019.04.27.(토)", "a", "데이터"};

  @Test
  void fullWidthLinesNeverOutnumberThePlannersAndKeepTheText() {
    DeckFonts fonts = DeckFonts.of(new ThemeLoader().load("default"));
    TextMeasurer measurer = new TextMeasurer(fonts);
    Random random = new Random(16);
    for (int i = 0; i < 300; i++) {
      StringBuilder text = new StringBuilder();
      int words = 1 + random.nextInt(40);
      for (int w = 0; w < words; w++) {
        text.append(w == 0 ? "" : " ").append(WORDS[random.nextInt(WORDS.length)]);
      }
      double size = 10 + random.nextInt(30);
      Para p = new Para(Para.plain(text.toString(), Para.Role.BODY, size).spans(), random.nextInt(3),
          random.nextBoolean() ? "•" : null, 0, Para.Role.BODY, size, 0);
      double width = 120 + random.nextInt(600);
      List<TextMeasurer.Line> planned = measurer.lines(p, width);
      List<TextMeasurer.Line> set = measurer.linesAsSet(p, width);
      assertThat(set.size()).as(text.toString()).isLessThanOrEqualTo(planned.size());
      StringBuilder joined = new StringBuilder();
      for (TextMeasurer.Line line : set) {
        String piece = text.substring(line.start(), line.end());
        joined.append(piece);
        if (piece.strip().length() > 1) {
          assertThat(measurer.width(p, piece.strip())).as(piece)
              .isLessThanOrEqualTo(width - p.marginLeft() + 0.01);
        }
      }
      assertThat(joined.toString().replace(" ", "")).isEqualTo(text.toString().replace(" ", ""));
    }
  }
}
