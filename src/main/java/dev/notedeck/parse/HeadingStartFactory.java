package dev.notedeck.parse;

import com.vladsch.flexmark.ast.Heading;
import com.vladsch.flexmark.ast.ListItem;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.parser.block.AbstractBlockParserFactory;
import com.vladsch.flexmark.parser.block.BlockParser;
import com.vladsch.flexmark.parser.block.BlockParserFactory;
import com.vladsch.flexmark.parser.block.BlockStart;
import com.vladsch.flexmark.parser.block.MatchedBlockParser;
import com.vladsch.flexmark.parser.block.ParserState;
import com.vladsch.flexmark.parser.core.HeadingParser;
import com.vladsch.flexmark.util.ast.BlockContent;
import com.vladsch.flexmark.util.data.DataHolder;
import com.vladsch.flexmark.util.data.MutableDataHolder;
import com.vladsch.flexmark.util.sequence.BasedSequence;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Starts ATX ({@code ## x}) and setext ({@code x} over {@code ---}) headings exactly as flexmark's
 * own factory does, minus its cost: flexmark's factory joins the whole open paragraph on every
 * line just in case the line is a setext underline, which makes a long paragraph (a table of
 * 100,000 rows is one until it closes) quadratic — minutes instead of a second. This one looks
 * at the paragraph only when the line really is an underline. Installed in place of the core
 * heading parser ({@link Parser#HEADING_PARSER} off).
 */
final class HeadingStartFactory extends HeadingRankFactory {

  /** The extension that swaps this factory in. */
  static final Parser.ParserExtension EXTENSION = new Parser.ParserExtension() {
    @Override
    public void parserOptions(MutableDataHolder options) {
      options.set(Parser.HEADING_PARSER, false);
    }

    @Override
    public void extend(Parser.Builder builder) {
      builder.customBlockParserFactory(new HeadingStartFactory());
    }
  };

  // CommonMark with flexmark's default heading options
  private static final Pattern ATX_START = Pattern.compile("^#{1,6}(?:[ \\t]+|$)");
  private static final Pattern ATX_CLOSING = Pattern.compile("(^| |\\t)[ \\t]*#+[ \\t]*$");
  private static final Pattern SETEXT_UNDERLINE = Pattern.compile("^(?:=+|-+)[ \\t]*$");

  @Override
  public BlockParserFactory apply(DataHolder options) {
    boolean canInterruptItemParagraph = Parser.HEADING_CAN_INTERRUPT_ITEM_PARAGRAPH.get(options);
    return new AbstractBlockParserFactory(options) {
      @Override
      public BlockStart tryStart(ParserState state, MatchedBlockParser matched) {
        return start(state, matched, canInterruptItemParagraph);
      }
    };
  }

  private static BlockStart start(ParserState state, MatchedBlockParser matched, boolean canInterruptItemParagraph) {
    BasedSequence rest = startableLine(state);
    if (rest == null || rest.isEmpty()) {
      return BlockStart.none();
    }
    BlockParser matchedParser = matched.getBlockParser();
    if (!canInterruptItemParagraph && matchedParser.isParagraphParser()
        && matchedParser.getBlock().getParent() instanceof ListItem
        && matchedParser.getBlock() == matchedParser.getBlock().getParent().getFirstChild()) {
      return BlockStart.none();
    }
    BasedSequence line = state.getLine();
    char first = rest.charAt(0);
    if (first == '#') {
      Matcher atx = ATX_START.matcher(rest);
      if (!atx.find()) {
        return BlockStart.none();
      }
      BasedSequence opening = rest.subSequence(atx.start(), atx.end()).trim();
      BasedSequence text = rest.subSequence(atx.end());
      BasedSequence closing = null;
      Matcher trailing = ATX_CLOSING.matcher(text);
      if (trailing.find()) {
        closing = text.subSequence(trailing.start(), trailing.end()).trim();
        text = text.subSequence(0, trailing.start());
      }
      HeadingParser parser = new HeadingParser(opening.length());
      Heading heading = (Heading) parser.getBlock();
      heading.setOpeningMarker(opening);
      heading.setText(text.trim());
      heading.setClosingMarker(closing);
      heading.setCharsFromContent();
      return BlockStart.of(parser).atIndex(line.length());
    }
    if ((first == '=' || first == '-') && matchedParser.isParagraphParser()
        && SETEXT_UNDERLINE.matcher(rest).find()) {
      BlockContent content = new BlockContent();
      content.addAll(matched.getParagraphLines(), matched.getParagraphEolLengths());
      HeadingParser parser = new HeadingParser(first == '=' ? 1 : 2);
      Heading heading = (Heading) parser.getBlock();
      heading.setText(content.getContents().trim());
      heading.setClosingMarker(line.trim());
      heading.setCharsFromContent();
      return BlockStart.of(parser).atIndex(line.length()).replaceActiveBlockParser();
    }
    return BlockStart.none();
  }

}
