package dev.notedeck.render.pptx;

/**
 * A part's relationships ({@code _rels/*.rels}) written as text: a handful of fixed lines, where
 * POI's marshaller built a DOM and a new XML transformer for each part. Ids are the caller's
 * ({@code rId1}, ...), in the order given.
 */
final class Relationships {

  static final String NS = "http://schemas.openxmlformats.org/package/2006/relationships";
  static final String OFFICE = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/";

  private final XmlText xml = new XmlText().raw(XmlText.DECLARATION)
      .open("Relationships").attr("xmlns", NS).close();
  private int count;

  /** Adds a relationship to a part of the package, {@code target} relative to the source part; returns its id. */
  String add(String type, String target) {
    return put("rId" + (count + 1), type, target, false);
  }

  /** Adds a relationship to something outside the package (a web address); returns its id. */
  String addExternal(String type, String target) {
    return put("rId" + (count + 1), type, target, true);
  }

  private String put(String id, String type, String target, boolean external) {
    count++;
    xml.open("Relationship").attr("Id", id).attr("Target", target);
    if (external) {
      xml.attr("TargetMode", "External");
    }
    xml.attr("Type", type).end();
    return id;
  }

  /** The .rels part's text. */
  String xml() {
    return xml.toString() + "</Relationships>";
  }

  /** The .rels part name of a part ({@code ppt/slides/slide1.xml} -> {@code ppt/slides/_rels/slide1.xml.rels}). */
  static String partOf(String zipName) {
    int slash = zipName.lastIndexOf('/');
    return zipName.substring(0, slash + 1) + "_rels/" + zipName.substring(slash + 1) + ".rels";
  }
}
