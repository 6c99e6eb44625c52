package dev.notedeck.theme;

import dev.notedeck.theme.ThemeSchema.Kind;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.snakeyaml.engine.v2.api.lowlevel.Compose;
import org.snakeyaml.engine.v2.exceptions.MarkedYamlEngineException;
import org.snakeyaml.engine.v2.exceptions.YamlEngineException;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.NodeTuple;
import org.snakeyaml.engine.v2.nodes.ScalarNode;
import org.snakeyaml.engine.v2.nodes.SequenceNode;

/**
 * Reads one {@code theme.yaml} into a {@link ThemeLayer}, checking every key and value against
 * {@link ThemeSchema} and reporting each problem with its line. Uses the YAML node tree (not
 * object binding) so every value keeps its position and loading stays cheap.
 */
final class ThemeFileParser {
  private static final Pattern LENGTH = Pattern.compile(
      "(\\d+(?:\\.\\d+)?)\\s*(mm|cm|in|pt)?");
  private static final Pattern HEX_WITHOUT_HASH = Pattern.compile("[0-9a-fA-F]{6}|[0-9a-fA-F]{3}");

  private final Problems problems;
  private ThemeSource source;
  private String file;
  private Map<String, Setting> settings;

  ThemeFileParser(Problems problems) {
    this.problems = problems;
  }

  /** Parses the theme.yaml of {@code source}; returns null (and reports) if it is missing. */
  ThemeLayer parse(ThemeSource source) {
    this.source = source;
    this.file = source.label(ThemeSource.THEME_FILE);
    this.settings = new LinkedHashMap<>();
    String text;
    try {
      text = source.read(ThemeSource.THEME_FILE).orElse(null);
    } catch (IOException e) {
      problems.add(file, 0, "cannot read the theme file (" + e.getMessage() + ")");
      return null;
    }
    if (text == null) {
      problems.add(file, 0, "no theme.yaml here (a theme is a folder holding a theme.yaml)");
      return null;
    }
    var excess = YamlLimits.check(text, file);
    if (excess.isPresent()) {
      problems.add(file, excess.get().line(), excess.get().message());
      return null;
    }
    Node root;
    try {
      root = new Compose(YamlLimits.settings(file)).composeString(text).orElse(null);
    } catch (MarkedYamlEngineException e) {
      int line = e.getProblemMark().map(m -> m.getLine() + 1).orElse(0);
      problems.add(file, line, "not valid YAML: " + e.getProblem()
          + " (check indentation, and quote values holding ':' or '#')");
      return null;
    } catch (YamlEngineException e) {
      problems.add(file, 0, "not valid YAML: " + e.getMessage());
      return null;
    }
    String description = null;
    Setting extendsRef = null;
    if (root != null) {
      if (!(root instanceof MappingNode map)) {
        problems.add(file, line(root), "a theme file must be a mapping of keys such as "
            + "'extends:' and 'colors:' " + allowed(""));
        return null;
      }
      section("", map);
      Setting d = settings.remove("description");
      description = d == null ? null : (String) d.value();
      extendsRef = settings.remove("extends");
    }
    addConventionalFiles();
    return new ThemeLayer(source, description, extendsRef, Map.copyOf(settings));
  }

  private void addConventionalFiles() {
    ThemeSchema.CONVENTIONAL_FILES.forEach((key, names) -> {
      if (settings.containsKey(key)) {
        return;
      }
      for (String name : names) {
        if (source.isFile(name)) {
          if (!source.inside(name)) {
            problems.add(file, 0, "'" + key + "': " + source.label(name) + " links outside the "
                + "theme's folder; copy the file itself into the folder");
            return;
          }
          settings.put(key, new Setting(source.resource(name), file, 0));
          return;
        }
      }
    });
  }

  private void section(String path, MappingNode map) {
    Map<String, Kind> keys = ThemeSchema.keysOf(path);
    Set<String> seen = new HashSet<>();
    for (NodeTuple tuple : map.getValue()) {
      String key = scalarText(tuple.getKeyNode());
      if (key == null) {
        problems.add(file, line(tuple.getKeyNode()), "keys must be plain names " + allowed(path));
        continue;
      }
      if (!seen.add(key)) {
        problems.add(file, line(tuple.getKeyNode()), "duplicate key '" + key + "'"
            + where(path) + " (state each key once)");
        continue;
      }
      Kind kind = keys.get(key);
      if (kind == null) {
        problems.add(file, line(tuple.getKeyNode()), "unknown key '" + key + "'" + where(path)
            + " (" + Suggestions.didYouMean(key, keys.keySet()) + allowedList(path) + ")");
        continue;
      }
      String full = path.isEmpty() ? key : path + "." + key;
      value(full, kind, tuple.getValueNode());
    }
  }

  private void value(String path, Kind kind, Node node) {
    switch (kind) {
      case SECTION -> {
        if (node instanceof MappingNode m) {
          section(path, m);
        } else if (!isNull(node)) {
          problems.add(file, line(node), "'" + path + "' must be a mapping of keys, indented "
              + "below it " + allowed(path));
        }
      }
      case FAMILIES -> families(path, node);
      case MARGINS -> margins(path, node);
      case FAMILY_LIST -> familyList(path, node);
      case TEMPLATE_PARTS -> templateParts(path, node);
      default -> {
        String text = scalarText(node);
        if (text == null || text.isBlank()) {
          problems.add(file, line(node), emptyMessage(path, kind, node));
          return;
        }
        Object v = convert(path, kind, text.strip(), node);
        if (v != null) {
          settings.put(path, new Setting(v, file, line(node)));
        }
      }
    }
  }

  private String emptyMessage(String path, Kind kind, Node node) {
    if (node instanceof ScalarNode && kind == Kind.COLOR) {
      return "'" + path + "' has no value (a # starts a YAML comment: quote colours, "
          + "e.g. " + leaf(path) + ": \"#1A73E8\")";
    }
    if (node instanceof ScalarNode) {
      return "'" + path + "' has no value (" + describe(path, kind) + ")";
    }
    return "'" + path + "' must be a single value, not a list or mapping ("
        + describe(path, kind) + ")";
  }

  private Object convert(String path, Kind kind, String text, Node node) {
    int line = line(node);
    switch (kind) {
      case TEXT, FAMILY:
        return text;
      case COLOR:
        try {
          return RgbColor.parse(text);
        } catch (IllegalArgumentException e) {
          String hint = HEX_WITHOUT_HASH.matcher(text).matches()
              ? "did you mean \"#" + text + "\"? " : "";
          problems.add(file, line, "'" + path + "' is not a colour: '" + text + "' (" + hint
              + describe(kind) + ")");
          return null;
        }
      case POINTS:
      case RATIO:
        return number(path, kind, text, line);
      case BOOLEAN:
        if (text.equals("true") || text.equals("false")) {
          return Boolean.valueOf(text);
        }
        problems.add(file, line, "'" + path + "' is not true or false: '" + text + "' ("
            + describe(kind) + ")");
        return null;
      case LENGTH:
        return length(path, text, line);
      case FILE:
        return fileResource(path, text, line);
      case ASPECT:
        return oneOf(path, kind, text, line, ThemeSchema.ASPECTS.keySet(), "a slide aspect");
      case CORNER:
        return oneOf(path, kind, text, line, LogoSetup.CORNERS, "a corner");
      case DECK_MODE:
        return oneOf(path, kind, text, line, DeckSetup.MODES, "a deck");
      case PAPER:
        for (String paper : ThemeSchema.PAPERS.keySet()) {
          if (paper.equalsIgnoreCase(text)) {
            return paper;
          }
        }
        problems.add(file, line, "'" + path + "' is not a paper size: '" + text + "' ("
            + Suggestions.didYouMean(text, ThemeSchema.PAPERS.keySet()) + describe(kind) + ")");
        return null;
      default:
        throw new IllegalStateException(kind.name());
    }
  }

  /** {@code text} when it is one of {@code allowed}; else a problem naming what it is not. */
  private String oneOf(String path, Kind kind, String text, int line, java.util.Collection<String> allowed,
      String what) {
    if (allowed.contains(text)) {
      return text;
    }
    problems.add(file, line, "'" + path + "' is not " + what + ": '" + text + "' ("
        + Suggestions.didYouMean(text, allowed) + describe(kind) + ")");
    return null;
  }

  private Double number(String path, Kind kind, String text, int line) {
    ThemeSchema.Key key = ThemeSchema.key(path);
    String t = kind == Kind.POINTS && text.endsWith("pt") ? text.substring(0, text.length() - 2)
        .strip() : text;
    try {
      double v = Double.parseDouble(t);
      if (v >= key.range().min() && v <= key.range().max()) {
        return v;
      }
      problems.add(file, line, "'" + path + "' is out of range: " + text + " ("
          + ThemeSchema.describe(key) + ")");
    } catch (NumberFormatException e) {
      problems.add(file, line, "'" + path + "' is not a number: '" + text + "' ("
          + ThemeSchema.describe(key) + ")");
    }
    return null;
  }

  private Double length(String path, String text, int line) {
    Matcher m = LENGTH.matcher(text.toLowerCase(Locale.ROOT));
    if (m.matches()) {
      double v = Double.parseDouble(m.group(1));
      String unit = m.group(2) == null ? "mm" : m.group(2);
      double mm = switch (unit) {
        case "cm" -> v * 10;
        case "in" -> v * 25.4;
        case "pt" -> v * 25.4 / 72;
        default -> v;
      };
      double max = ThemeSchema.key(path).range().max();
      if (mm <= max) {
        return mm;
      }
      problems.add(file, line, "'" + path + "' is too large: " + text + " ("
          + describe(Kind.LENGTH) + ", at most " + ThemeSchema.num(max) + "mm)");
      return null;
    }
    problems.add(file, line, "'" + path + "' is not a length: '" + text + "' ("
        + describe(Kind.LENGTH) + ")");
    return null;
  }

  private Resource fileResource(String path, String text, int line) {
    if (!source.isFile(text)) {
      // a FIFO or device is no file either: it would hang or never end
      problems.add(file, line, "'" + path + "': file not found (or not a regular file): "
          + source.label(text) + " (paths are relative to the theme.yaml naming them)");
      return null;
    }
    if (path.startsWith("files.") && !source.inside(text)) {
      problems.add(file, line, "'" + path + "': " + source.label(text) + " is outside the theme's "
          + "folder; copy it into the folder beside theme.yaml");
      return null;
    }
    return source.resource(text);
  }

  private void families(String path, Node node) {
    if (!(node instanceof MappingNode map)) {
      if (!isNull(node)) {
        problems.add(file, line(node), "'" + path + "' must map family names to their files, "
            + "e.g. Inter: {regular: Inter-Regular.ttf, bold: Inter-Bold.ttf}");
      }
      return;
    }
    Set<String> seen = new HashSet<>();
    for (NodeTuple tuple : map.getValue()) {
      String family = scalarText(tuple.getKeyNode());
      int line = line(tuple.getKeyNode());
      if (family == null || family.isBlank()) {
        problems.add(file, line, "a font family needs a name (e.g. Inter:)");
        continue;
      }
      if (!seen.add(family)) {
        problems.add(file, line, "font family '" + family + "' is declared twice (state it once)");
        continue;
      }
      String familyPath = path + "." + family;
      // Marks where the family is declared, for checks after inheritance (a regular face).
      settings.put(familyPath, new Setting(family, file, line));
      Node faces = tuple.getValueNode();
      if (faces instanceof ScalarNode) {
        // Shorthand: "Inter: Inter.ttf" names just the regular face.
        value(familyPath + ".regular", Kind.FILE, faces);
      } else if (faces instanceof MappingNode m) {
        section(familyPath, m);
      } else {
        problems.add(file, line, "font family '" + family + "' must name its files "
            + "(regular, bold, italic, boldItalic)");
      }
    }
  }

  private void margins(String path, Node node) {
    if (node instanceof MappingNode m) {
      section(path, m);
    } else if (node instanceof ScalarNode s && !s.getValue().isBlank()) {
      Double mm = length(path, s.getValue().strip(), line(node));
      if (mm != null) {
        for (String side : List.of("top", "right", "bottom", "left")) {
          settings.put(path + "." + side, new Setting(mm, file, line(node)));
        }
      }
    } else {
      problems.add(file, line(node), "'" + path + "' must be one length for all sides or a "
          + "mapping of top, right, bottom, left (" + describe(Kind.LENGTH) + ")");
    }
  }

  private void familyList(String path, Node node) {
    List<String> names = new ArrayList<>();
    if (node instanceof SequenceNode seq) {
      for (Node item : seq.getValue()) {
        String name = scalarText(item);
        if (name == null || name.isBlank()) {
          problems.add(file, line(item), "'" + path + "' must list font family names");
        } else {
          names.add(name.strip());
        }
      }
    } else if (node instanceof ScalarNode s && !s.getValue().isBlank()) {
      names.add(s.getValue().strip());
    } else {
      problems.add(file, line(node), "'" + path + "' must list font family names, "
          + "e.g. [NanumGothic]");
      return;
    }
    settings.put(path, new Setting(List.copyOf(names), file, line(node)));
  }

  private void templateParts(String path, Node node) {
    List<String> parts = new ArrayList<>();
    List<Node> items = node instanceof SequenceNode seq ? seq.getValue() : List.of(node);
    for (Node item : items) {
      String part = scalarText(item);
      if (part == null || !ThemeSchema.TEMPLATE_PARTS.contains(part.strip())) {
        problems.add(file, line(item), "'" + path + "' cannot hold '" + (part == null ? "" : part)
            + "' (" + describe(Kind.TEMPLATE_PARTS) + ")");
        return;
      }
      parts.add(part.strip());
    }
    settings.put(path, new Setting(List.copyOf(parts), file, line(node)));
  }

  private static boolean isNull(Node node) {
    return node instanceof ScalarNode s && s.isPlain()
        && (s.getValue().isEmpty() || s.getValue().equals("~") || s.getValue().equals("null"));
  }

  private static String scalarText(Node node) {
    return node instanceof ScalarNode s ? s.getValue() : null;
  }

  static int line(Node node) {
    return node.getStartMark().map(m -> m.getLine() + 1).orElse(0);
  }

  private static String leaf(String path) {
    return path.substring(path.lastIndexOf('.') + 1);
  }

  private static String where(String path) {
    return path.isEmpty() ? "" : " in " + path;
  }

  private static String allowed(String path) {
    return "(" + allowedList(path) + ")";
  }

  private static String allowedList(String path) {
    Map<String, Kind> keys = ThemeSchema.keysOf(path);
    return "allowed: " + String.join(", ", keys.keySet());
  }

  static String describe(Kind kind) {
    return ThemeSchema.describe(kind);
  }

  private static String describe(String path, Kind kind) {
    ThemeSchema.Key key = ThemeSchema.key(path);
    return key == null ? ThemeSchema.describe(kind) : ThemeSchema.describe(key);
  }
}
