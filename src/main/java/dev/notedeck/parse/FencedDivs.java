package dev.notedeck.parse;

import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.parser.block.AbstractBlockParser;
import com.vladsch.flexmark.parser.block.AbstractBlockParserFactory;
import com.vladsch.flexmark.parser.block.BlockContinue;
import com.vladsch.flexmark.parser.block.BlockParser;
import com.vladsch.flexmark.parser.block.BlockParserFactory;
import com.vladsch.flexmark.parser.block.BlockStart;
import com.vladsch.flexmark.parser.block.MatchedBlockParser;
import com.vladsch.flexmark.parser.block.ParserState;
import com.vladsch.flexmark.parser.core.FencedCodeBlockParser;
import com.vladsch.flexmark.util.ast.Block;
import com.vladsch.flexmark.util.data.DataHolder;
import com.vladsch.flexmark.util.data.MutableDataHolder;
import com.vladsch.flexmark.util.sequence.BasedSequence;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Pandoc's fenced divs: a line {@code ::: notes} or {@code ::: {.deck-only}} opens a container
 * whose lines are Markdown of their own, a line of three or more colons closes the innermost one
 * (never inside a fenced code block). A div left open runs to the end of the notes.
 */
final class FencedDivs extends HeadingRankFactory {

  static final Parser.ParserExtension EXTENSION = new Parser.ParserExtension() {
    @Override
    public void parserOptions(MutableDataHolder options) {}

    @Override
    public void extend(Parser.Builder builder) {
      builder.customBlockParserFactory(new FencedDivs());
    }
  };

  /**
   * {@code ::: name}, {@code ::: {attributes}}, optionally followed by more colons; a name may
   * carry a title as VuePress and Docusaurus write it: {@code ::: tip 제목}, {@code :::tip[제목]}.
   */
  private static final Pattern OPEN = Pattern.compile("^:{3,}[ \\t]*(?:(\\{[^{}\\n]*\\})"
      + "|([^\\s{}:\\[]+)(?:\\[([^\\]\\n]*)\\]|[ \\t]+([^\\s:{][^\\n]*?))?)[ \\t]*(?::+[ \\t]*)?$");
  private static final Pattern CLOSE = Pattern.compile("^:{3,}[ \\t]*$");

  /**
   * The div in the flexmark tree; {@code info} is what followed the colons ("notes", "{.x}"),
   * {@code title} the title after a name ("" when none).
   */
  static final class FencedDiv extends Block {
    private BasedSequence opening = BasedSequence.NULL;
    private BasedSequence closing = BasedSequence.NULL;
    private String info = "";
    private String title = "";
    private boolean closed;

    /** A notes div made from raw HTML ({@link RawNotesDivs}). */
    static FencedDiv notes() {
      FencedDiv div = new FencedDiv();
      div.info = "notes";
      return div;
    }

    void markClosed(boolean closed) {
      this.closed = closed;
    }

    String info() {
      return info;
    }

    String title() {
      return title;
    }

    boolean isClosed() {
      return closed;
    }

    @Override
    public BasedSequence[] getSegments() {
      return new BasedSequence[] {opening, closing};
    }
  }

  @Override
  public BlockParserFactory apply(DataHolder options) {
    return new AbstractBlockParserFactory(options) {
      @Override
      public BlockStart tryStart(ParserState state, MatchedBlockParser matched) {
        BasedSequence rest = startableLine(state);
        if (rest == null || rest.length() < 4 || rest.charAt(0) != ':') {
          return BlockStart.none();
        }
        Matcher m = OPEN.matcher(rest);
        if (!m.find()) {
          return BlockStart.none();
        }
        String info = m.group(1) != null ? m.group(1) : m.group(2);
        String title = m.group(3) != null ? m.group(3) : m.group(4) != null ? m.group(4) : "";
        DivParser parser = new DivParser(rest.trim(), info, title.strip());
        return BlockStart.of(parser).atIndex(state.getLine().length());
      }
    };
  }

  private static final class DivParser extends AbstractBlockParser {
    private final FencedDiv div = new FencedDiv();

    DivParser(BasedSequence opening, String info, String title) {
      div.opening = opening;
      div.info = info;
      div.title = title;
    }

    @Override
    public Block getBlock() {
      return div;
    }

    @Override
    public boolean isContainer() {
      return true;
    }

    @Override
    public boolean canContain(ParserState state, BlockParser blockParser, Block block) {
      return true;
    }

    @Override
    public BlockContinue tryContinue(ParserState state) {
      if (div.closed) {
        return BlockContinue.none(); // the closing fence was the last line
      }
      BasedSequence line = state.getLine();
      if (state.getIndent() < 4) {
        BasedSequence rest = line.subSequence(state.getNextNonSpaceIndex(), line.length());
        if (rest.length() >= 3 && rest.charAt(0) == ':' && CLOSE.matcher(rest).find()
            && !innerFenceOpen(state)) {
          div.closed = true;
          div.closing = rest.trim();
          // The fence line is used up: what is open inside (a paragraph) sees a blank line.
          return BlockContinue.atIndex(line.length());
        }
      }
      return BlockContinue.atIndex(state.getIndex());
    }

    /** A fence line closes the innermost open div, and none while a code block is open inside. */
    private boolean innerFenceOpen(ParserState state) {
      List<BlockParser> active = state.getActiveBlockParsers();
      for (int i = active.indexOf(this) + 1; i < active.size(); i++) {
        BlockParser p = active.get(i);
        if ((p instanceof DivParser d && !d.div.closed) || p instanceof FencedCodeBlockParser) {
          return true;
        }
      }
      return false;
    }

    @Override
    public void closeBlock(ParserState state) {
      div.setCharsFromContent();
    }
  }

}
