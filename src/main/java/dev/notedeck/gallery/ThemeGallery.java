package dev.notedeck.gallery;

import dev.notedeck.diagnostics.Diagnostics;
import dev.notedeck.NotedeckException;
import dev.notedeck.RenderContext;
import dev.notedeck.model.Event;
import dev.notedeck.parse.NotesReader;
import dev.notedeck.render.pdf.HandoutRenderer;
import dev.notedeck.render.pptx.DeckRenderer;
import dev.notedeck.theme.Theme;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.imageio.ImageIO;

/**
 * Renders one sample document in each theme and writes, per theme, a PNG of a handout page and
 * of a slide ({@code NAME-handout.png}, {@code NAME-slide.png}) plus {@code README.md} showing
 * them side by side, so themes can be compared (and the project README can show them).
 */
public final class ThemeGallery {
  /** The section shown: its handout page and its first slide are the pictures. */
  static final String SHOWN_SECTION = "왜 마크다운인가";

  private static final String SAMPLE = "gallery/sample.md";

  private final NotesReader reader = new NotesReader();
  private final HandoutRenderer handout = new HandoutRenderer();
  private final DeckRenderer deck = new DeckRenderer();

  /** One theme's pictures. */
  public record Entry(Theme theme, Path handoutPng, Path slidePng) {}

  /** Renders the sample in every theme into {@code outDir} and returns what was written. */
  public List<Entry> write(List<Theme> themes, Path outDir) {
    Event sample = reader.read(sampleText(), Path.of("sample.md")).event();
    try {
      Files.createDirectories(outDir);
    } catch (IOException e) {
      throw new NotedeckException(outDir + ": cannot create the gallery folder ("
          + e.getMessage() + "); choose another with -o");
    }
    List<Entry> entries = new ArrayList<>();
    for (Theme theme : themes) {
      entries.add(render(sample, theme, outDir));
    }
    writeIndex(entries, outDir);
    return entries;
  }

  private Entry render(Event sample, Theme theme, Path outDir) {
    RenderContext context = new RenderContext(theme, null, Diagnostics.silent());
    try {
      ByteArrayOutputStream pdf = new ByteArrayOutputStream();
      handout.render(sample, context, pdf);
      ByteArrayOutputStream pptx = new ByteArrayOutputStream();
      deck.render(sample, context, pptx);
      String base = fileName(theme.name());
      Path handoutPng = outDir.resolve(base + "-handout.png");
      Path slidePng = outDir.resolve(base + "-slide.png");
      png(PageImages.handoutPage(pdf.toByteArray(), SHOWN_SECTION), handoutPng);
      png(PageImages.slide(pptx.toByteArray(), SHOWN_SECTION, theme), slidePng);
      return new Entry(theme, handoutPng, slidePng);
    } catch (IOException e) {
      throw new NotedeckException(outDir + ": cannot write the gallery for theme '"
          + theme.name() + "' (" + e.getMessage() + ")");
    }
  }

  private static void png(BufferedImage image, Path file) throws IOException {
    if (!ImageIO.write(image, "png", file.toFile())) {
      throw new IOException("no PNG writer");
    }
  }

  private static void writeIndex(List<Entry> entries, Path outDir) {
    StringBuilder md = new StringBuilder("# Theme gallery\n\n"
        + "One sample document in every theme: a handout page and a slide. "
        + "Regenerate with `notedeck themes gallery -o " + outDir.toString().replace('\\', '/')
        + "`.\n\n| Theme | Handout | Slide |\n|---|---|---|\n");
    for (Entry e : entries) {
      md.append("| **").append(e.theme().name()).append("**<br>")
          .append(e.theme().description().replace("|", "\\|"))
          .append(" | <img src=\"").append(e.handoutPng().getFileName())
          .append("\" width=\"300\"> | <img src=\"").append(e.slidePng().getFileName())
          .append("\" width=\"420\"> |\n");
    }
    try {
      Files.writeString(outDir.resolve("README.md"), md, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static String fileName(String themeName) {
    return themeName.replaceAll("[^A-Za-z0-9._-]", "_");
  }

  private static String sampleText() {
    try (InputStream in = ThemeGallery.class.getClassLoader().getResourceAsStream(SAMPLE)) {
      if (in == null) {
        throw new NotedeckException(SAMPLE + " is missing from the class path (rebuild notedeck)");
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
