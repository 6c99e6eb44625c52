package dev.notedeck.render.pdf;

import java.io.IOException;
import java.io.StringReader;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.w3c.dom.Document;
import org.xml.sax.ErrorHandler;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;

/**
 * The generated handout XHTML as a DOM, parsed with one reused DocumentBuilder per thread.
 * Given a string, openhtmltopdf looks up and configures a SAX parser, a DOM builder and a
 * transformer factory for every document (service look-ups in the jar each time) and copies the
 * SAX events into a DOM through an identity transform: 5% of a warm handout render. The
 * builder is configured as openhtmltopdf configures its own: namespace aware, not validating,
 * no external entities or DTDs.
 */
final class XhtmlDom {
  private static final ThreadLocal<DocumentBuilder> BUILDER = ThreadLocal.withInitial(XhtmlDom::newBuilder);

  private XhtmlDom() {}

  static Document parse(String xhtml) {
    DocumentBuilder builder = BUILDER.get();
    try {
      return builder.parse(new InputSource(new StringReader(xhtml)));
    } catch (SAXException | IOException e) {
      // the XHTML is generated: not well-formed is a bug here, not a problem in the notes
      throw new IllegalStateException("generated handout XHTML is not well-formed: " + e.getMessage(), e);
    } finally {
      builder.reset();
    }
  }

  private static DocumentBuilder newBuilder() {
    try {
      DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
      factory.setNamespaceAware(true);
      factory.setValidating(false);
      factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
      factory.setFeature("http://xml.org/sax/features/external-general-entities", false);
      factory.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
      factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
      DocumentBuilder builder = factory.newDocumentBuilder();
      builder.setErrorHandler(new ErrorHandler() {
        @Override
        public void warning(SAXParseException e) {
          // nothing the handout could be missing: generated XHTML, no DTD
        }

        @Override
        public void error(SAXParseException e) throws SAXException {
          throw e;
        }

        @Override
        public void fatalError(SAXParseException e) throws SAXException {
          throw e;
        }
      });
      return builder;
    } catch (ParserConfigurationException e) {
      throw new IllegalStateException("the JDK's XML parser cannot be configured: " + e.getMessage(), e);
    }
  }
}
