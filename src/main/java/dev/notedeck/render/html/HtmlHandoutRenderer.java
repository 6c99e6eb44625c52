package dev.notedeck.render.html;

import dev.notedeck.NotedeckException;
import dev.notedeck.fonts.ParsedFonts;
import dev.notedeck.RenderContext;
import dev.notedeck.model.Event;
import dev.notedeck.render.pdf.HandoutMarkup;
import dev.notedeck.render.pdf.HandoutRenderer;
import dev.notedeck.theme.FontFamily;
import dev.notedeck.theme.Resource;
import dev.notedeck.theme.Theme;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.apache.fontbox.ttf.TTFSubsetter;
import org.apache.fontbox.ttf.TrueTypeFont;

/**
 * The handout as one self-contained HTML file for sharing by link or mail: the same document as
 * the PDF handout, written from the model for a browser, with the theme's fonts embedded as
 * {@code @font-face} data (subset to the characters used: a full Korean font is 4 MB). Images
 * are {@code data:} URIs read through the render context's resource policy, as in the PDF. A
 * screen style sheet hides the PDF's running headers and sets a readable column.
 */
public final class HtmlHandoutRenderer {

  /**
   * Tables a browser needs (cmap, OS/2, name, post besides the PDF's set) and the small hinting
   * ones; not the fonts' multi-100-KB editor tables (TSI*), which would outweigh the glyphs.
   */
  private static final List<String> BROWSER_TABLES = List.of("head", "hhea", "maxp", "OS/2",
      "cmap", "glyf", "loca", "hmtx", "name", "post", "cvt ", "fpgm", "prep", "gasp");


  private final HandoutRenderer handout = new HandoutRenderer();

  public void render(Event event, RenderContext context, OutputStream out) throws IOException {
    HandoutMarkup markup = handout.screenMarkup(event, context);
    // Fonts are subset to every character of the document; markup adds only ASCII, kept anyway.
    String style = "<style type=\"text/css\">\n"
        + fontFaces(context.theme(), markup.head() + markup.rest()) + SCREEN + "</style>\n";
    out.write(("<!DOCTYPE html>\n" + markup.with(style)).getBytes(StandardCharsets.UTF_8));
  }

  /** On screen the page is a centred column; the PDF's running header and page rules go. */
  private static final String SCREEN = """
      @media screen {
        html { background: #f3f3f1; }
        body { max-width: 46em; margin: 2em auto; padding: 2.5em 3em; background: #fff;
               box-shadow: 0 1px 6px rgba(0, 0, 0, .15); }
        .cover { padding-top: 0; }
        .part { border-top: 1px solid #ddd; margin-top: 3em; padding-top: 1em; }
      }
      .running-event, .running-part { display: none; }
      img { max-width: 100%; height: auto; }
      pre { white-space: pre-wrap; }
      """;

  /** One @font-face per face of every family the style sheet names, subset to {@code text}. */
  static String fontFaces(Theme theme, String text) {
    Set<Integer> used = new TreeSet<>();
    text.codePoints().forEach(used::add);
    for (int c = 0x20; c < 0x7f; c++) {
      used.add(c); // what a reader might type into a copy; cheap
    }
    StringBuilder css = new StringBuilder();
    for (FontFamily family : families(theme)) {
      face(css, family, family.regular(), "normal", "normal", used);
      face(css, family, family.bold(), "bold", "normal", used);
      face(css, family, family.italic(), "normal", "italic", used);
      face(css, family, family.boldItalic(), "bold", "italic", used);
    }
    return css.toString();
  }

  private static List<FontFamily> families(Theme theme) {
    Map<String, FontFamily> byName = new LinkedHashMap<>();
    for (FontFamily f : List.of(theme.fonts().body(), theme.fonts().heading(), theme.fonts().code())) {
      byName.putIfAbsent(f.name(), f);
    }
    theme.fonts().fallbacks().forEach(f -> byName.putIfAbsent(f.name(), f));
    return List.copyOf(byName.values());
  }

  private static void face(StringBuilder css, FontFamily family, Resource file, String weight,
      String style, Set<Integer> used) {
    if (file == null) {
      return;
    }
    byte[] subset = subset(file, used);
    css.append("@font-face { font-family: '").append(family.name().replace("'", "\\'"))
        .append("'; font-weight: ").append(weight).append("; font-style: ").append(style)
        .append("; src: url(data:font/ttf;base64,")
        .append(Base64.getEncoder().encodeToString(subset)).append(") format('truetype'); }\n");
  }

  private static byte[] subset(Resource file, Set<Integer> used) {
    TrueTypeFont ttf;
    try {
      ttf = ParsedFonts.of(file); // shared with the PDF handout and the deck's measuring
    } catch (java.io.UncheckedIOException e) {
      throw new NotedeckException(file.name() + ": cannot read this font for the HTML handout ("
          + e.getCause().getMessage() + ")", e);
    }
    // One parsed font serves every build of a warm process; its reader is not thread-safe.
    synchronized (ttf) {
      try {
        TTFSubsetter subsetter = new TTFSubsetter(ttf, BROWSER_TABLES);
        used.forEach(subsetter::add);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        subsetter.writeToStream(out);
        return out.toByteArray();
      } catch (IOException e) {
        throw new NotedeckException(file.name() + ": cannot read this font for the HTML handout ("
            + e.getMessage() + ")", e);
      }
    }
  }
}
