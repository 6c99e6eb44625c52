package dev.notedeck.render.pptx;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.Map;
import org.apache.poi.ooxml.POIXMLDocumentPart;
import org.apache.poi.openxml4j.opc.PackagePartName;
import org.apache.poi.xslf.usermodel.XSLFRelation;

/**
 * One slide being written as text: its shapes (the layout's placeholder copies in the layout's
 * order, then new shapes in the order made, as PowerPoint stacks them), shape ids unique on the
 * slide, and its relationships (layout first, then links and pictures as met).
 */
final class SlideDraft {

  /** A relationship to a part of the package (null for a link, which goes outside). */
  record Relation(String id, String type, String target, POIXMLDocumentPart part) {}

  private final PackagePartName name;
  private final Relationships rels = new Relationships();
  private final List<Relation> relations = new ArrayList<>();
  private final BitSet ids = new BitSet();
  private final List<LayoutPlaceholders.Copy> layoutCopies;
  private final Map<LayoutPlaceholders.Copy, String> copies = new java.util.IdentityHashMap<>();
  private final List<String> added = new ArrayList<>();
  private long largest = 1;

  SlideDraft(PackagePartName name, POIXMLDocumentPart layout, List<LayoutPlaceholders.Copy> layoutCopies) {
    this.name = name;
    this.layoutCopies = layoutCopies;
    ids.set(1); // the shape tree's own
    for (LayoutPlaceholders.Copy c : layoutCopies) {
      if (c.id() > 0 && c.id() < Integer.MAX_VALUE) {
        ids.set((int) c.id());
      }
    }
    relate(XSLFRelation.SLIDE_LAYOUT.getRelation(), layout);
  }

  PackagePartName name() {
    return name;
  }

  /** A new shape id (the lowest free one, as POI hands them out). */
  long newId() {
    int id = ids.nextClearBit(1);
    ids.set(id);
    return id;
  }

  /** A relationship to a part of the package (a picture); returns its id. */
  String relate(String type, POIXMLDocumentPart part) {
    String id = rels.add(type, WrittenPart.target(name, part.getPackagePart().getPartName()));
    relations.add(new Relation(id, type, part.getPackagePart().getPartName().getName(), part));
    return id;
  }

  /** A hyperlink relationship to {@code href}; returns its id. */
  String link(String href) {
    try {
      new URI(href); // as POI checked a link target
    } catch (URISyntaxException e) {
      throw new IllegalArgumentException("Invalid target - " + e);
    }
    String id = rels.addExternal(XSLFRelation.HYPERLINK.getRelation(), href);
    relations.add(new Relation(id, XSLFRelation.HYPERLINK.getRelation(), href, null));
    return id;
  }

  /** The notes slide's relationship (the slide's last). */
  void notes(PackagePartName notes) {
    rels.add(XSLFRelation.NOTES.getRelation(), WrittenPart.target(name, notes));
  }

  List<Relation> relations() {
    return relations;
  }

  /** A layout placeholder used on the slide, with its XML. */
  void use(LayoutPlaceholders.Copy copy, String xml, long id) {
    copies.put(copy, xml);
    largest = Math.max(largest, id);
  }

  /** A shape of the slide's own, with its XML. */
  void add(String xml, long id) {
    added.add(xml);
    largest = Math.max(largest, id);
  }

  /** One more than the largest id among the shapes on the slide. */
  long nextAfterShapes() {
    return largest + 1;
  }

  String xml() {
    XmlText tree = new XmlText(new StringBuilder(16384));
    for (LayoutPlaceholders.Copy c : layoutCopies) {
      String used = copies.get(c);
      if (used != null) {
        tree.raw(used);
      }
    }
    added.forEach(tree::raw);
    String shapes = tree.toString();
    XmlText x = new XmlText(new StringBuilder(shapes.length() + 512)).raw(XmlText.PART_DECLARATION)
        .open("p:sld").attr("xmlns:p", SlideXml.PML).attr("xmlns:a", SlideXml.DML);
    if (shapes.contains(" r:")) { // declared where used, as XmlBeans did
      x.attr("xmlns:r", SlideXml.REL);
    }
    return x.close().raw("<p:cSld><p:spTree>").raw(SlideXml.GROUP_HEAD).raw(shapes)
        .raw("</p:spTree></p:cSld><p:clrMapOvr><a:masterClrMapping/></p:clrMapOvr></p:sld>").toString();
  }

  String rels() {
    return rels.xml();
  }
}
