package dev.notedeck.parse;

import com.vladsch.flexmark.parser.block.CustomBlockParserFactory;
import com.vladsch.flexmark.parser.block.ParserState;
import com.vladsch.flexmark.parser.core.BlockQuoteParser;
import com.vladsch.flexmark.parser.core.FencedCodeBlockParser;
import com.vladsch.flexmark.parser.core.HtmlBlockParser;
import com.vladsch.flexmark.parser.core.IndentedCodeBlockParser;
import com.vladsch.flexmark.parser.core.ListBlockParser;
import com.vladsch.flexmark.parser.core.ThematicBreakParser;
import com.vladsch.flexmark.util.sequence.BasedSequence;
import java.util.Set;

/**
 * A block start tried where flexmark tries its headings: after block quotes, before fenced code,
 * HTML blocks, thematic breaks, lists and indented code. Headings need that rank so {@code ---}
 * under a paragraph is an underline, not a rule; fenced divs so {@code :::} is never a list or
 * code.
 */
abstract class HeadingRankFactory implements CustomBlockParserFactory {

  /**
   * The line from its first non-blank character, or null where no such block may start: in
   * indented code (four spaces) or inside a fenced code block.
   */
  static BasedSequence startableLine(ParserState state) {
    if (state.getIndent() >= 4 || state.getActiveBlockParser() instanceof FencedCodeBlockParser) {
      return null;
    }
    BasedSequence line = state.getLine();
    return line.subSequence(state.getNextNonSpaceIndex(), line.length());
  }

  @Override
  public final Set<Class<?>> getAfterDependents() {
    return Set.of(BlockQuoteParser.Factory.class);
  }

  @Override
  public final Set<Class<?>> getBeforeDependents() {
    return Set.of(FencedCodeBlockParser.Factory.class, HtmlBlockParser.Factory.class,
        ThematicBreakParser.Factory.class, ListBlockParser.Factory.class,
        IndentedCodeBlockParser.Factory.class);
  }

  @Override
  public final boolean affectsGlobalScope() {
    return false;
  }
}
