package dev.notedeck.pipeline;

import dev.notedeck.model.Block;
import dev.notedeck.model.BlockTree;
import dev.notedeck.model.Event;
import dev.notedeck.model.Part;
import dev.notedeck.model.RichText;
import dev.notedeck.model.Section;
import dev.notedeck.model.Talk;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * Walks every block and every piece of inline text of an event, with the line of the nearest
 * heading above it (blocks other than images carry no line of their own). Watch mode uses it
 * to find the images a notes file uses; {@code notedeck check} to lint.
 */
public final class NotesWalk {

  /** A block and the line of its heading (or of itself, for images). */
  public record Located<T>(T item, int line) {}

  private NotesWalk() {}

  public static void blocks(Event event, Consumer<Located<Block>> visitor) {
    walkBlocks(event.intro(), 0, visitor);
    for (Part part : event.parts()) {
      if (part instanceof Talk talk) {
        walkBlocks(talk.intro(), talk.line(), visitor);
        for (Section s : talk.sections()) {
          walkSection(s, visitor);
        }
      } else if (part instanceof Section s) {
        walkSection(s, visitor);
      }
    }
  }

  /** Every run of inline text (paragraphs, list items, table cells, info values). */
  public static void texts(Event event, Consumer<Located<RichText>> visitor) {
    event.info().forEach(e -> visitor.accept(new Located<>(e.value(), 0)));
    blocks(event, located -> BlockTree.texts(located.item(),
        text -> visitor.accept(new Located<>(text, located.line()))));
  }

  public static List<Block.Image> images(Event event) {
    List<Block.Image> images = new ArrayList<>();
    blocks(event, b -> {
      if (b.item() instanceof Block.Image image) {
        images.add(image);
      }
    });
    return images;
  }

  /**
   * The local file an image source points at, resolved against the notes' folder; empty for
   * remote ({@code https:}) and inline ({@code data:}) images and sources that are no path.
   */
  public static Optional<Path> localFile(String src, Path notesDir) {
    String s = src.strip();
    String lower = s.toLowerCase(Locale.ROOT);
    // file: URLs are never read (ResourceLoader refuses them), so there is nothing to watch
    if (s.isEmpty() || lower.startsWith("http:") || lower.startsWith("https:")
        || lower.startsWith("data:") || lower.startsWith("//") || lower.startsWith("file:")) {
      return Optional.empty();
    }
    try {
      int cut = indexOfAny(s, '?', '#');
      String path = cut >= 0 ? s.substring(0, cut) : s;
      path = java.net.URLDecoder.decode(path.replace("+", "%2B"), java.nio.charset.StandardCharsets.UTF_8);
      return Optional.of(notesDir.resolve(path).normalize());
    } catch (IllegalArgumentException e) {
      return Optional.empty();
    }
  }

  private static int indexOfAny(String s, char a, char b) {
    int i = s.indexOf(a);
    int j = s.indexOf(b);
    return i < 0 ? j : j < 0 ? i : Math.min(i, j);
  }

  private static void walkSection(Section section, Consumer<Located<Block>> visitor) {
    walkBlocks(section.blocks(), section.line(), visitor);
    for (Section sub : section.subsections()) {
      walkSection(sub, visitor);
    }
  }

  private static void walkBlocks(List<Block> blocks, int line, Consumer<Located<Block>> visitor) {
    BlockTree.forEach(blocks, block -> visitor.accept(new Located<>(block,
        block instanceof Block.Image image && image.line() > 0 ? image.line() : line)));
  }
}
