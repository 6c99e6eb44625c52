package dev.notedeck.theme;

import dev.notedeck.NotedeckException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Writes a new theme folder whose {@code theme.yaml} extends another theme and shows, commented
 * out, the keys most people change with the parent's current values.
 */
public final class ThemeScaffold {
  private final ThemeLoader loader;

  public ThemeScaffold(ThemeLoader loader) {
    this.loader = loader;
  }

  /**
   * Creates {@code parentDir/name/theme.yaml} extending {@code from} (a built-in name or a theme
   * folder) and returns the new folder. Refuses to overwrite an existing folder.
   */
  public Path create(String name, String from, Path parentDir) {
    if (!name.matches("[A-Za-z0-9][A-Za-z0-9._-]*")) {
      throw new NotedeckException("theme name '" + name + "' is not a plain folder name "
          + "(use letters, digits, '.', '_' and '-', e.g. my-talks)");
    }
    Theme parent = loader.load(from);
    Path folder = parentDir.resolve(name);
    if (Files.exists(folder)) {
      throw new NotedeckException(folder + " already exists (choose another name or -o folder)");
    }
    String extendsValue = extendsValue(from, folder);
    try {
      Files.createDirectories(folder);
      Files.writeString(folder.resolve(ThemeSource.THEME_FILE),
          text(name, extendsValue, parent), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new NotedeckException(folder + ": cannot write the theme (" + e.getMessage() + ")");
    }
    return folder;
  }

  /** Built-in names stay names; folders become paths relative to the new theme. */
  private static String extendsValue(String from, Path folder) {
    String f = from.strip();
    boolean isPath = f.contains("/") || f.contains("\\") || f.startsWith(".")
        || Files.isDirectory(Path.of(f)) && !isBuiltInName(f);
    if (!isPath) {
      return f;
    }
    Path target = Path.of(f).toAbsolutePath().normalize();
    if (target.getFileName() != null && target.getFileName().toString().endsWith(".yaml")) {
      target = target.getParent();
    }
    String rel = folder.toAbsolutePath().normalize().relativize(target).toString()
        .replace('\\', '/');
    return rel.startsWith(".") ? rel : "./" + rel;
  }

  private static boolean isBuiltInName(String f) {
    return new ThemeLoader().builtIns().stream().anyMatch(i -> i.name().equals(f));
  }

  private static String text(String name, String extendsValue, Theme p) {
    Palette c = p.colors();
    Palette s = p.slideColors();
    return """
        # Theme "%1$s". It states only what differs from %2$s; everything else is inherited.
        # Use it:        notedeck build --theme ./%1$s notes.md
        # Every token:   notedeck themes show %2$s
        # Colours are "#RRGGBB" in quotes (a bare # starts a YAML comment).
        description: %1$s, based on %2$s
        extends: %2$s

        colors:                    # the handout
          primary: "%3$s"          # headings, links, rules
        #  accent: "%4$s"          # highlights, the talk number
        #  text: "%5$s"
        #  background: "%6$s"
        #  codeBackground: "%7$s"

        # slideColors:             # the deck; a colour not set here comes from colors
        #  background: "%8$s"
        #  text: "%9$s"
        #  primary: "%10$s"

        # fonts:
        #  body: %11$s             # bundled: NanumGothic, NanumGothicCoding, NanumMyeongjo,
        #  heading: %12$s          #   NanumSquare; or any installed TrueType family
        #  code: %13$s
        #  families:               # your own .ttf files, relative to this folder
        #    Inter: {regular: fonts/Inter-Regular.ttf, bold: fonts/Inter-Bold.ttf}

        # sizes: {body: %14$s, code: %15$s, h1: %16$s, h2: %17$s, h3: %18$s, lineHeight: %19$s}
        # page: {paper: %20$s, margins: 20mm}   # A4, A5, B5, Letter, Legal
        # slides: {aspect: "16:9", titleSize: %21$s, bodySize: %22$s, minBodySize: %23$s}

        # Optional files in this folder are picked up by name:
        #   handout.css    extra CSS for the handout, applied after the theme's own
        #   template.pptx  a PowerPoint deck whose slide master and layouts the deck uses
        """.formatted(name, extendsValue, c.primary().hex(), c.accent().hex(), c.text().hex(),
        c.background().hex(), c.codeBackground().hex(), s.background().hex(), s.text().hex(),
        s.primary().hex(), p.fonts().body().name(), p.fonts().heading().name(),
        p.fonts().code().name(), num(p.fonts().bodySize()), num(p.fonts().codeSize()),
        num(p.fonts().h1Size()), num(p.fonts().h2Size()), num(p.fonts().h3Size()),
        num(p.fonts().lineHeight()), p.page().paper(), num(p.slides().titleSize()),
        num(p.slides().bodySize()), num(p.slides().minBodySize()));
  }

  private static String num(double v) {
    return v == Math.rint(v) ? String.valueOf((long) v) : String.valueOf(v);
  }
}
