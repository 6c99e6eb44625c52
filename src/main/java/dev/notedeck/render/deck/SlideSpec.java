package dev.notedeck.render.deck;

import java.util.List;

/** One planned slide. Every slide has a title frame and speaker notes. */
public sealed interface SlideSpec {

  TextFrame title();

  /** Speaker notes: the full original text of what the slide shows. */
  String notes();

  /** Event title and date/place. */
  record TitleSlide(TextFrame title, TextFrame subtitle, String notes) implements SlideSpec {}

  /** Talks and their speakers. */
  record AgendaSlide(TextFrame title, TextFrame body, String notes) implements SlideSpec {}

  /** Opens a talk: number, title, subtitle, speakers and affiliations. */
  record TalkDividerSlide(TextFrame number, TextFrame title, TextFrame body, String notes)
      implements SlideSpec {}

  /** Nested bullets and paragraphs. */
  record BulletSlide(TextFrame title, TextFrame body, String notes) implements SlideSpec {}

  /**
   * Code lines in the code typeface on a shaded panel; {@code language} may be "", {@code label}
   * shows it above the panel.
   */
  record CodeSlide(TextFrame title, String language, TextFrame label, TextFrame code, String notes)
      implements SlideSpec {}

  /** Two or three columns side by side ({@code :::: columns}), on the template's Two Content layout. */
  record ColumnsSlide(TextFrame title, List<TextFrame> columns, String notes) implements SlideSpec {
    public ColumnsSlide {
      columns = List.copyOf(columns);
    }
  }

  /** A quote on its own slide. */
  record QuoteSlide(TextFrame title, TextFrame quote, String notes) implements SlideSpec {}

  /** A native table; rows that did not fit continue on the next slide under the same header. */
  record TableSlide(TextFrame title, TableSpec table, String notes) implements SlideSpec {}

  /**
   * A picture scaled into {@code box} keeping its ratio; {@code image} is null when the file is
   * missing, and the caption then says so. {@code caption} may have no paragraphs.
   */
  record ImageSlide(TextFrame title, dev.notedeck.resource.LoadedImage image, Box box, TextFrame caption, String notes)
      implements SlideSpec {}

  /** A talk's conclusions. */
  record TakeawaysSlide(TextFrame title, TextFrame body, String notes) implements SlideSpec {}

  /** Thanks and the event again. */
  record ClosingSlide(TextFrame title, TextFrame subtitle, String notes) implements SlideSpec {}

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
