package dev.notedeck.resource;

import static org.assertj.core.api.Assertions.assertThat;

import dev.notedeck.diagnostics.Diagnostics;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.Timeout.ThreadMode;

/**
 * Issue 18: with --allow-remote, one deadline covers the whole download. The servers here run on
 * 127.0.0.1 only; the test's timeout turns a hang into a failure and measures nothing.
 */
class RemoteDeadlineTest {

  /** Answers every request with headers, then {@code body} bytes one at a time, slowly. */
  private static final class SlowServer implements AutoCloseable {
    final ServerSocket server;
    final Thread thread;

    SlowServer(boolean sendHeaders) throws IOException {
      server = new ServerSocket(0, 10, InetAddress.getLoopbackAddress());
      thread = new Thread(() -> {
        while (!server.isClosed()) {
          try (Socket s = server.accept()) {
            skipHeaders(s.getInputStream());
            OutputStream out = s.getOutputStream();
            if (sendHeaders) {
              out.write(("HTTP/1.1 200 OK\r\nContent-Type: image/png\r\nContent-Length: 100000\r\n\r\n")
                  .getBytes(StandardCharsets.US_ASCII));
              out.flush();
            }
            for (int i = 0; i < 100_000 && !server.isClosed(); i++) {
              if (sendHeaders) {
                out.write(0x89);
                out.flush();
              }
              Thread.sleep(100);
            }
          } catch (IOException | InterruptedException e) {
            // the client gave up or the test ended
          }
        }
      }, "slow-server");
      thread.setDaemon(true);
      thread.start();
    }

    String url() {
      return "http://127.0.0.1:" + server.getLocalPort() + "/slow.png";
    }

    private static void skipHeaders(InputStream in) throws IOException {
      int state = 0;
      for (int c; (c = in.read()) >= 0; ) {
        state = (c == '\r' || c == '\n') ? state + 1 : 0;
        if (state == 4) {
          return;
        }
      }
    }

    @Override
    public void close() throws IOException {
      server.close();
      thread.interrupt();
    }
  }

  @Test
  @Timeout(value = 30, threadMode = ThreadMode.SEPARATE_THREAD)
  void aServerTricklingItsBodyCannotHoldTheBuild() throws IOException {
    try (SlowServer server = new SlowServer(true)) {
      assertSkippedWithin(server.url(), "did not finish within 1 s");
    }
  }

  @Test
  @Timeout(value = 30, threadMode = ThreadMode.SEPARATE_THREAD)
  void aServerThatNeverAnswersCannotHoldTheBuild() throws IOException {
    try (SlowServer server = new SlowServer(false)) {
      assertSkippedWithin(server.url(), "within 1 s");
    }
  }

  private static void assertSkippedWithin(String url, String why) {
    Diagnostics.Collecting warnings = new Diagnostics.Collecting();
    ResourcePolicy policy = ResourcePolicy.localOnly(Path.of(".")).withRemote(true)
        .withRemoteTimeout(Duration.ofSeconds(1));
    ResourceLoader loader = new ResourceLoader(policy, warnings);
    assertThat(loader.image(url, Path.of("."))).isEmpty();
    assertThat(warnings.warnings()).singleElement().asString().contains("slow.png").contains(why);
  }
}
