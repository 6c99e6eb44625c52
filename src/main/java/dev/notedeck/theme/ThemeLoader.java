package dev.notedeck.theme;

import dev.notedeck.NotedeckException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.api.lowlevel.Compose;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.NodeTuple;
import org.snakeyaml.engine.v2.nodes.ScalarNode;
import org.snakeyaml.engine.v2.nodes.SequenceNode;

/**
 * Loads built-in themes (by name) and user themes (by folder), resolving {@code extends}.
 *
 * <p>A theme without {@code extends} builds on {@code default}, so a theme states only what
 * differs. Every problem in the whole chain is reported at once as a {@link ThemeException}.
 * Font files are only checked to exist, never read: the renderers read them.
 */
public final class ThemeLoader {
  /** The built-in theme every other theme ultimately builds on. */
  public static final String BASE_THEME = "default";

  private static final String INDEX = "themes/index.yaml";

  private final SystemFonts systemFonts;
  private List<String> builtInNames;

  public ThemeLoader() {
    this(SystemFonts.standard());
  }

  /** For tests: look for installed fonts in these folders only. */
  ThemeLoader(SystemFonts systemFonts) {
    this.systemFonts = systemFonts;
  }

  /** A built-in theme name ("default") or a path to a theme folder; throws NotedeckException. */
  public Theme load(String nameOrFolder) {
    return load(nameOrFolder, null);
  }

  /**
   * Like {@link #load(String)}, but a relative folder resolves against {@code relativeTo} (null:
   * the working directory). {@link ThemeService} caches what this loads; use it for builds.
   */
  public Theme load(String nameOrFolder, Path relativeTo) {
    return load(locate(nameOrFolder, relativeTo));
  }

  /** A theme folder (holding theme.yaml) on disk. */
  public Theme load(Path folder) {
    return load(locateFolder(folder, folder.toString()));
  }

  /** Built-in theme names with their one-line descriptions, in display order. */
  public List<ThemeInfo> builtIns() {
    List<ThemeInfo> infos = new ArrayList<>();
    for (String name : builtInNames()) {
      ThemeLayer layer = new ThemeFileParser(new Problems()).parse(builtIn(name));
      String description = layer == null || layer.description() == null ? ""
          : layer.description();
      infos.add(new ThemeInfo(name, description));
    }
    return infos;
  }

  public record ThemeInfo(String name, String description) {}

  Theme load(ThemeSource source) {
    Problems problems = new Problems();
    List<ThemeLayer> chain = chain(source, problems);
    if (chain.isEmpty() || !problems.isEmpty() && !reachesBase(chain)) {
      // A broken extends link: what is missing would only be noise.
      problems.throwIfAny();
    }
    // Parents first, so each child overrides what it states.
    Map<String, Setting> merged = new HashMap<>();
    for (int i = chain.size() - 1; i >= 0; i--) {
      merged.putAll(chain.get(i).settings());
    }
    ThemeLayer leaf = chain.get(0);
    String description = leaf.description() != null ? leaf.description()
        : chain.size() > 1 ? "Based on " + chain.get(1).source().name() : "";
    Theme theme = new ThemeResolver(merged, source.label(ThemeSource.THEME_FILE), systemFonts,
        problems).resolve(source.name(), description);
    problems.throwIfAny();
    return theme;
  }

  private static boolean reachesBase(List<ThemeLayer> chain) {
    ThemeLayer last = chain.get(chain.size() - 1);
    return last.extendsRef() == null && last.source() instanceof ThemeSource.ClassPath c
        && c.name().equals(BASE_THEME);
  }

  /** The theme and its ancestors, the theme first; stops at the first broken link. */
  private List<ThemeLayer> chain(ThemeSource start, Problems problems) {
    List<ThemeLayer> chain = new ArrayList<>();
    List<String> visited = new ArrayList<>();
    ThemeSource source = start;
    while (source != null) {
      visited.add(source.id());
      ThemeLayer layer = new ThemeFileParser(problems).parse(source);
      if (layer == null) {
        break;
      }
      chain.add(layer);
      ThemeSource parent = parentOf(layer, problems);
      if (parent != null && visited.contains(parent.id())) {
        Setting at = layer.extendsRef();
        List<String> names = new ArrayList<>();
        for (ThemeLayer l : chain) {
          names.add(l.source().name());
        }
        names.add(parent.name());
        problems.add(at.file(), at.line(), "'extends' makes a cycle: "
            + String.join(" -> ", names) + " (a theme cannot extend itself or a theme that "
            + "extends it)");
        break;
      }
      source = parent;
    }
    return chain;
  }

  private ThemeSource parentOf(ThemeLayer layer, Problems problems) {
    Setting ref = layer.extendsRef();
    if (ref == null) {
      boolean isBase = layer.source() instanceof ThemeSource.ClassPath c
          && c.name().equals(BASE_THEME);
      return isBase ? null : builtIn(BASE_THEME);
    }
    String value = ((String) ref.value()).strip();
    if (looksLikePath(value)) {
      ThemeSource parent = value.startsWith("~/") && layer.source() instanceof ThemeSource.OnDisk
          ? new ThemeSource.OnDisk(Path.of(System.getProperty("user.home"), value.substring(2)))
          : layer.source().folder(value);
      if (parent == null || !parent.isFile(ThemeSource.THEME_FILE)) {
        problems.add(ref.file(), ref.line(), "'extends: " + value + "': no theme.yaml in "
            + (parent == null ? value : parent.label("")) + " (give a built-in theme name ("
            + String.join(", ", builtInNames()) + ") or a folder relative to this theme.yaml, "
            + "e.g. ./base)");
        return null;
      }
      return parent;
    }
    if (builtInNames().contains(value)) {
      return builtIn(value);
    }
    problems.add(ref.file(), ref.line(), "'extends: " + value + "': no such built-in theme ("
        + Suggestions.didYouMean(value, builtInNames()) + "built-in: "
        + String.join(", ", builtInNames()) + "; for a folder write ./" + value + ")");
    return null;
  }

  /**
   * Where a theme lives: a built-in name, else a folder ({@code ~/} is the home folder) that,
   * when relative, lies in {@code relativeTo} (null: the working directory).
   */
  ThemeSource locate(String nameOrFolder, Path relativeTo) {
    String arg = nameOrFolder.strip();
    if (!looksLikePath(arg) && builtInNames().contains(arg)) {
      return builtIn(arg);
    }
    Path path = Path.of(arg.startsWith("~/") ? System.getProperty("user.home") + arg.substring(1)
        : arg);
    if (relativeTo != null && !path.isAbsolute()) {
      path = relativeTo.resolve(path).normalize();
    }
    if (!looksLikePath(arg) && !Files.isDirectory(path)) {
      throw new NotedeckException("unknown theme '" + arg + "' ("
          + Suggestions.didYouMean(arg, builtInNames()) + "built-in themes: "
          + String.join(", ", builtInNames()) + "; or give a path to a theme folder)");
    }
    return locateFolder(path, arg);
  }

  private static ThemeSource locateFolder(Path path, String asGiven) {
    if (Files.isRegularFile(path) && path.getFileName().toString().endsWith(".yaml")) {
      path = path.toAbsolutePath().getParent();
    }
    if (!Files.isDirectory(path)) {
      throw new NotedeckException(asGiven + ": theme folder not found (give a built-in theme "
          + "name, or a folder holding a theme.yaml)");
    }
    if (!Files.isRegularFile(path.resolve(ThemeSource.THEME_FILE))) {
      throw new NotedeckException(asGiven + ": no theme.yaml in this folder (create one, e.g. "
          + "with 'notedeck themes new NAME')");
    }
    return new ThemeSource.OnDisk(path);
  }

  private static boolean looksLikePath(String s) {
    return s.contains("/") || s.contains("\\") || s.startsWith(".") || s.startsWith("~");
  }

  private static ThemeSource builtIn(String name) {
    return new ThemeSource.ClassPath("themes/" + name);
  }

  /** Names listed in {@code themes/index.yaml}: a jar cannot list its folders. */
  private synchronized List<String> builtInNames() {
    if (builtInNames == null) {
      builtInNames = readIndex();
    }
    return builtInNames;
  }

  private static List<String> readIndex() {
    Optional<String> text;
    try {
      text = new ThemeSource.ClassPath("themes").read("index.yaml");
    } catch (IOException e) {
      throw new NotedeckException(INDEX + ": cannot read the list of built-in themes ("
          + e.getMessage() + ")");
    }
    if (text.isEmpty()) {
      throw new NotedeckException(INDEX + " is missing from the class path (rebuild notedeck)");
    }
    // The node API, like theme files: no object construction machinery to load at start-up.
    Node doc = new Compose(LoadSettings.builder().build()).composeString(text.get()).orElse(null);
    if (doc instanceof MappingNode m) {
      for (NodeTuple t : m.getValue()) {
        if (t.getKeyNode() instanceof ScalarNode k && k.getValue().equals("themes")
            && t.getValueNode() instanceof SequenceNode list) {
          List<String> names = new ArrayList<>();
          list.getValue().forEach(n -> names.add(((ScalarNode) n).getValue()));
          return Collections.unmodifiableList(names);
        }
      }
    }
    throw new NotedeckException(INDEX + ": expected 'themes: [default, ...]'");
  }
}
