package dev.notedeck.preview;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.notedeck.NotedeckException;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.net.InetAddress;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The preview server over plain HTTP: what it serves, to whom, and its event stream. */
class PreviewServerTest {

  private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

  @Test
  void servesTheLastGoodBuildAndKeepsItOverAnError() throws Exception {
    try (PreviewServer server = PreviewServer.start(0, "talk.md")) {
      URI base = server.address();
      assertThat(base.getHost()).isEqualTo("127.0.0.1");
      assertThat(get(base.resolve("/state")).body()).isEqualTo("{\"good\":0,\"slides\":0,\"handout\":false,\"error\":null}");
      assertThat(get(base).body()).contains("<title>talk.md · notedeck preview</title>");

      server.show("<p>첫 판</p>".getBytes(StandardCharsets.UTF_8), List.of(new byte[] {1, 2}, new byte[] {3}));
      assertThat(get(base.resolve("/handout")).body()).isEqualTo("<p>첫 판</p>");
      assertThat(get(base.resolve("/slides/2.png")).body()).isEqualTo("\u0003");
      assertThat(get(base.resolve("/slides/3.png")).statusCode()).isEqualTo(404);

      server.showError("talk.md:3: \"broken\" <here>");
      String state = get(base.resolve("/state")).body();
      assertThat(state).startsWith("{\"good\":1,\"slides\":2,\"handout\":true,\"error\":\"talk.md:3: \\\"broken\\\" \\u003chere>\"");
      assertThat(get(base.resolve("/handout")).body()).isEqualTo("<p>첫 판</p>");
    }
  }

  @Test
  void tellsOpenPagesOfEveryBuild() throws Exception {
    try (PreviewServer server = PreviewServer.start(0, "talk.md");
        Socket socket = new Socket(InetAddress.getLoopbackAddress(), server.address().getPort())) {
      socket.setSoTimeout(10_000);
      socket.getOutputStream().write(("GET /events HTTP/1.1\r\nHost: 127.0.0.1:" + server.address().getPort()
          + "\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
      BufferedReader in = new BufferedReader(new InputStreamReader(socket.getInputStream(), StandardCharsets.UTF_8));
      waitForLine(in, "retry: 1000");
      server.show(new byte[] {1}, List.of());
      assertThat(waitForLine(in, "data: ")).contains("\"good\":1");
      server.showError("oops");
      assertThat(waitForLine(in, "data: ")).contains("\"error\":\"oops\"");
    }
  }

  @Test
  void answersOnlyRequestsThatNameItByItsLoopbackAddress() throws Exception {
    try (PreviewServer server = PreviewServer.start(0, "talk.md")) {
      int port = server.address().getPort();
      // a page of another site that a DNS name points at 127.0.0.1 (DNS rebinding)
      try (Socket socket = new Socket(InetAddress.getLoopbackAddress(), port)) {
        socket.getOutputStream().write(("GET /state HTTP/1.1\r\nHost: evil.example:" + port + "\r\n\r\n")
            .getBytes(StandardCharsets.US_ASCII));
        String status = new BufferedReader(new InputStreamReader(socket.getInputStream())).readLine();
        assertThat(status).contains("403");
      }
      assertThat(http.send(HttpRequest.newBuilder(server.address().resolve("/state"))
          .POST(HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.ofString()).statusCode())
          .isEqualTo(405);
    }
  }

  @Test
  void aPortInUseIsNamed() {
    try (PreviewServer first = PreviewServer.start(0, "a.md")) {
      int port = first.address().getPort();
      assertThatThrownBy(() -> PreviewServer.start(port, "b.md")).isInstanceOf(NotedeckException.class)
          .hasMessageContaining("port " + port + " is in use").hasMessageContaining("--port");
    }
  }

  private HttpResponse<String> get(URI uri) throws Exception {
    return http.send(HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(10)).build(),
        HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
  }

  private static String waitForLine(BufferedReader in, String prefix) throws Exception {
    for (String line = in.readLine(); line != null; line = in.readLine()) {
      if (line.startsWith(prefix)) {
        return line;
      }
    }
    throw new AssertionError("stream ended before " + prefix);
  }
}
