package dev.notedeck.model;

import java.util.List;

/** Content inside a section. Renderers switch over these exhaustively. */
public sealed interface Block {

  /** A paragraph; single line breaks in the source are kept as {@code \n} in its text. */
  record Paragraph(RichText text) implements Block {}

  /** A heading that is not a section boundary (e.g. inside a quote or a list). */
  record Heading(int level, RichText text) implements Block {}

  /** A bullet or numbered list; items may nest further lists in their children. */
  record ListBlock(boolean ordered, int start, List<ListItem> items) implements Block {
    public ListBlock {
      items = List.copyOf(items);
    }
  }

  /** A fenced or indented code block; language is "" when not given. */
  record Code(String language, String code) implements Block {}

  /** A block quote. */
  record Quote(List<Block> blocks) implements Block {
    public Quote {
      blocks = List.copyOf(blocks);
    }
  }

  /** A table; {@code header} may be empty. Every row has as many cells as there are columns. */
  record Table(List<RichText> header, List<List<RichText>> rows, List<Align> aligns) implements Block {
    public Table {
      header = List.copyOf(header);
      rows = rows.stream().map(List::copyOf).toList();
      aligns = List.copyOf(aligns);
    }

    public int columns() {
      return aligns.size();
    }
  }

  /** An image standing alone in its paragraph. {@code src} is as written in the notes. */
  record Image(String src, String alt, String title, int line) implements Block {}

  /** A thematic break ({@code ---}): a new slide in the deck, a thin rule in the handout. */
  record Rule() implements Block {}

  /**
   * Speaker notes ({@code ::: notes}): belong to the slide they follow, never on a slide; the
   * handout shows them as a marked aside unless the theme hides them.
   */
  record Notes(List<Block> blocks, int line) implements Block {
    public Notes {
      blocks = List.copyOf(blocks);
    }
  }

  /** Side-by-side columns ({@code :::: columns} holding {@code ::: column} divs). */
  record Columns(List<List<Block>> columns, int line) implements Block {
    public Columns {
      columns = columns.stream().map(List::copyOf).toList();
    }
  }

  /** Content for one output only ({@code ::: deck-only}, {@code ::: handout-only}). */
  record Only(Audience audience, List<Block> blocks) implements Block {
    public Only {
      blocks = List.copyOf(blocks);
    }
  }

  /**
   * A callout: {@code ::: tip}, {@code ::: warning 제목} (VuePress, Docusaurus), {@code ::: {.callout-note}}
   * (Quarto) or {@code > [!NOTE]} (GitHub). Both outputs show it boxed and labelled.
   *
   * @param kind one of {@link #CALLOUT_KINDS}
   * @param title as the author wrote it; "" when none (the outputs then show the kind's word)
   */
  record Callout(String kind, String title, List<Block> blocks, int line) implements Block {
    public Callout {
      blocks = List.copyOf(blocks);
    }
  }

  /** The kinds of callout, as VuePress, Docusaurus, Quarto and GitHub name them between them. */
  List<String> CALLOUT_KINDS = List.of("note", "tip", "info", "important", "warning", "caution",
      "danger", "details");

  /** A fenced div of classes notedeck does not know: its content, shown as if undivided. */
  record Container(Attributes attributes, List<Block> blocks) implements Block {
    public Container {
      blocks = List.copyOf(blocks);
    }
  }

  enum Align { DEFAULT, LEFT, CENTER, RIGHT }
}
