package dev.notedeck.cli;

import dev.notedeck.NotedeckException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.snakeyaml.engine.v2.api.LoadSettings;
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
 * language: en           # where the notes' front matter has no lang:
 * </pre>
 */
record ProjectFile(Path file, String theme, List<String> formats, Path output, String pdfStandard,
    Boolean allowRemote, String language) {

  static final String NAME = "notedeck.yaml";
  private static final Set<String> KEYS = Set.of("theme", "formats", "output", "pdf-standard", "allow-remote",
      "language");

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
      text = Files.readString(file, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new NotedeckException(file + ": cannot read (" + e.getMessage() + ")", e);
    }
    Node root;
    try {
      root = new Compose(LoadSettings.builder().setLabel(file.toString()).build()).composeString(text).orElse(null);
    } catch (MarkedYamlEngineException e) {
      int line = e.getProblemMark().map(m -> m.getLine() + 1).orElse(1);
      throw new NotedeckException(file + ":" + line + ": not valid YAML (" + e.getProblem()
          + "); write key: value lines such as theme: dark");
    } catch (YamlEngineException e) {
      throw new NotedeckException(file + ": not valid YAML (" + e.getMessage() + ")");
    }
    if (root == null) {
      return new ProjectFile(file, null, null, null, null, null, null);
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
    for (NodeTuple entry : mapping.getValue()) {
      String key = scalar(file, entry.getKeyNode());
      Node value = entry.getValueNode();
      switch (key) {
        case "theme" -> theme = themeValue(scalar(file, value), dir);
        case "formats" -> formats = list(file, value);
        case "output" -> output = dir.resolve(scalar(file, value)).normalize();
        case "pdf-standard" -> pdfStandard = scalar(file, value);
        case "allow-remote" -> allowRemote = bool(file, value);
        case "language" -> language = scalar(file, value);
        default -> throw new NotedeckException(file + ":" + line(entry.getKeyNode()) + ": unknown key '"
            + key + "'; known keys: " + String.join(", ", KEYS.stream().sorted().toList()));
      }
    }
    return new ProjectFile(file, theme, formats, output, pdfStandard, allowRemote, language);
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
