package dev.notedeck.cli;

import dev.notedeck.gallery.ThemeGallery;
import dev.notedeck.theme.Theme;
import dev.notedeck.theme.ThemeLoader;
import dev.notedeck.theme.ThemeImport;
import dev.notedeck.theme.ThemeScaffold;
import dev.notedeck.theme.ThemeService;
import dev.notedeck.theme.ThemeTokens;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code notedeck themes}: lists the built-in themes, one per line, name first (a contract:
 * scripts read it), and holds the theme subcommands.
 */
@Command(
    name = "themes",
    description = "Lists the built-in themes (name, then description), or works with themes.",
    subcommands = {ThemesCommand.Show.class, ThemesCommand.New.class,
        ThemesCommand.Gallery.class, ThemesCommand.Import.class},
    footer = {"", "Examples:",
        "  notedeck themes                     list the built-in themes",
        "  notedeck themes show dark           every colour, font and size of dark",
        "  notedeck themes new mine --from dark  a folder ./mine extending dark",
        "  notedeck themes gallery -o gallery  pictures of every theme",
        "  notedeck themes import company.pptx  a theme folder on a company template",

        "  notedeck themes new 우리회사         a folder ./우리회사 extending default"})
public final class ThemesCommand extends NotedeckCommand {

  public ThemesCommand() {}

  @Override
  public Integer call() {
    PrintWriter out = out();
    List<ThemeLoader.ThemeInfo> themes = new ThemeLoader().builtIns();
    int width = themes.stream().mapToInt(t -> t.name().length()).max().orElse(0);
    for (ThemeLoader.ThemeInfo t : themes) {
      out.println(t.name() + " ".repeat(width - t.name().length() + 2) + t.description());
    }
    out.flush();
    return 0;
  }

  /** {@code notedeck themes show NAME}: the resolved tokens, after extends. */
  @Command(name = "show",
      description = "Prints every resolved token of a theme (colours, fonts, sizes, page, "
          + "slides, files), after inheritance.",
      footer = {"", "Examples:",
          "  notedeck themes show vivid        a built-in theme",
          "  notedeck themes show ./my-theme   check your own theme: every problem is listed",
          "  notedeck themes show ./우리회사    a theme folder with a Korean name"})
  static final class Show extends NotedeckCommand {
    @Parameters(paramLabel = "NAME|DIR", description = "Built-in theme name or theme folder.")
    String theme;

    @Override
    public Integer call() {
      PrintWriter out = out();
      out.print(ThemeTokens.format(new ThemeService().resolve(theme, null)));
      out.flush();
      return 0;
    }
  }

  /** {@code notedeck themes new NAME}: a theme folder that extends another. */
  @Command(name = "new",
      description = "Creates a theme folder NAME with a short theme.yaml extending another "
          + "theme, with the commonly changed keys as commented examples.",
      footer = {"", "Examples:",
          "  notedeck themes new meetup                    ./meetup extending default",
          "  notedeck themes new night --from dark -o themes",
          "  notedeck build --theme ./meetup notes.md      use it",
          "  notedeck themes new 우리회사 --from vivid"})
  static final class New extends NotedeckCommand {
    @Parameters(paramLabel = "NAME", description = "Name of the new theme (its folder name).")
    String name;

    @Option(names = "--from", paramLabel = "NAME|DIR", defaultValue = ThemeLoader.BASE_THEME,
        description = "Theme to extend (default: ${DEFAULT-VALUE}).")
    String from;

    @Option(names = {"-o", "--output"}, paramLabel = "DIR", defaultValue = ".",
        description = "Folder to create the theme in (default: the current folder).")
    Path parent;

    @Override
    public Integer call() {
      Path folder = new ThemeScaffold(new ThemeLoader()).create(name, from, parent);
      PrintWriter out = out();
      out.println("created " + folder.resolve("theme.yaml") + " (extends " + from + ")");
      out.println("use it with: notedeck build --theme " + display(folder) + " NOTES.md");
      out.flush();
      return 0;
    }

    private static String display(Path folder) {
      String s = folder.normalize().toString();
      return folder.isAbsolute() || s.startsWith(".") ? s : "./" + s;
    }
  }

  /** {@code notedeck themes gallery}: a handout page and a slide of a sample, per theme. */
  @Command(name = "gallery",
      description = "Renders a sample document in every built-in theme (and any themes given) "
          + "and writes a PNG of a handout page and of a slide for each, with a README.md "
          + "showing them side by side.",
      footer = {"", "Examples:",
          "  notedeck themes gallery -o docs/gallery",
          "  notedeck themes gallery -o 갤러리 ./우리회사   the built-ins and a theme of your own"})
  static final class Gallery extends NotedeckCommand {
    @Option(names = {"-o", "--output"}, paramLabel = "DIR", defaultValue = "gallery",
        description = "Folder for the pictures (default: ${DEFAULT-VALUE}).")
    Path outDir;

    @Parameters(paramLabel = "THEME", arity = "0..*",
        description = "Themes to show instead of the built-ins (names or folders).")
    List<String> themes;

    @Override
    public Integer call() {
      ThemeService service = new ThemeService();
      List<String> names = themes == null || themes.isEmpty()
          ? service.builtIns().stream().map(ThemeLoader.ThemeInfo::name).toList() : themes;
      // Load every theme first: a broken one stops the run before anything is written.
      List<Theme> loaded = new ArrayList<>();
      for (String name : names) {
        loaded.add(service.resolve(name, null));
      }
      PrintWriter out = out();
      for (ThemeGallery.Entry e : new ThemeGallery().write(loaded, outDir)) {
        out.println(e.theme().name() + " -> " + e.handoutPng() + ", " + e.slidePng());
      }
      out.println("wrote " + outDir.resolve("README.md"));
      out.flush();
      return 0;
    }
  }

  /** {@code notedeck themes import company.pptx}: a theme folder on a company template. */
  @Command(name = "import",
      description = "Creates a theme folder from a PowerPoint template: the template itself as "
          + "template.pptx, its colours and fonts in theme.yaml, and a preview (a handout page "
          + "and a slide, as in the gallery).",
      footer = {"", "Examples:",
          "  notedeck themes import company.pptx             ./company",
          "  notedeck themes import company.pptx -o brand    ./brand",
          "  notedeck build --theme ./company notes.md       use it"})
  static final class Import extends NotedeckCommand {
    @Parameters(paramLabel = "TEMPLATE", description = "A .pptx saved from PowerPoint or "
        + "LibreOffice.")
    Path pptx;

    @Option(names = {"-o", "--output"}, paramLabel = "DIR",
        description = "The theme folder to create (default: the template's name, here).")
    Path folder;

    @Override
    public Integer call() {
      String base = pptx.getFileName().toString().replaceFirst("(?i)\\.pptx$", "");
      Path target = folder != null ? folder : Path.of(base);
      ThemeImport.write(pptx, target);
      // Load it as a build would: a template notedeck cannot use is reported now, not later.
      Theme theme = new ThemeService().resolve(target.toAbsolutePath().toString(), null);
      List<ThemeGallery.Entry> preview = new ThemeGallery().write(List.of(theme),
          target.resolve("preview"));
      PrintWriter out = out();
      out.println("created " + target.resolve("theme.yaml") + " and "
          + target.resolve("template.pptx"));
      out.println("preview: " + preview.get(0).handoutPng() + ", " + preview.get(0).slidePng());
      out.println("see what the template decides: notedeck themes show " + target);
      out.flush();
      return 0;
    }
  }
}
