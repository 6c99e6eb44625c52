package dev.notedeck.resource;

import java.io.ByteArrayInputStream;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * The size an SVG asks for, from its root element alone ({@code width}/{@code height}, else
 * its {@code viewBox}), in user units: its proportions are what placing a logo needs. Read
 * with StAX, no DTDs and no external entities, and only up to the root element.
 */
final class SvgSize {
  private static final Pattern NUMBER = Pattern.compile("\\s*([0-9]*\\.?[0-9]+)\\s*(px|pt|mm|cm|in)?\\s*");

  private SvgSize() {}

  private static final Pattern EXTERNAL_ENTITY = Pattern.compile("<!ENTITY[^>]*\\b(SYSTEM|PUBLIC)\\b");
  private static final Pattern DOCTYPE_ID = Pattern.compile(
      "<!DOCTYPE\\s+\\w+\\s+(?:SYSTEM|PUBLIC\\s+(?:\"[^\"]*\"|'[^']*'))\\s+(?:\"([^\"]*)\"|'([^']*)')");
  private static final Pattern W3C_SVG_DTD = Pattern.compile("https?://www\\.w3\\.org/Graphics/SVG/[^\\s]*\\.dtd");

  /**
   * {width, height}, or {0, 0} when the SVG states neither; refuses a file that is no SVG, and
   * one that would make an SVG library read other files or the network (external entities, a
   * DTD other than the W3C's SVG ones, which Batik has built in).
   */
  static int[] of(byte[] svg) throws Refusal {
    String text = new String(svg, 0, Math.min(svg.length, 64 * 1024),
        java.nio.charset.StandardCharsets.UTF_8);
    if (EXTERNAL_ENTITY.matcher(text).find()) {
      throw new Refusal("the SVG declares an external entity; remove it (a logo may read nothing beside itself)");
    }
    Matcher doctype = DOCTYPE_ID.matcher(text);
    if (doctype.find()) {
      String id = doctype.group(1) != null ? doctype.group(1) : doctype.group(2);
      if (!W3C_SVG_DTD.matcher(id).matches()) {
        throw new Refusal("the SVG names the DTD " + id + "; remove its <!DOCTYPE> line");
      }
    }
    XMLInputFactory factory = XMLInputFactory.newFactory();
    factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
    factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
    try {
      XMLStreamReader r = factory.createXMLStreamReader(new ByteArrayInputStream(svg));
      try {
        while (r.hasNext()) {
          if (r.next() == XMLStreamConstants.START_ELEMENT) {
            if (!r.getLocalName().equals("svg")) {
              throw new Refusal("it is XML but not an SVG image");
            }
            return size(r.getAttributeValue(null, "width"), r.getAttributeValue(null, "height"),
                r.getAttributeValue(null, "viewBox"));
          }
        }
      } finally {
        r.close();
      }
    } catch (XMLStreamException e) {
      throw new Refusal("it is not a well-formed SVG image (" + e.getMessage().lines().reduce((a, b) -> b).orElse("")
          + ")");
    }
    throw new Refusal("it is not an SVG image");
  }

  private static int[] size(String width, String height, String viewBox) {
    double w = length(width);
    double h = length(height);
    double[] box = viewBox(viewBox);
    if (w > 0 && h > 0) {
      return new int[] {round(w), round(h)};
    }
    if (box != null) {
      if (w > 0) { // one side given: the other follows the view box's proportions
        return new int[] {round(w), round(w * box[1] / box[0])};
      }
      if (h > 0) {
        return new int[] {round(h * box[0] / box[1]), round(h)};
      }
      return new int[] {round(box[0]), round(box[1])};
    }
    return new int[] {0, 0};
  }

  private static double length(String value) {
    if (value == null) {
      return 0;
    }
    Matcher m = NUMBER.matcher(value.toLowerCase(Locale.ROOT));
    if (!m.matches()) {
      return 0; // percentages and the like say nothing about proportions
    }
    double v = Double.parseDouble(m.group(1));
    String unit = m.group(2) == null ? "px" : m.group(2);
    return switch (unit) {
      case "pt" -> v * 4 / 3;
      case "mm" -> v * 96 / 25.4;
      case "cm" -> v * 96 / 2.54;
      case "in" -> v * 96;
      default -> v;
    };
  }

  private static double[] viewBox(String value) {
    if (value == null) {
      return null;
    }
    String[] parts = value.trim().split("[\\s,]+");
    if (parts.length != 4) {
      return null;
    }
    try {
      double w = Double.parseDouble(parts[2]);
      double h = Double.parseDouble(parts[3]);
      return w > 0 && h > 0 ? new double[] {w, h} : null;
    } catch (NumberFormatException e) {
      return null;
    }
  }

  private static int round(double v) {
    return (int) Math.max(1, Math.min(100_000, Math.round(v)));
  }
}
