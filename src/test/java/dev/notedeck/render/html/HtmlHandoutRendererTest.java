package dev.notedeck.render.html;

import static org.assertj.core.api.Assertions.assertThat;

import dev.notedeck.diagnostics.Diagnostics;
import dev.notedeck.RenderContext;
import dev.notedeck.model.Event;
import dev.notedeck.parse.NotesParser;
import dev.notedeck.resource.TestImages;
import dev.notedeck.theme.Theme;
import dev.notedeck.theme.ThemeLoader;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;

/**
 * The HTML handout is written from the model: images come only through the resource policy, and
 * text that looks like markup naming a file ({@code src="file:…"}) stays text.
 */
class HtmlHandoutRendererTest {

  @TempDir Path dir;

  @Test
  void textNamingALocalFileNeverPullsItIn() throws Exception {
    Path secret = dir.resolve("secret.png");
    byte[] secretBytes = TestImages.png(7, 5);
    Files.write(secret, secretBytes);
    Path notesDir = Files.createDirectories(dir.resolve("notes"));
    String fileUrl = secret.toUri().toString();
    String notes = """
        # 행사

        ## 1. 첫 발표 - 김하늘
        ### 본문
        문단에 적힌 <img src="%1$s"> 글자.

        ```html
        <img src="%1$s">
        ```
        """.formatted(fileUrl);
    Path theme = Files.createDirectories(dir.resolve("theme"));
    Files.writeString(theme.resolve("theme.yaml"), "extends: default\n");
    Files.writeString(theme.resolve("handout.css"), "/* src=\"" + fileUrl + "\" */\np { color: #111; }\n");

    String html = render(notes, notesDir, new ThemeLoader().load(theme), Diagnostics.silent());

    String secretData = Base64.getEncoder().encodeToString(secretBytes);
    assertThat(html).doesNotContain(secretData).doesNotContain("data:image/png");
    // The text is shown as written (escaped in the body), not acted upon.
    assertThat(html).contains("&lt;img src=\"" + fileUrl + "\"&gt;");
  }

  @Test
  void imagesComeThroughTheResourcePolicyOnly() throws Exception {
    Path notesDir = Files.createDirectories(dir.resolve("notes"));
    byte[] inside = TestImages.png(40, 30);
    Files.write(notesDir.resolve("inside.png"), inside);
    byte[] outside = TestImages.png(9, 9);
    Files.write(dir.resolve("outside.png"), outside);
    String notes = """
        # 행사

        ## 1. 첫 발표 - 김하늘
        ### 그림
        ![안쪽](inside.png)

        ![바깥](../outside.png)
        """;
    Diagnostics.Collecting warnings = new Diagnostics.Collecting();

    String html = render(notes, notesDir, new ThemeLoader().load("default"), warnings);

    assertThat(html).contains("src=\"data:image/png;base64," + Base64.getEncoder().encodeToString(inside) + "\"");
    assertThat(html).doesNotContain(Base64.getEncoder().encodeToString(outside));
    assertThat(warnings.warnings()).anySatisfy(w -> assertThat(w).contains("../outside.png").contains("skipped"));
  }

  @Test
  void styleSheetIsRawTextForTheBrowserAndTheDocumentIsWellFormed() throws Exception {
    Path notesDir = Files.createDirectories(dir.resolve("notes"));
    String notes = """
        # 행사 & 모임

        ## 1. 첫 발표 - 김하늘
        ### 본문
        * 목록 <b>굵게</b>
          * 안쪽
        """;

    String html = render(notes, notesDir, new ThemeLoader().load("default"), Diagnostics.silent());

    assertThat(html).startsWith("<!DOCTYPE html>\n<html ");
    // HTML reads <style> unescaped: "&gt;" there would drop the child-combinator rules.
    String firstStyle = html.substring(html.indexOf("<style"), html.indexOf("</style>"));
    assertThat(firstStyle).contains("li > ul").doesNotContain("&gt;");
    assertThat(html).doesNotContain("<bookmarks>").contains("@font-face");
    assertThat(html.indexOf("@font-face")).isLessThan(html.indexOf("</head>"));

    // Still XML-well-formed (the same writer as the PDF's XHTML): parse it and read the text.
    String xml = html.substring("<!DOCTYPE html>\n".length());
    Document doc = DocumentBuilderFactory.newInstance().newDocumentBuilder()
        .parse(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
    assertThat(doc.getDocumentElement().getAttribute("lang")).isEqualTo("ko");
    assertThat(doc.getElementsByTagName("body").item(0).getTextContent())
        .contains("행사 & 모임").contains("목록 굵게").contains("안쪽");
  }

  private static String render(String notes, Path notesDir, Theme theme, Diagnostics diagnostics)
      throws Exception {
    Path file = notesDir.resolve("talk.md");
    Files.writeString(file, notes);
    Event event = new NotesParser().parse(notes, file);
    RenderContext context = new RenderContext(theme, notesDir, diagnostics);
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    new HtmlHandoutRenderer().render(event, context, out);
    return out.toString(StandardCharsets.UTF_8);
  }
}
