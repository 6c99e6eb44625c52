package dev.notedeck.render.pdf;

import com.openhtmltopdf.css.parser.FSRGBColor;
import com.openhtmltopdf.extend.FSObjectDrawer;
import com.openhtmltopdf.extend.FSObjectDrawerFactory;
import com.openhtmltopdf.extend.OutputDevice;
import com.openhtmltopdf.render.RenderingContext;
import java.awt.Shape;
import java.awt.geom.Rectangle2D;
import java.util.Locale;
import java.util.Map;
import org.w3c.dom.Element;

/**
 * Draws {@code <object type="application/x-notedeck-qr" data-url="…"/>} as a QR code of filled
 * rectangles into the page itself. openhtmltopdf tags such a replaced element as a Figure whose
 * alternate text is the element's {@code alt}, so the tagged PDF stays PDF/UA valid.
 */
public final class QrDrawing implements FSObjectDrawerFactory, FSObjectDrawer {
  public static final String TYPE = "application/x-notedeck-qr";
  public static final String URL_ATTRIBUTE = "data-url";

  /** Smallest printed module that phones read at arm's length. */
  private static final double MIN_PITCH_MM = 0.4;
  private static final double MIN_SIDE_MM = 13;
  private static final double MAX_SIDE_MM = 24;

  /** The element for {@code url}: a square sized so each module prints at a readable pitch. */
  public static void write(XhtmlWriter x, String url, String cssClass) {
    double side = sideMm(url);
    x.empty("object", "type", TYPE, URL_ATTRIBUTE, url, "alt", altText(url), "class", cssClass,
        "style", String.format(Locale.ROOT, "width: %.2fmm; height: %.2fmm;", side, side));
  }

  /** Only addresses a phone can open from paper get a code (not in-document anchors). */
  public static boolean printable(String url) {
    return !url.startsWith("#") && url.length() <= 1000;
  }

  public static String altText(String url) {
    return "QR code for " + url;
  }

  /** Printed side of the code for {@code url}, in millimetres. */
  public static double sideMm(String url) {
    return Math.min(MAX_SIDE_MM, Math.max(MIN_SIDE_MM, QrCode.of(url).span() * MIN_PITCH_MM));
  }

  @Override
  public boolean isReplacedObject(Element e) {
    return TYPE.equals(e.getAttribute("type"));
  }

  @Override
  public FSObjectDrawer createDrawer(Element e) {
    return isReplacedObject(e) ? this : null;
  }

  @Override
  public Map<Shape, String> drawObject(Element e, double x, double y, double width,
      double height, OutputDevice device, RenderingContext ctx, int dotsPerPixel) {
    String url = e.getAttribute(URL_ATTRIBUTE);
    if (url.isEmpty()) {
      return null;
    }
    double side = Math.min(width, height);
    // white under the code: a coloured page background would hide the quiet zone
    device.setColor(new FSRGBColor(255, 255, 255));
    device.fill(new Rectangle2D.Double(x, y, side, side));
    device.setColor(FSRGBColor.BLACK);
    device.fill(QrCode.of(url).darkModules(x, y, side));
    return null;
  }
}
