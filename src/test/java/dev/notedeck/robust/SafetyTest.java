package dev.notedeck.robust;

import static org.assertj.core.api.Assertions.assertThat;

import dev.notedeck.resource.TestImages;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Nothing a document says makes a build reach the network or read a file outside the notes'
 * folder, and raw HTML is never executed or fetched: only its text survives.
 */
class SafetyTest {

  @TempDir Path dir;

  /** Counts every connection to 127.0.0.1:port and answers each with a small PNG. */
  static final class Listener implements AutoCloseable {
    final ServerSocket server;
    final AtomicInteger connections = new AtomicInteger();
    final Thread thread;

    Listener() throws IOException {
      server = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
      server.setSoTimeout(200);
      byte[] png = TestImages.png(16, 16);
      thread = new Thread(() -> {
        while (!server.isClosed()) {
          try (Socket s = server.accept()) {
            connections.incrementAndGet();
            s.setSoTimeout(2000);
            readHeaders(s.getInputStream());
            OutputStream out = s.getOutputStream();
            out.write(("HTTP/1.1 200 OK\r\nContent-Type: image/png\r\nContent-Length: " + png.length
                + "\r\nConnection: close\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
            out.write(png);
            out.flush();
          } catch (SocketTimeoutException e) {
            // poll again until closed
          } catch (IOException e) {
            if (server.isClosed()) {
              return;
            }
          }
        }
      }, "loopback-listener");
      thread.setDaemon(true);
      thread.start();
    }

    private static void readHeaders(InputStream in) throws IOException {
      int state = 0;
      for (int c; (c = in.read()) >= 0; ) {
        state = (c == '\r' || c == '\n') ? state + 1 : 0;
        if (state == 4) {
          return;
        }
      }
    }

    String url(String path) {
      return "http://127.0.0.1:" + server.getLocalPort() + path;
    }

    @Override
    public void close() throws IOException {
      server.close();
      try {
        thread.join(2000);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }
  }

  String remoteNotes(Listener l) {
    return "# 행사\n\n## 발표 - 김하늘\n\n"
        + "![원격 그림](" + l.url("/x.png") + ")\n\n"
        + "![프로토콜 상대](//127.0.0.1:" + l.server.getLocalPort() + "/y.png)\n\n"
        + "<img src=\"" + l.url("/html.png") + "\"> <link rel=\"stylesheet\" href=\"" + l.url("/x.css") + "\">\n\n"
        + "<iframe src=\"" + l.url("/frame") + "\"></iframe>\n\n"
        + "* [링크는 링크로만](" + l.url("/page") + ")\n";
  }

  @Test
  void withoutAllowRemoteNoConnectionIsMade() throws IOException {
    try (Listener listener = new Listener()) {
      Path notes = Files.writeString(dir.resolve("talk.md"), remoteNotes(listener));
      Run run = Run.cli("build", "-o", dir.resolve("out").toString(), notes.toString()).ok()
          .warns("talk.md:5:", "--allow-remote");
      assertThat(listener.connections.get()).as(run.err()).isZero();
      assertThat(Outputs.pictures(dir.resolve("out/talk.pptx"))).isZero();
      assertThat(Outputs.pdfText(dir.resolve("out/talk.pdf"))).contains("링크는 링크로만");
    }
  }

  @Test
  void withAllowRemoteTheImageIsFetched() throws IOException {
    try (Listener listener = new Listener()) {
      Path notes = Files.writeString(dir.resolve("talk.md"),
          "# 행사\n\n## 발표 - 김하늘\n\n![원격 그림](" + listener.url("/x.png") + ")\n");
      Run.cli("build", "--allow-remote", "-o", dir.resolve("out").toString(), notes.toString()).ok();
      assertThat(listener.connections.get()).isEqualTo(1); // fetched once for both outputs
      assertThat(Outputs.pictures(dir.resolve("out/talk.pptx"))).isEqualTo(1);
    }
  }

  @Test
  void filesOutsideTheNotesFolderAreNeverRead() throws IOException {
    Path notesDir = Files.createDirectories(dir.resolve("notes"));
    Path secretDir = Files.createDirectories(dir.resolve("secret"));
    Path secret = Files.write(secretDir.resolve("secret.png"), TestImages.png(9, 9));
    Files.createSymbolicLink(notesDir.resolve("innocent.png"), secret);
    Path notes = Files.writeString(notesDir.resolve("talk.md"), "# 행사\n\n## 발표 - 김하늘\n\n"
        + "![상위](../secret/secret.png)\n\n"
        + "![절대](" + secret + ")\n\n"
        + "![파일 URL](" + secret.toUri() + ")\n\n"
        + "![링크](innocent.png)\n");
    Path out = dir.resolve("out");
    Run run = Run.cli("build", "-o", out.toString(), notes.toString()).ok();
    assertThat(run.warnings()).hasSize(4);
    assertThat(run.err()).contains("outside the notes' folder").contains("file: URLs").contains("links to");
    assertThat(Outputs.pictures(out.resolve("talk.pptx"))).isZero();
    assertThat(pdfImages(out.resolve("talk.pdf"))).isZero();

    // --allow-local-files widens the roots: the same notes now show the pictures
    Run wide = Run.cli("build", "--allow-local-files", secretDir.toString(), "-o", out.toString(),
        notes.toString()).ok();
    assertThat(wide.warnings()).singleElement().asString().contains("file: URLs");
    assertThat(Outputs.pictures(out.resolve("talk.pptx"))).isEqualTo(1); // same bytes, stored once
    assertThat(pdfImages(out.resolve("talk.pdf"))).isPositive(); // identical images share one XObject
  }

  @Test
  void rawHtmlKeepsOnlyItsText() throws IOException {
    Path notes = Files.writeString(dir.resolve("talk.md"), "# 행사\n\n## 발표 - 김하늘\n\n"
        + "<div onclick=\"steal()\"><b>굵은 글씨</b> 남는 글</div>\n\n"
        + "<script>document.write('스크립트 내용')</script>\n\n"
        + "<style>body { display: none } .비밀 { }</style>\n\n"
        + "<form action=\"http://127.0.0.1:9/\"><input name=\"q\" value=\"폼 값\"><button>보내기</button></form>\n\n"
        + "<object data=\"x.swf\">객체 대체 글</object>\n\n"
        + "* 인라인 <span style=\"color:red\" onmouseover=\"x()\">빨강</span> 글\n");
    Run.cli("build", "-o", dir.resolve("out").toString(), notes.toString()).ok();
    for (String text : new String[] {Outputs.pdfText(dir.resolve("out/talk.pdf")),
        Outputs.pptxText(dir.resolve("out/talk.pptx"))}) {
      assertThat(text).contains("굵은 글씨").contains("남는 글").contains("빨강")
          .doesNotContain("스크립트 내용").doesNotContain("display: none").doesNotContain("steal")
          .doesNotContain("onmouseover").doesNotContain("<b>");
    }
  }

  @Test
  void xmlEntitiesInNotesAreNeverExpanded() throws IOException {
    try (Listener listener = new Listener()) {
      Path notes = Files.writeString(dir.resolve("talk.md"), "<!DOCTYPE notes [\n"
          + "<!ENTITY xxe SYSTEM \"file:///etc/passwd\">\n"
          + "<!ENTITY remote SYSTEM \"" + listener.url("/x.dtd") + "\">\n]>\n\n"
          + "# 행사\n\n## 발표 - 김하늘\n\n* 값: &xxe; &remote;\n");
      Run.cli("build", "-o", dir.resolve("out").toString(), notes.toString()).ok();
      String all = Outputs.pdfText(dir.resolve("out/talk.pdf")) + Outputs.pptxText(dir.resolve("out/talk.pptx"));
      assertThat(all).doesNotContain("root:").contains("값:");
      assertThat(listener.connections.get()).isZero();
    }
  }

  static int pdfImages(Path pdf) throws IOException {
    int n = 0;
    try (var doc = org.apache.pdfbox.Loader.loadPDF(pdf.toFile())) {
      for (var page : doc.getPages()) {
        for (var name : page.getResources().getXObjectNames()) {
          if (page.getResources().getXObject(name) instanceof org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject) {
            n++;
          }
        }
      }
    }
    return n;
  }
}
