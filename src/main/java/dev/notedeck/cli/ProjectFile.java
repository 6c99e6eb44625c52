package dev.notedeck.cli;

import dev.notedeck.NotedeckException;
import dev.notedeck.pipeline.Format;
import dev.notedeck.render.pdf.PdfStandard;
import dev.notedeck.render.slidespdf.SlidesHandoutOptions;
import dev.notedeck.theme.DeckSetup;
import dev.notedeck.theme.YamlLimits;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.snakeyaml.engine.v2.api.lowlevel.Compose;
import org.snakeyaml.engine.v2.exceptions.MarkedYamlEngineException;
import org.snakeyaml.engine.v2.exceptions.YamlEngineException;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.NodeTuple;
import org.snakeyaml.engine.v2.nodes.ScalarNode;
import org.snakeyaml.engine.v2.nodes.SequenceNode;

/**
 * {@code notedeck.yaml}: a project's defaults for every build of the notes in its folder and
 * below, like {@code .marprc} or {@code _quarto.yml}. Found in the notes' folder or the nearest
 * parent that has one; options on the command line win. Paths in it (a theme folder, the
 * output folder) are relative to the file.
 *
 * <pre>
 * theme: dark            # a built-in name or ./folder
 * formats: [pdf, html]   # or pdf,html
 * output: handouts       # the output folder
 * pdf-standard: none
 * allow-remote: true
 * allow-local-files: [../images]
 * language: en           # where the notes' front matter has no lang:
 * recursive: true        # folders with their subfolders
 * deck: full             # recap (default) or full
 * agenda: false          # also takeaways:, closing:
 * per-page: 4            # slides on each page of the slides handout
 * </pre>
 */
record ProjectFile(Path file, String theme, List<String> formats, Path output, String pdfStandard,
    Boolean allowRemote, String language, List<Path> allowLocalFiles, Boolean recursive, Deck deck,
    Integer perPage) {

  static final String NAME = "notedeck.yaml";
  private static final Set<String> KEYS = Set.of("theme", "formats", "output", "pdf-standard", "allow-remote",
      "language", "allow-local-files", "recursive", "deck", "agenda", "takeaways", "closing", "per-page");

  /** The deck options ({@code --deck}, {@code --[no-]agenda}…); null where the file says nothing. */
  record Deck(String mode, Boolean agenda, Boolean takeaways, Boolean closing) {
    static final Deck NONE = new Deck(null, null, null, null);
  }

  /** The project file for notes in {@code folder}: there or in the nearest parent; empty if none. */
  static Optional<ProjectFile> find(Path folder) {
    for (Path dir = folder.toAbsolutePath().normalize(); dir != null; dir = dir.getParent()) {
      Path candidate = dir.resolve(NAME);
      if (Files.isRegularFile(candidate)) {
        return Optional.of(read(candidate));
      }
    }
    return Optional.empty();
  }

  static ProjectFile read(Path file) {
    String text;
    try {
      // never read a huge file whole only to refuse it
      if (Files.size(file) > YamlLimits.MAX_CHARS * 4L) {
        throw new NotedeckException(file + ": is " + Files.size(file) + " bytes, over the limit of "
            + YamlLimits.MAX_CHARS + "; a project file holds settings, not data");
      }
      text = Files.readString(file, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new NotedeckException(file + ": cannot read (" + e.getMessage() + ")", e);
    }
    // bounded as a theme.yaml is: depth and size checked while the parser streams, before
    // the composer (which recurses per level) builds anything
    var excess = YamlLimits.check(text, file.toString(), "project");
    if (excess.isPresent()) {
      throw new NotedeckException(file + ":" + Math.max(1, excess.get().line()) + ": " + excess.get().message());
    }
    Node root;
    try {
      root = new Compose(YamlLimits.settings(file.toString())).composeString(text).orElse(null);
    } catch (MarkedYamlEngineException e) {
      int line = e.getProblemMark().map(m -> m.getLine() + 1).orElse(1);
      throw new NotedeckException(file + ":" + line + ": not valid YAML (" + e.getProblem()
          + "); write key: value lines such as theme: dark");
    } catch (YamlEngineException e) {
      throw new NotedeckException(file + ": not valid YAML (" + e.getMessage() + ")");
    }
    if (root == null) {
      return new ProjectFile(file, null, null, null, null, null, null, null, null, Deck.NONE, null);
    }
    if (!(root instanceof MappingNode mapping)) {
      throw new NotedeckException(file + ":" + line(root) + ": expected key: value lines such as theme: dark");
    }
    Path dir = file.toAbsolutePath().getParent();
    String theme = null;
    List<String> formats = null;
    Path output = null;
    String pdfStandard = null;
    Boolean allowRemote = null;
    String language = null;
    List<Path> allowLocalFiles = null;
    Boolean recursive = null;
    String deckMode = null;
    Boolean agenda = null;
    Boolean takeaways = null;
    Boolean closing = null;
    Integer perPage = null;
    for (NodeTuple entry : mapping.getValue()) {
      String key = scalar(file, entry.getKeyNode());
      Node value = entry.getValueNode();
      switch (key) {
        case "theme" -> theme = themeValue(scalar(file, value), dir);
        case "formats" -> formats = formats(file, value);
        case "output" -> output = dir.resolve(scalar(file, value)).normalize();
        case "pdf-standard" -> pdfStandard = oneOf(file, value,
            java.util.Arrays.stream(PdfStandard.values()).map(PdfStandard::cliName).toList());
        case "allow-remote" -> allowRemote = bool(file, value);
        case "language" -> language = scalar(file, value);
        case "allow-local-files" -> allowLocalFiles = list(file, value).stream()
            .map(p -> dir.resolve(p).normalize()).toList();
        case "recursive" -> recursive = bool(file, value);
        case "deck" -> deckMode = oneOf(file, value, DeckSetup.MODES);
        case "agenda" -> agenda = bool(file, value);
        case "takeaways" -> takeaways = bool(file, value);
        case "closing" -> closing = bool(file, value);
        case "per-page" -> perPage = Integer.valueOf(oneOf(file, value,
            SlidesHandoutOptions.PER_PAGE.stream().map(String::valueOf).toList()));
        default -> throw new NotedeckException(file + ":" + line(entry.getKeyNode()) + ": unknown key '"
            + key + "'; known keys: " + String.join(", ", KEYS.stream().sorted().toList()));
      }
    }
    return new ProjectFile(file, theme, formats, output, pdfStandard, allowRemote, language, allowLocalFiles,
        recursive, new Deck(deckMode, agenda, takeaways, closing), perPage);
  }

  /** A value that must be one of {@code allowed} (in any case), named with its line when not. */
  private static String oneOf(Path file, Node node, List<String> allowed) {
    String value = scalar(file, node).toLowerCase(Locale.ROOT);
    if (!allowed.contains(value)) {
      throw new NotedeckException(file + ":" + line(node) + ": '" + value + "' is not allowed here; use "
          + String.join(" or ", allowed));
    }
    return value;
  }

  private static List<String> formats(Path file, Node node) {
    List<String> names = list(file, node);
    for (String name : names) {
      if (Format.fromName(name) == null) {
        throw new NotedeckException(file + ":" + line(node) + ": unknown format '" + name + "'; use one or more of "
            + Format.names());
      }
    }
    return names;
  }

  /** A theme folder ({@code ./brand}) is relative to this file; a built-in name stays a name. */
  private static String themeValue(String value, Path dir) {
    boolean folder = value.startsWith(".") || value.contains("/") || value.contains("\\");
    return folder && !value.startsWith("~") ? dir.resolve(value).normalize().toString() : value;
  }

  private static String scalar(Path file, Node node) {
    if (node instanceof ScalarNode s && !s.getValue().isBlank()) {
      return s.getValue().strip();
    }
    throw new NotedeckException(file + ":" + line(node) + ": expected one value here, such as theme: dark");
  }

  private static Boolean bool(Path file, Node node) {
    String value = scalar(file, node).toLowerCase(Locale.ROOT);
    if (value.equals("true") || value.equals("false")) {
      return Boolean.valueOf(value);
    }
    throw new NotedeckException(file + ":" + line(node) + ": expected true or false, not '" + value + "'");
  }

  private static List<String> list(Path file, Node node) {
    List<String> values = new ArrayList<>();
    if (node instanceof SequenceNode seq) {
      seq.getValue().forEach(item -> values.add(scalar(file, item)));
    } else {
      for (String part : scalar(file, node).split(",")) {
        if (!part.isBlank()) {
          values.add(part.strip());
        }
      }
    }
    return values;
  }

  private static int line(Node node) {
    return node.getStartMark().map(m -> m.getLine() + 1).orElse(1);
  }
}
