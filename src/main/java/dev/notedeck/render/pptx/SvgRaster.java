package dev.notedeck.render.pptx;

import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Dimension2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import javax.imageio.ImageIO;
import org.apache.batik.anim.dom.SAXSVGDocumentFactory;
import org.apache.batik.bridge.BridgeContext;
import org.apache.batik.bridge.DocumentLoader;
import org.apache.batik.bridge.ExternalResourceSecurity;
import org.apache.batik.bridge.GVTBuilder;
import org.apache.batik.bridge.NoLoadExternalResourceSecurity;
import org.apache.batik.bridge.NoLoadScriptSecurity;
import org.apache.batik.bridge.ScriptSecurity;
import org.apache.batik.bridge.UserAgentAdapter;
import org.apache.batik.gvt.GraphicsNode;
import org.apache.batik.util.ParsedURL;
import org.apache.batik.util.XMLResourceDescriptor;
import org.w3c.dom.svg.SVGDocument;

/**
 * Draws an SVG logo into a PNG, for the picture PowerPoint shows where it cannot draw SVG (and
 * that LibreOffice, POI's slide images and older PowerPoint use): a deck carries the SVG and this
 * fallback side by side ({@code asvg:svgBlip}). Batik draws it with scripts and every external
 * reference refused, so a logo can read nothing beside itself.
 */
final class SvgRaster {
  private SvgRaster() {}

  /** The SVG drawn {@code heightPx} high, its own proportions kept, on a transparent ground. */
  static byte[] png(byte[] svg, int heightPx) throws IOException {
    UserAgentAdapter agent = new LockedAgent();
    BridgeContext context = new BridgeContext(agent, new DocumentLoader(agent));
    context.setDynamicState(BridgeContext.STATIC);
    try {
      SVGDocument doc = new SAXSVGDocumentFactory(XMLResourceDescriptor.getXMLParserClassName())
          .createSVGDocument("file:/logo.svg", new ByteArrayInputStream(svg));
      GraphicsNode node = new GVTBuilder().build(context, doc);
      Dimension2D size = context.getDocumentSize();
      double w = size.getWidth() > 0 ? size.getWidth() : 1;
      double h = size.getHeight() > 0 ? size.getHeight() : 1;
      int height = Math.max(1, heightPx);
      int width = (int) Math.max(1, Math.min(8 * height, Math.round(height * w / h)));
      BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_ARGB);
      Graphics2D g = image.createGraphics();
      try {
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING,
            RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        g.scale(width / w, height / h);
        node.paint(g);
      } finally {
        g.dispose();
      }
      ByteArrayOutputStream png = new ByteArrayOutputStream();
      ImageIO.write(image, "png", png);
      return png.toByteArray();
    } catch (RuntimeException e) { // Batik reports broken SVG as unchecked BridgeExceptions
      throw new IOException(e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage(), e);
    } finally {
      context.dispose();
    }
  }

  /** Batik's user agent with no scripts, no external resources and no dialogs. */
  private static final class LockedAgent extends UserAgentAdapter {
    @Override
    public ScriptSecurity getScriptSecurity(String type, ParsedURL script, ParsedURL doc) {
      return new NoLoadScriptSecurity(type);
    }

    @Override
    public ExternalResourceSecurity getExternalResourceSecurity(ParsedURL resource, ParsedURL doc) {
      return new NoLoadExternalResourceSecurity();
    }

    @Override
    public void displayError(Exception e) {
      // a part Batik cannot draw is left out; the logo still shows what it can
    }

    @Override
    public void displayMessage(String message) {}
  }
}
