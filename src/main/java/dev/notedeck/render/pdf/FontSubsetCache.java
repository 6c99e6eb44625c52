package dev.notedeck.render.pdf;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSStream;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/**
 * Font subsets reused from one render to the next in the same JVM. At save, PDFBox subsets each
 * embedded font: it copies the used glyphs out of the whole font (NanumGothic: 4.6 MB), deflates
 * the subset, inflates and parses it again, and builds its widths, CIDSet, CIDToGIDMap and
 * ToUnicode map: about a sixth of a warm handout render. A watch-mode rebuild after an edit mostly
 * uses the characters the build before used, so the finished font objects are kept, keyed by
 * everything they depend on ({@link SubsetKey}), and copied into the next document instead.
 *
 * <p>Call {@link #subsetFonts} just before {@code save}: it subsets (or reuses) every font PDFBox
 * would subset there and takes it off PDFBox's list. Without access to PDFBox's internals
 * ({@link SubsetAccess}) it does nothing and PDFBox subsets as usual.
 */
final class FontSubsetCache {
  /** Four faces per handout; room for the last few builds of a handful of notes files. */
  private static final int MAX_ENTRIES = 48;

  private static final Map<SubsetKey, Subset> CACHE = new LinkedHashMap<>(64, 0.75f, true) {
    @Override
    protected boolean removeEldestEntry(Map.Entry<SubsetKey, Subset> eldest) {
      return size() > MAX_ENTRIES;
    }
  };

  private FontSubsetCache() {}

  static void subsetFonts(PDDocument doc) throws IOException {
    Set<PDFont> pending = SubsetAccess.fontsToSubset(doc);
    if (pending == null) {
      return;
    }
    for (PDFont font : List.copyOf(pending)) {
      if (!(font instanceof PDType0Font type0)) {
        continue;
      }
      SubsetKey key = SubsetKey.of(SubsetAccess.used(type0));
      if (key == null) {
        continue; // left to PDFBox
      }
      Subset cached;
      synchronized (CACHE) {
        cached = CACHE.get(key);
      }
      if (cached != null) {
        cached.applyTo(doc, type0);
      } else {
        type0.subset();
        Subset made = Subset.of(type0, key.beyondBmp());
        synchronized (CACHE) {
          CACHE.put(key, made);
        }
      }
      pending.remove(font); // done: PDFBox would subset the subset again
    }
  }

  /**
   * What PDFBox's subsetting writes into the three font dictionaries: the tagged font name, the
   * font file, ToUnicode, widths, CIDToGIDMap and CIDSet, as raw (deflated) stream bytes.
   */
  private record Subset(String baseFont, RawStream fontFile, RawStream toUnicode, COSArray widths,
      RawStream cidToGid, RawStream cidSet, boolean needsPdf15) {

    static Subset of(PDType0Font font, boolean needsPdf15) throws IOException {
      COSDictionary type0 = font.getCOSObject();
      COSDictionary cid = font.getDescendantFont().getCOSObject();
      COSDictionary descriptor = font.getDescendantFont().getFontDescriptor().getCOSObject();
      return new Subset(type0.getNameAsString(COSName.BASE_FONT),
          RawStream.of(descriptor.getCOSStream(COSName.FONT_FILE2)),
          RawStream.of(type0.getCOSStream(COSName.TO_UNICODE)),
          copy((COSArray) cid.getDictionaryObject(COSName.W)),
          RawStream.of(cid.getCOSStream(COSName.CID_TO_GID_MAP)),
          RawStream.of(descriptor.getCOSStream(COSName.CID_SET)),
          needsPdf15);
    }

    void applyTo(PDDocument doc, PDType0Font font) throws IOException {
      COSDictionary type0 = font.getCOSObject();
      COSDictionary cid = font.getDescendantFont().getCOSObject();
      COSDictionary descriptor = font.getDescendantFont().getFontDescriptor().getCOSObject();
      type0.setName(COSName.BASE_FONT, baseFont);
      cid.setName(COSName.BASE_FONT, baseFont);
      descriptor.setName(COSName.FONT_NAME, baseFont);
      descriptor.setItem(COSName.FONT_FILE2, fontFile.in(doc));
      type0.setItem(COSName.TO_UNICODE, toUnicode.in(doc));
      cid.setItem(COSName.W, copy(widths));
      cid.setItem(COSName.CID_TO_GID_MAP, cidToGid.in(doc));
      descriptor.setItem(COSName.CID_SET, cidSet.in(doc));
      if (needsPdf15 && doc.getVersion() < 1.5f) {
        doc.setVersion(1.5f); // as PDFBox does for a ToUnicode map beyond the BMP
      }
    }
  }

  /** A stream's encoded bytes and its dictionary entries besides Length (Filter, Length1). */
  private record RawStream(byte[] bytes, Map<COSName, COSBase> entries) {

    static RawStream of(COSStream stream) throws IOException {
      if (stream == null) {
        throw new IOException("PDFBox left out a font stream while subsetting");
      }
      Map<COSName, COSBase> entries = new LinkedHashMap<>();
      for (Map.Entry<COSName, COSBase> e : stream.entrySet()) {
        if (!COSName.LENGTH.equals(e.getKey())) {
          entries.put(e.getKey(), e.getValue() instanceof COSArray a ? copy(a) : e.getValue());
        }
      }
      try (InputStream in = stream.createRawInputStream()) {
        return new RawStream(in.readAllBytes(), entries);
      }
    }

    COSStream in(PDDocument doc) throws IOException {
      COSStream stream = doc.getDocument().createCOSStream();
      entries.forEach((k, v) -> stream.setItem(k, v instanceof COSArray a ? copy(a) : v));
      try (OutputStream out = stream.createRawOutputStream()) {
        out.write(bytes);
      }
      return stream;
    }
  }

  /**
   * A fresh copy for each document: COS objects belong to one document's writer. Font arrays hold
   * only numbers, names and nested arrays, which are immutable or copied.
   */
  private static COSArray copy(COSArray array) {
    List<COSBase> items = new ArrayList<>(array.size());
    for (int i = 0; i < array.size(); i++) {
      COSBase item = array.get(i);
      items.add(item instanceof COSArray inner ? copy(inner) : item);
    }
    return new COSArray(items);
  }
}
