package dev.notedeck.theme;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.HashMap;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

/**
 * What a PowerPoint template says about the look: its slide size, the colours its slide master
 * uses (theme colours through the master's colour map) and its body and heading typefaces.
 * Read from the package's XML directly (no POI: theme loading stays light), with size limits, as
 * a template may come from anyone.
 *
 * @param widthPt slide width in points, 0 when the template does not say
 */
public record TemplateLook(double widthPt, double heightPt, Map<String, RgbColor> colors,
    String bodyLatin, String bodyEastAsian, String headingLatin) {

  private static final String A = "http://schemas.openxmlformats.org/drawingml/2006/main";
  private static final String P = "http://schemas.openxmlformats.org/presentationml/2006/main";
  private static final long MAX_PART = 8L << 20;

  /** A colour of the slide master by its role: bg1, tx1, bg2, tx2, accent1..6. */
  public RgbColor color(String role) {
    return colors.get(role);
  }

  /** Reads the template; throws IOException when it is not a PowerPoint package. */
  public static TemplateLook read(Resource template) throws IOException {
    Map<String, byte[]> parts = new HashMap<>();
    try (InputStream in = template.open(); ZipInputStream zip = new ZipInputStream(in)) {
      ZipEntry e;
      while ((e = zip.getNextEntry()) != null) {
        String name = e.getName();
        if (name.equals("ppt/presentation.xml") || name.startsWith("ppt/slideMasters/")
            || name.startsWith("ppt/theme/")) {
          parts.put(name, zip.readNBytes((int) MAX_PART));
        }
      }
    }
    Document presentation = parse(parts.get("ppt/presentation.xml"));
    if (presentation == null) {
      throw new IOException("not a PowerPoint file (no ppt/presentation.xml)");
    }
    double w = 0;
    double h = 0;
    Element size = first(presentation, P, "sldSz");
    if (size != null) {
      w = Long.parseLong(size.getAttribute("cx")) / 12700.0;
      h = Long.parseLong(size.getAttribute("cy")) / 12700.0;
    }
    Document master = parse(parts.get("ppt/slideMasters/slideMaster1.xml"));
    Document theme = parse(parts.get(themeOf(parts.get(
        "ppt/slideMasters/_rels/slideMaster1.xml.rels"))));
    Map<String, RgbColor> scheme = new HashMap<>();
    Element clrScheme = theme == null ? null : first(theme, A, "clrScheme");
    if (clrScheme != null) {
      for (Node n = clrScheme.getFirstChild(); n != null; n = n.getNextSibling()) {
        if (n instanceof Element slot) {
          RgbColor c = colorOf(slot);
          if (c != null) {
            scheme.put(slot.getLocalName(), c);
          }
        }
      }
    }
    Map<String, RgbColor> colors = new HashMap<>();
    Element map = master == null ? null : first(master, P, "clrMap");
    for (String role : new String[] {"bg1", "tx1", "bg2", "tx2", "accent1", "accent2",
        "accent3", "accent4", "accent5", "accent6", "hlink"}) {
      String slot = map != null && !map.getAttribute(role).isEmpty() ? map.getAttribute(role)
          : role.replace("bg", "lt").replace("tx", "dk");
      if (scheme.containsKey(slot)) {
        colors.put(role, scheme.get(slot));
      }
    }
    Element minor = theme == null ? null : first(theme, A, "minorFont");
    Element major = theme == null ? null : first(theme, A, "majorFont");
    return new TemplateLook(w, h, Map.copyOf(colors), typeface(minor, "latin"),
        typeface(minor, "ea"), typeface(major, "latin"));
  }

  private static String themeOf(byte[] rels) throws IOException {
    Document d = parse(rels);
    if (d != null) {
      NodeList list = d.getElementsByTagNameNS("*", "Relationship");
      for (int i = 0; i < list.getLength(); i++) {
        Element r = (Element) list.item(i);
        if (r.getAttribute("Type").endsWith("/theme")) {
          String target = r.getAttribute("Target");
          return target.startsWith("../") ? "ppt/" + target.substring(3) : target;
        }
      }
    }
    return "ppt/theme/theme1.xml";
  }

  private static RgbColor colorOf(Element slot) {
    for (Node n = slot.getFirstChild(); n != null; n = n.getNextSibling()) {
      if (n instanceof Element c) {
        String v = c.getLocalName().equals("srgbClr") ? c.getAttribute("val")
            : c.getLocalName().equals("sysClr") ? c.getAttribute("lastClr") : "";
        if (v.matches("[0-9a-fA-F]{6}")) {
          return RgbColor.parse("#" + v);
        }
      }
    }
    return null;
  }

  private static String typeface(Element font, String script) {
    if (font == null) {
      return "";
    }
    for (Node n = font.getFirstChild(); n != null; n = n.getNextSibling()) {
      if (n instanceof Element e && e.getLocalName().equals(script)) {
        return e.getAttribute("typeface").strip();
      }
    }
    return "";
  }

  private static Element first(Document d, String ns, String name) {
    NodeList list = d.getElementsByTagNameNS(ns, name);
    return list.getLength() == 0 ? null : (Element) list.item(0);
  }

  private static Document parse(byte[] xml) throws IOException {
    if (xml == null) {
      return null;
    }
    try {
      DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
      f.setNamespaceAware(true);
      f.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
      f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
      f.setExpandEntityReferences(false);
      return f.newDocumentBuilder().parse(new ByteArrayInputStream(xml));
    } catch (Exception e) {
      throw new IOException("a part of the template is not valid XML (" + e.getMessage() + ")");
    }
  }
}
