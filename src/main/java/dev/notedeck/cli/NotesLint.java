package dev.notedeck.cli;

import dev.notedeck.diagnostics.Finding;
import dev.notedeck.limits.LinkLines;
import dev.notedeck.pipeline.NotesWalk;
import dev.notedeck.model.Block;
import dev.notedeck.model.Event;
import dev.notedeck.model.Part;
import dev.notedeck.model.Section;
import dev.notedeck.model.Span;
import dev.notedeck.model.Talk;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Consumer;

/**
 * What will look wrong in the outputs of one notes file, found without rendering: each finding
 * names the line to fix.
 */
final class NotesLint {

  private final Path file;
  private final LinkLines links;
  private final List<Finding> findings = new ArrayList<>();

  NotesLint(Path file, LinkLines links) {
    this.file = file;
    this.links = links;
  }

  List<Finding> check(Event event) {
    emptySections(event);
    missingImages(event);
    internalLinks(event);
    findings.sort(Comparator.comparingInt(Finding::line));
    return new ArrayList<>(findings);
  }

  private void add(int line, String code, String message) {
    findings.add(Finding.warning(file, line, code, message));
  }

  private void emptySections(Event event) {
    for (Part part : event.parts()) {
      if (part instanceof Talk talk) {
        if (talk.intro().isEmpty() && talk.sections().stream().allMatch(Section::isEmpty)) {
          add(talk.line(), "talk.empty", "talk '" + talk.title() + "' has no notes; it gets only its divider "
              + "slide and its line in the agenda and contents (add notes under the heading or remove it)");
        } else {
          talk.sections().forEach(s -> emptySection(s));
        }
      } else if (part instanceof Section section) {
        emptySection(section);
      }
    }
  }

  private void emptySection(Section section) {
    if (section.isEmpty()) {
      add(section.line(), "section.empty", "section '" + section.title() + "' has no content; add notes under "
          + "it or remove the heading");
      return;
    }
    section.subsections().forEach(this::emptySection);
  }

  private void missingImages(Event event) {
    Path base = file.toAbsolutePath().getParent();
    for (Block.Image image : NotesWalk.images(event)) {
      NotesWalk.localFile(image.src(), base).filter(p -> isMissingBeside(p, base)).ifPresent(p ->
          add(image.line(), "image.missing", "image '" + image.src() + "' not found (looked for " + shown(p)
              + "); paths are relative to the notes' folder"));
    }
  }

  /**
   * A file under the notes' folder that is not there. Outside that folder the build does not look
   * (ImageLint reports it with the build's words).
   */
  static boolean isMissingBeside(Path file, Path base) {
    return file.normalize().startsWith(base.normalize()) && !Files.isRegularFile(file);
  }

  private void internalLinks(Event event) {
    Set<String> anchors = anchors(event);
    Set<String> reported = new HashSet<>();
    NotesWalk.texts(event, text -> {
      for (Span span : text.item().spans()) {
        String href = span.href();
        if (href == null || !href.startsWith("#") || href.length() < 2) {
          continue;
        }
        String anchor = URLDecoder.decode(href.substring(1).replace("+", "%2B"), StandardCharsets.UTF_8);
        if (!anchors.contains(anchor) && !anchors.contains(slug(anchor)) && reported.add(href)) {
          add(links.lineOf(href, text.line()), "link.no-anchor", "link to '" + href + "' leads nowhere: no heading "
              + "has that anchor (anchors are heading text in lower case, spaces as '-')");
        }
      }
    });
  }

  /** Every heading's GitHub-style anchor, and its text as written. */
  private static Set<String> anchors(Event event) {
    Set<String> anchors = new HashSet<>();
    Consumer<String> add = title -> {
      anchors.add(title.strip());
      anchors.add(slug(title));
    };
    add.accept(event.title());
    for (Part part : event.parts()) {
      add.accept(part.title());
      if (part instanceof Talk talk) {
        talk.sections().forEach(s -> sectionAnchors(s, add));
      } else if (part instanceof Section s) {
        sectionAnchors(s, add);
      }
    }
    NotesWalk.blocks(event, b -> {
      if (b.item() instanceof Block.Heading h) {
        add.accept(h.text().plainText());
      }
    });
    return anchors;
  }

  private static void sectionAnchors(Section section, Consumer<String> add) {
    add.accept(section.title());
    section.subsections().forEach(s -> sectionAnchors(s, add));
  }

  /** GitHub's heading anchor: lower case, punctuation dropped, spaces to '-'; Korean kept. */
  static String slug(String heading) {
    StringBuilder sb = new StringBuilder();
    heading.strip().toLowerCase(Locale.ROOT).codePoints().forEach(c -> {
      if (Character.isLetterOrDigit(c) || c == '-' || c == '_') {
        sb.appendCodePoint(c);
      } else if (Character.isWhitespace(c)) {
        sb.append('-');
      }
    });
    return sb.toString();
  }

  private static String shown(Path p) {
    Path cwd = Path.of("").toAbsolutePath();
    return p.startsWith(cwd) ? cwd.relativize(p).toString() : p.toString();
  }
}
