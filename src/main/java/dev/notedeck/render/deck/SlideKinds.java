package dev.notedeck.render.deck;

import dev.notedeck.render.deck.SlideSpec.AgendaSlide;
import dev.notedeck.render.deck.SlideSpec.BulletSlide;
import dev.notedeck.render.deck.SlideSpec.CardsSlide;
import dev.notedeck.render.deck.SlideSpec.ClosingSlide;
import dev.notedeck.render.deck.SlideSpec.CodeSlide;
import dev.notedeck.render.deck.SlideSpec.ColumnsSlide;
import dev.notedeck.render.deck.SlideSpec.ImageSlide;
import dev.notedeck.render.deck.SlideSpec.QuoteSlide;
import dev.notedeck.render.deck.SlideSpec.TableSlide;
import dev.notedeck.render.deck.SlideSpec.TakeawaysSlide;
import dev.notedeck.render.deck.SlideSpec.TalkDividerSlide;
import dev.notedeck.render.deck.SlideSpec.TitleSlide;
import dev.notedeck.render.deck.SlideSpec.Visitor;
import java.util.ArrayList;
import java.util.List;

/**
 * What each kind of slide is written on and which text frames it has, in one table each (a
 * visitor, so a new kind of slide does not compile until it has both).
 */
final class SlideKinds {

  private SlideKinds() {}

  static final Visitor<SlideLayout, RuntimeException> LAYOUT = new Visitor<>() {
    public SlideLayout title(TitleSlide s) { return SlideLayout.COVER; }
    public SlideLayout agenda(AgendaSlide s) { return SlideLayout.TITLE_AND_CONTENT; }
    public SlideLayout divider(TalkDividerSlide s) { return SlideLayout.SECTION_HEADER; }
    public SlideLayout bullets(BulletSlide s) { return SlideLayout.TITLE_AND_CONTENT; }
    public SlideLayout cards(CardsSlide s) { return SlideLayout.TITLE_ONLY; }
    public SlideLayout columns(ColumnsSlide s) {
      return s.columns().size() >= 3 ? SlideLayout.COMPARISON : SlideLayout.TWO_CONTENT;
    }
    public SlideLayout code(CodeSlide s) { return SlideLayout.TITLE_ONLY; }
    public SlideLayout quote(QuoteSlide s) { return SlideLayout.TITLE_AND_CONTENT; }
    public SlideLayout table(TableSlide s) { return SlideLayout.TITLE_ONLY; }
    public SlideLayout image(ImageSlide s) { return SlideLayout.TITLE_ONLY; }
    public SlideLayout takeaways(TakeawaysSlide s) { return SlideLayout.TITLE_AND_CONTENT; }
    public SlideLayout closing(ClosingSlide s) { return SlideLayout.COVER; }
  };

  static final Visitor<List<TextFrame>, RuntimeException> FRAMES = new Visitor<>() {
    public List<TextFrame> title(TitleSlide s) { return List.of(s.title(), s.subtitle()); }
    public List<TextFrame> agenda(AgendaSlide s) { return List.of(s.title(), s.body()); }
    public List<TextFrame> divider(TalkDividerSlide s) { return List.of(s.title(), s.number(), s.body()); }
    public List<TextFrame> bullets(BulletSlide s) { return List.of(s.title(), s.body()); }
    public List<TextFrame> cards(CardsSlide s) { return titleAnd(s.title(), s.cards()); }
    public List<TextFrame> columns(ColumnsSlide s) { return titleAnd(s.title(), s.columns()); }
    public List<TextFrame> code(CodeSlide s) { return List.of(s.title(), s.lead(), s.label(), s.code()); }
    public List<TextFrame> quote(QuoteSlide s) { return List.of(s.title(), s.quote()); }
    public List<TextFrame> table(TableSlide s) { return List.of(s.title()); }
    public List<TextFrame> image(ImageSlide s) { return List.of(s.title(), s.caption(), s.text()); }
    public List<TextFrame> takeaways(TakeawaysSlide s) { return List.of(s.title(), s.body()); }
    public List<TextFrame> closing(ClosingSlide s) { return List.of(s.title(), s.subtitle()); }
  };

  private static List<TextFrame> titleAnd(TextFrame title, List<TextFrame> more) {
    List<TextFrame> all = new ArrayList<>();
    all.add(title);
    all.addAll(more);
    return all;
  }
}
