package dev.notedeck.render.pptx;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.Random;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Element;

/** What the text writer escapes reads back as written, by a standard XML parser. */
class XmlTextTest {

  private static final String ALPHABET = "&<>\"'\t\n\r ]]>a 가나다 한국어 \u0001\u0008\u000B\u001F\uFFFE"
      + "\uD83D\uDE00\uD800\uDC00\uDFFF\uD83D";

  @Test
  void markupCharactersKoreanAndControlCharactersSurviveOrBecomeQuestionMarks() throws Exception {
    Random random = new Random(20);
    for (int round = 0; round < 300; round++) {
      StringBuilder s = new StringBuilder();
      for (int i = random.nextInt(30); i > 0; i--) {
        s.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
      }
      String value = s.toString();
      String xml = new XmlText().raw(XmlText.PART_DECLARATION).open("a:t").attr("xmlns:a", SlideXml.DML)
          .attr("v", value).close().text(value).end("a:t").toString();
      Element e = DocumentBuilderFactory.newInstance().newDocumentBuilder()
          .parse(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8))).getDocumentElement();
      String expected = readable(value);
      assertThat(e.getAttribute("v")).as("attribute of %s", xml).isEqualTo(expected);
      // a parser reads a text's \r\n and \r as \n
      assertThat(e.getTextContent()).as("text of %s", xml)
          .isEqualTo(expected.replace("\r\n", "\n").replace('\r', '\n'));
    }
  }

  @Test
  void escapesExactlyWhatXmlNeeds() {
    assertThat(new XmlText().open("a").attr("b", "x&y<z>\"w\n").close().text("1 < 2 & 3 > 2 ]]> \"q\"")
        .end("a").toString())
        .isEqualTo("<a b=\"x&amp;y&lt;z&gt;&quot;w&#10;\">1 &lt; 2 &amp; 3 > 2 ]]&gt; \"q\"</a>");
  }

  /** The string with the characters XML cannot hold as '?'. */
  private static String readable(String s) {
    StringBuilder out = new StringBuilder();
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (Character.isHighSurrogate(c) && i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1))) {
        out.append(c).append(s.charAt(++i));
      } else if (Character.isSurrogate(c) || c < 0x20 && c != '\t' && c != '\n' && c != '\r'
          || c == 0xFFFE || c == 0xFFFF) {
        out.append('?');
      } else {
        out.append(c);
      }
    }
    return out.toString();
  }
}
