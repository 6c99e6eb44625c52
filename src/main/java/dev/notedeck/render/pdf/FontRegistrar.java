package dev.notedeck.render.pdf;

import com.openhtmltopdf.css.constants.IdentValue;
import com.openhtmltopdf.pdfboxout.PDFontSupplier;
import com.openhtmltopdf.pdfboxout.PdfBoxFontResolver;
import com.openhtmltopdf.pdfboxout.PdfBoxFontResolver.FontGroup;
import dev.notedeck.fonts.ParsedFonts;
import dev.notedeck.theme.FontFamily;
import dev.notedeck.theme.Resource;
import dev.notedeck.theme.Typography;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/**
 * Registers every font family of the theme with openhtmltopdf, embedded as subsets. Fallback
 * families are also registered as final fallbacks, so a glyph missing from the chosen family is
 * looked up there instead of turning into a box or a non-embedded base font.
 */
final class FontRegistrar {
  private final Typography fonts;

  FontRegistrar(Typography fonts) {
    this.fonts = fonts;
  }

  /** Every distinct family, by name, in the order body, heading, code, fallbacks. */
  List<FontFamily> families() {
    Map<String, FontFamily> byName = new LinkedHashMap<>();
    for (FontFamily f : List.of(fonts.body(), fonts.heading(), fonts.code())) {
      byName.putIfAbsent(f.name(), f);
    }
    for (FontFamily f : fonts.fallbacks()) {
      byName.putIfAbsent(f.name(), f);
    }
    return List.copyOf(byName.values());
  }

  /**
   * Registers the faces with the renderer's resolver, for its document. Each face is a shared,
   * already parsed font ({@link ParsedFonts}) wrapped for this document only when the layout
   * first needs it, so unused faces cost nothing.
   */
  void register(PdfBoxFontResolver resolver, PDDocument doc) {
    // A family the CSS names (body, heading, code) is MAIN even when it is also a fallback;
    // fallback-only families go before openhtmltopdf's built-in base-14 fonts. Those exist
    // only outside PDF/A (--pdf-standard none), where FINAL_FALLBACK would come after them
    // and Latin text would be set in non-embedded Times.
    Set<String> mainNames = new java.util.HashSet<>();
    List.of(fonts.body(), fonts.heading(), fonts.code()).forEach(f -> mainNames.add(f.name()));
    for (FontFamily f : families()) {
      FontGroup group = mainNames.contains(f.name()) ? FontGroup.MAIN : FontGroup.PRE_BUILT_IN_FALLBACK;
      face(resolver, doc, f, f.regular(), 400, IdentValue.NORMAL, group);
      face(resolver, doc, f, f.bold(), 700, IdentValue.NORMAL, group);
      face(resolver, doc, f, f.italic(), 400, IdentValue.ITALIC, group);
      face(resolver, doc, f, f.boldItalic(), 700, IdentValue.ITALIC, group);
    }
  }

  private static void face(PdfBoxFontResolver resolver, PDDocument doc, FontFamily family,
      Resource file, int weight, IdentValue style, FontGroup group) {
    if (file == null) {
      return; // openhtmltopdf then picks the nearest registered face of the family
    }
    resolver.addFont(new SharedFontSupplier(doc, family, file), family.name(), weight, style, true, group);
  }

  /** Wraps the shared parsed font for one document, embedded as a subset. */
  private static final class SharedFontSupplier extends PDFontSupplier {
    private final PDDocument doc;
    private final FontFamily family;
    private final Resource file;

    SharedFontSupplier(PDDocument doc, FontFamily family, Resource file) {
      super(null);
      this.doc = doc;
      this.family = family;
      this.file = file;
    }

    @Override
    public PDFont supply() {
      try {
        return PDType0Font.load(doc, ParsedFonts.of(file), true);
      } catch (IOException e) {
        throw new UncheckedIOException("font " + file.name() + " of family " + family.name()
            + " cannot be read", e);
      } catch (UncheckedIOException e) {
        throw new UncheckedIOException("font " + file.name() + " of family " + family.name()
            + " cannot be read", e.getCause());
      }
    }
  }
}
