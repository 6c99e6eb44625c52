package dev.notedeck.render.pdf;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.DecodeHintType;
import com.google.zxing.NotFoundException;
import com.google.zxing.RGBLuminanceSource;
import com.google.zxing.Result;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.multi.qrcode.QRCodeMultiReader;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;

/** Reads the QR codes printed on a PDF page, as a phone would: from a picture of the page. */
public final class PageQrCodes {
  private PageQrCodes() {}

  /** The texts of every QR code on page {@code pageIndex} (0-based), in no particular order. */
  public static List<String> decode(PDDocument doc, int pageIndex) throws IOException {
    // 200 dpi: a 0.4 mm module is about 3 pixels, as on a phone's photo of the sheet
    BufferedImage page = new PDFRenderer(doc).renderImageWithDPI(pageIndex, 200, ImageType.RGB);
    int[] pixels = page.getRGB(0, 0, page.getWidth(), page.getHeight(), null, 0, page.getWidth());
    BinaryBitmap bitmap = new BinaryBitmap(new HybridBinarizer(
        new RGBLuminanceSource(page.getWidth(), page.getHeight(), pixels)));
    try {
      Result[] results = new QRCodeMultiReader().decodeMultiple(bitmap,
          Map.of(DecodeHintType.TRY_HARDER, Boolean.TRUE, DecodeHintType.CHARACTER_SET, "UTF-8"));
      return Arrays.stream(results).map(Result::getText).toList();
    } catch (NotFoundException e) {
      return List.of();
    }
  }
}
