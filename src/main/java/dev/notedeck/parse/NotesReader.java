package dev.notedeck.parse;

import com.vladsch.flexmark.util.ast.Document;
import dev.notedeck.NotedeckException;
import dev.notedeck.diagnostics.Diagnostics;
import dev.notedeck.diagnostics.Finding;
import dev.notedeck.limits.LinkLines;
import dev.notedeck.limits.ModelLimits;
import dev.notedeck.limits.TextLimits;
import dev.notedeck.model.Event;
import dev.notedeck.resource.NotesDecoder;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The one way notes are read, by {@code build}, {@code check}, {@code watch}, the gallery and the
 * tests alike, so that {@code check} lints exactly the model {@code build} renders:
 * decode and clean ({@link NotesDecoder}) → text limits ({@link TextLimits}) → nesting limits →
 * Markdown parse → model limits ({@link ModelLimits}).
 *
 * <p>Stateless and thread-safe; the flexmark parser behind it is built once per JVM. Bad input
 * gives a {@link NotedeckException} naming the file, never any other exception.
 */
public final class NotesReader {

  /** Reads a notes file; throws NotedeckException for unreadable input. */
  public ParseResult read(Path file) {
    Diagnostics.Collecting findings = new Diagnostics.Collecting();
    String text = NotesDecoder.read(file, findings);
    return limitAndParse(text, file, findings);
  }

  /** Reads notes held in memory; {@code source} (may be null) names them in the model and findings. */
  public ParseResult read(String markdown, Path source) {
    Diagnostics.Collecting findings = new Diagnostics.Collecting();
    String text = NotesDecoder.clean(source, markdown, findings);
    return limitAndParse(text, source, findings);
  }

  /**
   * Only the Markdown stage, on text already cleaned and without the text and model limits: for
   * tests of the parser itself.
   */
  static ParseResult parseOnly(String text, Path source) {
    List<Finding> findings = new ArrayList<>();
    LinkLines links = new LinkLines();
    Event event = parse(text, source, findings, links);
    findings.sort(Comparator.comparingInt(Finding::line));
    return new ParseResult(event, findings, links);
  }

  private static ParseResult limitAndParse(String clean, Path source, Diagnostics.Collecting collected) {
    String text = TextLimits.apply(source, FrontMatter.tomlAsYaml(clean), collected);
    List<Finding> findings = new ArrayList<>(collected.findings());
    TextChecks.check(text, source, findings);
    LinkLines links = new LinkLines();
    Event parsed = parse(text, source, findings, links);
    Diagnostics.Collecting limited = new Diagnostics.Collecting();
    Event event = ModelLimits.apply(parsed, source, limited, links);
    findings.addAll(limited.findings());
    // stable: findings of one line keep the order they were made in
    findings.sort(Comparator.comparingInt(Finding::line));
    return new ParseResult(event, findings, links);
  }

  private static Event parse(String original, Path source, List<Finding> findings, LinkLines links) {
    List<NestingLimiter.Change> changes = new ArrayList<>();
    String text = NestingLimiter.limit(original, changes);
    if (!changes.isEmpty()) {
      NestingLimiter.Change first = changes.get(0);
      findings.add(Finding.warning(source, first.line(), "notes.nesting", (changes.size() == 1
          ? "this line is" : changes.size() + " lines from here are") + " nested absurdly deep (more than "
          + NestingLimiter.MAX_MARKERS + " list/quote markers, " + NestingLimiter.MAX_INDENT
          + " columns of indentation or " + NestingLimiter.MAX_DIVS + " fenced divs); the surplus "
          + "markup was dropped, the text kept"));
    }
    try {
      return Markdown.onLargeStack(() -> {
        Document document = Markdown.parse(text);
        return new EventAssembler(document, source, findings, links).assemble();
      });
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
}
