package dev.notedeck.render.pdf;

import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.util.Set;
import org.apache.fontbox.ttf.CmapLookup;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/**
 * What {@link FontSubsetCache} needs from PDFBox (3.0.x) and PDFBox keeps to itself: the fonts a
 * document will subset at save, and for each the font file, its cmap and the code points and
 * glyphs used. Read reflectively (the classes are in the unnamed module on the class path); if a
 * member is missing, as in another PDFBox version, everything answers null and PDFBox subsets the
 * fonts itself, as before.
 */
final class SubsetAccess {
  /** The used code points (in first-use order) and glyph ids of one font of one document. */
  record Used(TrueTypeFont font, CmapLookup cmap, Set<Integer> codePoints, Set<Integer> glyphIds) {}

  private record Members(Method fontsToSubset, Field embedder, Field ttf, Field cmap,
      Method codePoints, Field glyphIds) {}

  private static final Members MEMBERS = find();

  private SubsetAccess() {}

  private static Members find() {
    try {
      Class<?> embedder = Class.forName("org.apache.pdfbox.pdmodel.font.TrueTypeEmbedder");
      return new Members(
          open(PDDocument.class.getDeclaredMethod("getFontsToSubset")),
          open(PDType0Font.class.getDeclaredField("embedder")),
          open(embedder.getDeclaredField("ttf")),
          open(embedder.getDeclaredField("cmapLookup")),
          open(embedder.getDeclaredMethod("getSubsetCodePoints")),
          open(embedder.getDeclaredField("allGlyphIds")));
    } catch (ReflectiveOperationException | RuntimeException e) {
      return null;
    }
  }

  private static <T extends java.lang.reflect.AccessibleObject> T open(T member) {
    member.setAccessible(true);
    return member;
  }

  /** The document's own set of fonts to subset at save (removing one keeps PDFBox off it), or null. */
  @SuppressWarnings("unchecked")
  static Set<PDFont> fontsToSubset(PDDocument doc) {
    if (MEMBERS == null) {
      return null;
    }
    try {
      return (Set<PDFont>) MEMBERS.fontsToSubset().invoke(doc);
    } catch (ReflectiveOperationException | RuntimeException e) {
      return null;
    }
  }

  /** What the font will be subset to, or null if that cannot be read. */
  @SuppressWarnings("unchecked")
  static Used used(PDType0Font font) {
    if (MEMBERS == null || !font.willBeSubset()) {
      return null;
    }
    try {
      Object embedder = MEMBERS.embedder().get(font);
      return new Used((TrueTypeFont) MEMBERS.ttf().get(embedder),
          (CmapLookup) MEMBERS.cmap().get(embedder),
          (Set<Integer>) MEMBERS.codePoints().invoke(embedder),
          (Set<Integer>) MEMBERS.glyphIds().get(embedder));
    } catch (ReflectiveOperationException | RuntimeException e) {
      return null;
    }
  }
}
