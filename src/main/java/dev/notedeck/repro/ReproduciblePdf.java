package dev.notedeck.repro;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.Calendar;
import java.util.GregorianCalendar;
import java.util.TimeZone;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSString;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.common.PDMetadata;

/**
 * Makes a PDF's bytes depend only on its content: the document ID is derived from the content
 * instead of the clock, and the creation and modification dates (Info dictionary and XMP, which
 * PDF/A requires to agree) are the {@link BuildDate}.
 */
public final class ReproduciblePdf {

  private static final Pattern XMP_DATE = Pattern.compile(
      "(<xmp:(CreateDate|ModifyDate|MetadataDate)>)[^<]*(</xmp:\\2>)"
      + "|(xmp:(CreateDate|ModifyDate|MetadataDate)=\")[^\"]*(\")");

  private ReproduciblePdf() {}

  /**
   * Call just before {@code save}.
   *
   * @param source what the document was made from (e.g. its XHTML); the ID is a hash of it and
   *     the date, so different documents still get different IDs
   */
  public static void apply(PDDocument pdf, Instant date, String source) throws IOException {
    Calendar calendar = new GregorianCalendar(TimeZone.getTimeZone("UTC"));
    calendar.setTimeInMillis(date.toEpochMilli());
    PDDocumentInformation info = pdf.getDocumentInformation();
    info.setCreationDate(calendar);
    info.setModificationDate(calendar);
    fixXmp(pdf, date);
    byte[] id = Arrays.copyOf(sha256(source + "\u0000" + date), 16);
    COSArray ids = new COSArray();
    ids.add(new COSString(id));
    ids.add(new COSString(id));
    pdf.getDocument().getTrailer().setItem(COSName.ID, ids);
    pdf.setDocumentId(0L);
  }

  private static void fixXmp(PDDocument pdf, Instant date) throws IOException {
    PDMetadata metadata = pdf.getDocumentCatalog().getMetadata();
    if (metadata == null) {
      return;
    }
    String xmp;
    try (InputStream in = metadata.exportXMPMetadata()) {
      xmp = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
    String stamp = DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(date.atOffset(ZoneOffset.UTC));
    Matcher m = XMP_DATE.matcher(xmp);
    StringBuilder sb = new StringBuilder();
    while (m.find()) {
      String replacement = m.group(1) != null ? m.group(1) + stamp + m.group(3) : m.group(4) + stamp + m.group(6);
      m.appendReplacement(sb, Matcher.quoteReplacement(replacement));
    }
    m.appendTail(sb);
    PDMetadata fixed = new PDMetadata(pdf);
    try (OutputStream out = fixed.getCOSObject().createOutputStream()) {
      out.write(sb.toString().getBytes(StandardCharsets.UTF_8));
    }
    pdf.getDocumentCatalog().setMetadata(fixed);
  }

  private static byte[] sha256(String s) {
    try {
      return MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
