package dev.notedeck.render.pdf;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import org.apache.fontbox.FontBoxFont;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.CIDFontMapping;
import org.apache.pdfbox.pdmodel.font.FontMapper;
import org.apache.pdfbox.pdmodel.font.FontMapping;
import org.apache.pdfbox.pdmodel.font.FontMappers;
import org.apache.pdfbox.pdmodel.font.PDCIDSystemInfo;
import org.apache.pdfbox.pdmodel.font.PDFontDescriptor;

/**
 * Keeps PDFBox away from the system's fonts. openhtmltopdf creates Helvetica and ZapfDingbats
 * font objects for every document (default resources for forms, which handouts never have);
 * PDFBox maps each to a system font through its default mapper, which on first use scans every
 * font file on the machine (seconds, and a cache written to the user's home) or reads that cache
 * on later runs. Handouts draw only embedded theme fonts, so these objects only need something
 * to stand on: PDFBox's own bundled Liberation Sans, read once.
 */
final class NoSystemFontMapper implements FontMapper {
  private static final String LAST_RESORT = "/org/apache/pdfbox/resources/ttf/LiberationSans-Regular.ttf";
  private static volatile boolean installed;

  private TrueTypeFont lastResort;

  /** Makes this PDFBox's font mapper, once per JVM. */
  static void install() {
    if (!installed) {
      synchronized (NoSystemFontMapper.class) {
        if (!installed) {
          FontMappers.set(new NoSystemFontMapper());
          installed = true;
        }
      }
    }
  }

  private synchronized TrueTypeFont lastResort() {
    if (lastResort == null) {
      try (InputStream in = PDDocument.class.getResourceAsStream(LAST_RESORT)) {
        if (in == null) {
          throw new IOException(LAST_RESORT + " is missing from PDFBox");
        }
        lastResort = new TTFParser().parse(new RandomAccessReadBuffer(in.readAllBytes()));
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return lastResort;
  }

  @Override
  public FontMapping<TrueTypeFont> getTrueTypeFont(String baseFont, PDFontDescriptor descriptor) {
    return new FontMapping<>(lastResort(), true);
  }

  @Override
  public FontMapping<FontBoxFont> getFontBoxFont(String baseFont, PDFontDescriptor descriptor) {
    return new FontMapping<>(lastResort(), true);
  }

  @Override
  public CIDFontMapping getCIDFont(String baseFont, PDFontDescriptor descriptor, PDCIDSystemInfo info) {
    return new CIDFontMapping(null, lastResort(), true);
  }
}
