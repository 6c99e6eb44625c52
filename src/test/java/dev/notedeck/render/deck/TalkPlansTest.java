package dev.notedeck.render.deck;

import static org.assertj.core.api.Assertions.assertThat;

import dev.notedeck.diagnostics.Diagnostics;
import dev.notedeck.model.Event;
import dev.notedeck.parse.NotesParser;
import dev.notedeck.theme.Theme;
import dev.notedeck.theme.ThemeLoader;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** Kept talk plans: reused for unchanged talks only, and the deck is the one a fresh plan gives. */
class TalkPlansTest {

  private static final Theme THEME = new ThemeLoader().load("default");

  private static DeckPlanner planner(TalkPlans kept) {
    return new DeckPlanner(THEME.slides(), SlideFrames.fallback(960, 540), new TextMeasurer(DeckFonts.of(THEME)),
        DeckPlanner.ImageSource.none(), Diagnostics.silent(), DeckOptions.Override.NONE, DeckOptions.DEFAULT, kept);
  }

  private static Event parse(String markdown) {
    return new NotesParser().parse(markdown, Path.of("talks.md"), Diagnostics.silent());
  }

  /** Notes of {@code talks} talks, each with a few sections of generated bullets. */
  private static String notes(Random random, int talks) {
    StringBuilder md = new StringBuilder("# 가을 모임\n\n");
    for (int t = 1; t <= talks; t++) {
      md.append("## ").append(t).append(". 발표 ").append(t).append(" - 발표자").append(t).append("\n\n");
      int sections = 1 + random.nextInt(4);
      for (int s = 1; s <= sections; s++) {
        md.append("### 주제 ").append(s).append("\n");
        int bullets = 1 + random.nextInt(7);
        for (int b = 0; b < bullets; b++) {
          md.append("* ").append("항목 ".repeat(1 + random.nextInt(12))).append(random.nextInt(1000)).append('\n');
        }
        md.append('\n');
      }
    }
    return md.toString();
  }

  @Test
  void anEditReplansItsTalkAndGivesTheDeckAFreshPlanGives() {
    Random random = new Random(20);
    for (int round = 0; round < 8; round++) {
      String before = notes(random, 3 + random.nextInt(3));
      TalkPlans kept = new TalkPlans();
      Deck first = planner(kept).plan(parse(before));
      // one bullet of one talk edited
      String[] lines = before.split("\n", -1);
      int edited;
      do {
        edited = random.nextInt(lines.length);
      } while (!lines[edited].startsWith("* "));
      lines[edited] = lines[edited] + " 고침";
      Event after = parse(String.join("\n", lines));

      Deck warm = planner(kept).plan(after);
      Deck cold = planner(null).plan(after);
      assertThat(warm).isEqualTo(cold);
      // the talks before the edited one are the very slides planned before
      int editedTalk = (int) java.util.Arrays.stream(lines, 0, edited).filter(l -> l.startsWith("## ")).count();
      int shared = firstSlideOfTalk(first, editedTalk);
      for (int i = firstSlideOfTalk(first, 1); i < shared; i++) {
        assertThat(warm.slides().get(i)).isSameAs(first.slides().get(i));
      }
      // and the edited talk's slides are new
      assertThat(warm.slides().get(shared)).isNotSameAs(first.slides().get(shared));
    }
  }

  @Test
  void otherWordsForTheNotesLanguageAreNotTakenFromAnotherLanguagesPlan() {
    // a section long enough to continue on more slides, titled "(계속, 2/3)" or "(continued, 2/3)"
    String md = notes(new Random(7), 2) + "### 긴 목록\n" + "* 한 줄 더 쓰는 항목이다\n".repeat(40);
    TalkPlans kept = new TalkPlans();
    // the same lines: only the language differs
    Deck korean = planner(kept).plan(parse("---\nlang: ko\n---\n" + md));
    Event english = parse("---\nlang: en\n---\n" + md);
    Deck warm = planner(kept).plan(english);
    assertThat(warm).isEqualTo(planner(null).plan(english)).isNotEqualTo(korean);
  }

  /** The index of the divider of the {@code n}th talk (1-based). */
  private static int firstSlideOfTalk(Deck deck, int n) {
    List<SlideSpec> slides = deck.slides();
    int seen = 0;
    for (int i = 0; i < slides.size(); i++) {
      if (slides.get(i) instanceof SlideSpec.TalkDividerSlide && ++seen == n) {
        return i;
      }
    }
    throw new AssertionError("no talk " + n);
  }
}
