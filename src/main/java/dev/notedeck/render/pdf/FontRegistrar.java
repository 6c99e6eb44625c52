package dev.notedeck.render.pdf;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FSFontUseCase;
import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import dev.notedeck.theme.FontFamily;
import dev.notedeck.theme.Resource;
import dev.notedeck.theme.Typography;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

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

  void register(PdfRendererBuilder builder) {
    Set<String> fallbackNames = new java.util.HashSet<>();
    fonts.fallbacks().forEach(f -> fallbackNames.add(f.name()));
    for (FontFamily f : families()) {
      Set<FSFontUseCase> uses = fallbackNames.contains(f.name())
          ? EnumSet.of(FSFontUseCase.DOCUMENT, FSFontUseCase.FALLBACK_FINAL)
          : EnumSet.of(FSFontUseCase.DOCUMENT);
      face(builder, f, f.regular(), 400, FontStyle.NORMAL, uses);
      face(builder, f, f.bold(), 700, FontStyle.NORMAL, uses);
      face(builder, f, f.italic(), 400, FontStyle.ITALIC, uses);
      face(builder, f, f.boldItalic(), 700, FontStyle.ITALIC, uses);
    }
  }

  private static void face(PdfRendererBuilder builder, FontFamily family, Resource file,
      int weight, FontStyle style, Set<FSFontUseCase> uses) {
    if (file == null) {
      return; // openhtmltopdf then picks the nearest registered face of the family
    }
    builder.useFont(() -> open(family, file), family.name(), weight, style, true, uses);
  }

  private static InputStream open(FontFamily family, Resource file) {
    try {
      return file.open();
    } catch (IOException e) {
      throw new UncheckedIOException("font " + file.name() + " of family " + family.name()
          + " cannot be read", e);
    }
  }
}
