package dev.notedeck.parse;

import com.vladsch.flexmark.util.ast.Document;
import dev.notedeck.Diagnostics;
import dev.notedeck.NotedeckException;
import dev.notedeck.model.Event;
import dev.notedeck.resource.NotesText;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Markdown notes -> {@link Event}. The only class outside this package that sees flexmark.
 *
 * <p>Stateless and thread-safe; the flexmark parser behind it is built once per JVM. Bad input
 * gives a {@link NotedeckException} naming the file, never any other exception.
 */
public final class NotesParser {

  /** Reads and parses a notes file; throws NotedeckException for unreadable input. */
  public Event parse(Path file) {
    return parseWithFindings(file).event();
  }

  /** As {@link #parse(Path)}, reporting each finding to {@code diagnostics} as "file:line: message". */
  public Event parse(Path file, Diagnostics diagnostics) {
    return report(parseWithFindings(file), diagnostics);
  }

  /** Parses notes held in memory; {@code source} (may be null) names them in the model and messages. */
  public Event parse(String markdown, Path source) {
    return parseWithFindings(markdown, source).event();
  }

  public Event parse(String markdown, Path source, Diagnostics diagnostics) {
    return report(parseWithFindings(markdown, source), diagnostics);
  }

  /** Reads and parses a file, keeping the findings (for {@code notedeck check}). */
  public ParseResult parseWithFindings(Path file) {
    // The same reader as the build (NotesText), so check and build see the same text.
    Diagnostics.Collecting warnings = new Diagnostics.Collecting();
    String text = NotesText.read(file, warnings);
    return parseText(text, file, findings(file, warnings));
  }

  public ParseResult parseWithFindings(String markdown, Path source) {
    Diagnostics.Collecting warnings = new Diagnostics.Collecting();
    String text = NotesText.clean(source, markdown, warnings);
    return parseText(text, source, findings(source, warnings));
  }

  private static final Pattern LINE_PREFIX = Pattern.compile("(\\d+): (.*)", Pattern.DOTALL);

  /** NotesText's "file:line: message" warnings as findings of {@code file}. */
  private static List<Finding> findings(Path file, Diagnostics.Collecting warnings) {
    List<Finding> findings = new ArrayList<>();
    for (String w : warnings.warnings()) {
      String prefix = file + ":";
      if (file == null || !w.startsWith(prefix)) {
        findings.add(new Finding(file, 0, w));
        continue;
      }
      String rest = w.substring(prefix.length());
      Matcher m = LINE_PREFIX.matcher(rest);
      findings.add(m.matches() ? new Finding(file, Integer.parseInt(m.group(1)), m.group(2))
          : new Finding(file, 0, rest.strip()));
    }
    return findings;
  }

  private static ParseResult parseText(String original, Path source, List<Finding> findings) {
    List<NestingLimiter.Change> changes = new ArrayList<>();
    String text = NestingLimiter.limit(original, changes);
    if (!changes.isEmpty()) {
      NestingLimiter.Change first = changes.get(0);
      findings.add(new Finding(source, first.line(), (changes.size() == 1 ? "this line is"
          : changes.size() + " lines from here are") + " nested absurdly deep (more than "
          + NestingLimiter.MAX_MARKERS + " list/quote markers or " + NestingLimiter.MAX_INDENT
          + " columns of indentation); the surplus markup was dropped, the text kept"));
    }
    try {
      Event event = Markdown.onLargeStack(() -> {
        Document document = Markdown.parse(text);
        return new EventAssembler(document, source, findings).assemble();
      });
      findings.sort(Comparator.comparingInt(Finding::line));
      return new ParseResult(event, findings);
    } catch (StackOverflowError e) {
      throw new NotedeckException(source, 0,
          "is nested too deeply to read (lists or quotes thousands of levels deep); flatten it");
    } catch (NotedeckException e) {
      throw e;
    } catch (RuntimeException e) {
      // a flexmark bug on odd input: still one clear line, with the cause kept for --verbose
      throw new NotedeckException(source, 0, "could not be read as Markdown (" + e + ")", e);
    } catch (OutOfMemoryError e) {
      throw new NotedeckException(source, 0, "is too large to read with the memory available", e);
    }
  }

  private static Event report(ParseResult result, Diagnostics diagnostics) {
    for (Finding f : result.findings()) {
      diagnostics.warn(f.toString());
    }
    return result.event();
  }
}
