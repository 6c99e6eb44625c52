package dev.notedeck.theme;

import dev.notedeck.NotedeckException;
import dev.notedeck.resource.TemplatePackage;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * {@code notedeck themes import company.pptx}: a theme folder built on a company template. The
 * template goes in as {@code template.pptx} (it decides the deck's size, colours and fonts);
 * {@code theme.yaml} carries its accent colours and typefaces, so the handout matches and
 * {@code themes show} has the values to show.
 */
public final class ThemeImport {
  private ThemeImport() {}

  /** Writes the folder and returns it; refuses to overwrite one. */
  public static Path write(Path pptx, Path folder) {
    if (!Files.isRegularFile(pptx)) {
      throw new NotedeckException(pptx + ": no such file (give a .pptx saved from PowerPoint "
          + "or LibreOffice)");
    }
    if (Files.exists(folder)) {
      throw new NotedeckException(folder + " already exists (choose another folder with -o)");
    }
    // the same zip-directory checks a theme's template gets, before anything is inflated
    String unsafe = TemplatePackage.problem(pptx);
    if (unsafe != null) {
      throw new NotedeckException(pptx + ": cannot read this PowerPoint template (" + unsafe + ")");
    }
    TemplateLook look;
    try {
      look = TemplateLook.read(new Resource.OnDisk(pptx));
    } catch (IOException | RuntimeException e) {
      throw new NotedeckException(pptx + ": not a PowerPoint template (" + e.getMessage()
          + "); save it again as a .pptx file");
    }
    try {
      Files.createDirectories(folder);
      Files.copy(pptx, folder.resolve("template.pptx"), StandardCopyOption.COPY_ATTRIBUTES);
      Files.writeString(folder.resolve(ThemeSource.THEME_FILE), yaml(pptx, look),
          StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new NotedeckException(folder + ": cannot write the theme (" + e.getMessage() + ")");
    }
    return folder;
  }

  static String yaml(Path pptx, TemplateLook look) {
    StringBuilder y = new StringBuilder();
    String name = pptx.getFileName().toString();
    y.append("# Imported from ").append(name).append(" by 'notedeck themes import'.\n")
        .append("# template.pptx decides the deck's slide size, colours and fonts; list only\n")
        .append("# some of them under template: decides: to let this file's values win.\n")
        .append("description: \"From ").append(name.replace("\"", "'")).append("\"\n");
    if (look.color("accent1") != null || look.color("accent2") != null) {
      y.append("colors:                      # the handout, in the template's accents\n");
      color(y, "primary", look.color("accent1"));
      color(y, "accent", look.color("accent2"));
    }
    y.append("template:\n  decides: [size, colors, fonts]\n");
    if (!look.bodyLatin().isEmpty() || !look.bodyEastAsian().isEmpty()) {
      y.append("slides:                      # the template's body typefaces\n");
      if (!look.bodyLatin().isEmpty()) {
        y.append("  latinTypeface: \"").append(look.bodyLatin()).append("\"\n");
      }
      if (!look.bodyEastAsian().isEmpty()) {
        y.append("  eastAsianTypeface: \"").append(look.bodyEastAsian()).append("\"\n");
      }
    }
    return y.toString();
  }

  private static void color(StringBuilder y, String key, RgbColor c) {
    if (c != null) {
      y.append("  ").append(key).append(": \"").append(c.hex()).append("\"\n");
    }
  }
}
