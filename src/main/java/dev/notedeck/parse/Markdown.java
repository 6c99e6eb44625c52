package dev.notedeck.parse;

import com.vladsch.flexmark.ext.autolink.AutolinkExtension;
import com.vladsch.flexmark.ext.gfm.strikethrough.StrikethroughExtension;
import com.vladsch.flexmark.ext.tables.TablesExtension;
import com.vladsch.flexmark.ext.yaml.front.matter.YamlFrontMatterExtension;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.data.MutableDataSet;
import java.util.List;

/**
 * The one flexmark parser: CommonMark plus GFM tables, strikethrough, autolinks, YAML front
 * matter and pandoc's fenced divs. Built once (building it costs start-up time); a flexmark Parser is immutable and safe
 * to share between threads.
 */
final class Markdown {

  private static final Parser PARSER = build();

  private Markdown() {}

  /**
   * flexmark recurses once per nesting level (its node visitors, and java.util.regex on long
   * runs such as {@code - - - - x}), so notes nested thousands deep overflow an ordinary thread's
   * stack. Parsing runs on a thread with a large stack instead; the memory is only reserved,
   * and used only by documents that need it.
   */
  static final long PARSE_STACK_BYTES = 1L << 30;

  static Document parse(String text) {
    return PARSER.parse(text);
  }

  /** Runs {@code work} on a thread with {@link #PARSE_STACK_BYTES} of stack and returns its result. */
  static <T> T onLargeStack(java.util.function.Supplier<T> work) {
    Object[] result = new Object[1];
    Throwable[] failure = new Throwable[1];
    Thread thread = new Thread(null, () -> {
      try {
        result[0] = work.get();
      } catch (Throwable t) {
        failure[0] = t;
      }
    }, "notedeck-parse", PARSE_STACK_BYTES);
    thread.setDaemon(true);
    thread.start();
    boolean interrupted = false;
    while (true) {
      try {
        thread.join();
        break;
      } catch (InterruptedException e) {
        interrupted = true; // finish the parse, then restore the flag for the caller
      }
    }
    if (interrupted) {
      Thread.currentThread().interrupt();
    }
    if (failure[0] instanceof RuntimeException re) {
      throw re;
    }
    if (failure[0] instanceof Error err) {
      throw err;
    }
    if (failure[0] != null) {
      throw new IllegalStateException(failure[0]);
    }
    @SuppressWarnings("unchecked")
    T t = (T) result[0];
    return t;
  }

  private static Parser build() {
    MutableDataSet options = new MutableDataSet();
    options.set(Parser.EXTENSIONS, List.of(
        TablesExtension.create(),
        StrikethroughExtension.create(),
        AutolinkExtension.create(),
        YamlFrontMatterExtension.create(),
        HeadingStartFactory.EXTENSION,
        FencedDivs.EXTENSION));
    // GitHub's table rules: one header row, header and separator must agree, ragged rows padded.
    options.set(TablesExtension.COLUMN_SPANS, false);
    options.set(TablesExtension.MIN_HEADER_ROWS, 1);
    options.set(TablesExtension.MAX_HEADER_ROWS, 1);
    options.set(TablesExtension.APPEND_MISSING_COLUMNS, true);
    options.set(TablesExtension.DISCARD_EXTRA_COLUMNS, true);
    options.set(TablesExtension.HEADER_SEPARATOR_COLUMN_MATCH, true);
    options.set(TablesExtension.WITH_CAPTION, false);
    // GitHub accepts a delimiter row of one or two dashes per column ("-- | --"), so notes do
    options.set(TablesExtension.MIN_SEPARATOR_DASHES, 1);
    // Line numbers (for messages and the model) by binary search over recorded line starts;
    // without this flexmark counts line ends from the top for every node: quadratic in the
    // file's size (a 2 MB notes file spent minutes here).
    options.set(Parser.TRACK_DOCUMENT_LINES, true);
    return Parser.builder(options).build();
  }
}
