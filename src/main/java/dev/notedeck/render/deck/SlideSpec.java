package dev.notedeck.render.deck;

import dev.notedeck.resource.LoadedImage;
import java.util.List;

/**
 * One planned slide. Every slide has a title frame and speaker notes, and states its layout, its
 * text frames and its place in a run of continued slides itself; writers dispatch on the kind
 * through {@link Visitor}, so a new kind does not compile until every writer handles it.
 */
public sealed interface SlideSpec {

  TextFrame title();

  /** Speaker notes: the full original text of what the slide shows. */
  String notes();

  /** The template layout the slide is written on. */
  default SlideLayout layout() {
    return accept(SlideKinds.LAYOUT);
  }

  /** Every text frame of the slide (title first), not counting table cells. */
  default List<TextFrame> frames() {
    return accept(SlideKinds.FRAMES);
  }

  /** Which of the slides showing one heading this is; a slide that never continues is 1 of 1. */
  default Page page() {
    return Page.only(title().plainText());
  }

  <R, X extends Exception> R accept(Visitor<R, X> visitor) throws X;

  /** One method per kind of slide. */
  interface Visitor<R, X extends Exception> {
    R title(TitleSlide s) throws X;

    R agenda(AgendaSlide s) throws X;

    R divider(TalkDividerSlide s) throws X;

    R bullets(BulletSlide s) throws X;

    R cards(CardsSlide s) throws X;

    R columns(ColumnsSlide s) throws X;

    R code(CodeSlide s) throws X;

    R quote(QuoteSlide s) throws X;

    R table(TableSlide s) throws X;

    R image(ImageSlide s) throws X;

    R takeaways(TakeawaysSlide s) throws X;

    R closing(ClosingSlide s) throws X;
  }

  /**
   * Slide {@code number} of the {@code of} slides that show {@code heading} (the title without
   * its page suffix); the title shows {@code (number/of)} when {@code of > 1}.
   */
  record Page(String heading, int number, int of) {
    public static Page only(String heading) {
      return new Page(heading, 1, 1);
    }

    public boolean continued() {
      return of > 1;
    }
  }

  /** Event title and date/place. */
  record TitleSlide(TextFrame title, TextFrame subtitle, String notes, Page page) implements SlideSpec {
    @Override
    public <R, X extends Exception> R accept(Visitor<R, X> v) throws X { return v.title(this); }
  }

  /** Talks and their speakers. */
  record AgendaSlide(TextFrame title, TextFrame body, String notes, Page page) implements SlideSpec {
    @Override
    public <R, X extends Exception> R accept(Visitor<R, X> v) throws X { return v.agenda(this); }
  }

  /** Opens a talk: number, title, subtitle, speakers and affiliations. */
  record TalkDividerSlide(TextFrame number, TextFrame title, TextFrame body, String notes)
      implements SlideSpec {
    @Override
    public <R, X extends Exception> R accept(Visitor<R, X> v) throws X { return v.divider(this); }
  }

  /** Nested bullets and paragraphs. */
  record BulletSlide(TextFrame title, TextFrame body, String notes, Page page) implements SlideSpec {
    @Override
    public <R, X extends Exception> R accept(Visitor<R, X> v) throws X { return v.bullets(this); }
  }

  /**
   * Several short sections side by side or stacked, each a titled card: {@code cards} are the
   * cards' frames (heading paragraph first), drawn as outlined boxes.
   */
  record CardsSlide(TextFrame title, List<TextFrame> cards, String notes) implements SlideSpec {
    public CardsSlide {
      cards = List.copyOf(cards);
    }

    @Override
    public <R, X extends Exception> R accept(Visitor<R, X> v) throws X { return v.cards(this); }
  }

  /**
   * Code lines in the code typeface on a shaded panel; {@code language} may be "", {@code label}
   * shows it above the panel; {@code lead} is the short text that introduces the code, above it
   * (no paragraphs when there is none).
   */
  record CodeSlide(TextFrame title, TextFrame lead, String language, TextFrame label, TextFrame code, String notes,
      Page page) implements SlideSpec {
    @Override
    public <R, X extends Exception> R accept(Visitor<R, X> v) throws X { return v.code(this); }
  }

  /** Two or three columns side by side ({@code :::: columns}), on the template's Two Content layout. */
  record ColumnsSlide(TextFrame title, List<TextFrame> columns, String notes) implements SlideSpec {
    public ColumnsSlide {
      columns = List.copyOf(columns);
    }

    @Override
    public <R, X extends Exception> R accept(Visitor<R, X> v) throws X { return v.columns(this); }
  }

  /** A quote on its own slide. */
  record QuoteSlide(TextFrame title, TextFrame quote, String notes, Page page) implements SlideSpec {
    @Override
    public <R, X extends Exception> R accept(Visitor<R, X> v) throws X { return v.quote(this); }
  }

  /** A native table; rows that did not fit continue on the next slide under the same header. */
  record TableSlide(TextFrame title, TableSpec table, String notes, Page page) implements SlideSpec {
    @Override
    public <R, X extends Exception> R accept(Visitor<R, X> v) throws X { return v.table(this); }
  }

  /**
   * A picture scaled into {@code box} keeping its ratio; {@code image} is null when the file is
   * missing, and the caption then says so. {@code caption} may have no paragraphs; {@code text}
   * is short text set beside the picture (no paragraphs when the picture stands alone).
   */
  record ImageSlide(TextFrame title, LoadedImage image, Box box, TextFrame caption, TextFrame text,
      String notes) implements SlideSpec {
    @Override
    public <R, X extends Exception> R accept(Visitor<R, X> v) throws X { return v.image(this); }
  }

  /** A talk's conclusions. */
  record TakeawaysSlide(TextFrame title, TextFrame body, String notes, Page page) implements SlideSpec {
    @Override
    public <R, X extends Exception> R accept(Visitor<R, X> v) throws X { return v.takeaways(this); }
  }

  /** Thanks and the event again. */
  record ClosingSlide(TextFrame title, TextFrame subtitle, String notes) implements SlideSpec {
    @Override
    public <R, X extends Exception> R accept(Visitor<R, X> v) throws X { return v.closing(this); }
  }

  /**
   * A table laid out in {@code box}: column widths and row heights in points; the first row is
   * the header when {@code header} is true.
   */
  record TableSpec(Box box, List<Double> columnWidths, List<Double> rowHeights,
      List<List<Para>> rows, boolean header, List<dev.notedeck.model.Block.Align> aligns) {

    /** Cell padding the writer sets on table cells and the planner measures with, in points. */
    public static final double CELL_PAD_X = 6;
    public static final double CELL_PAD_Y = 3;

    public TableSpec {
      columnWidths = List.copyOf(columnWidths);
      rowHeights = List.copyOf(rowHeights);
      rows = rows.stream().map(List::copyOf).toList();
      aligns = List.copyOf(aligns);
    }
  }
}
