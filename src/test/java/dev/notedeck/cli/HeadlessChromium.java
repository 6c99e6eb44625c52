package dev.notedeck.cli;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.WebSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Debian's {@code chromium}, headless, driven over the DevTools protocol with the JDK's own
 * WebSocket client: open a page, evaluate JavaScript in it. Only loopback addresses are used.
 */
final class HeadlessChromium implements AutoCloseable {

  private static final Duration START = Duration.ofSeconds(60);
  private static final Pattern ID = Pattern.compile("^\\{\"id\":(\\d+),");

  private final Process process;
  private final WebSocket socket;
  private final AtomicInteger ids = new AtomicInteger();
  private final Map<Integer, CompletableFuture<String>> pending = new ConcurrentHashMap<>();

  private HeadlessChromium(Process process, WebSocket socket) {
    this.process = process;
    this.socket = socket;
  }

  /** The browser, or null when none is installed. */
  static Path executable() {
    for (String name : List.of("chromium", "chromium-browser", "google-chrome")) {
      for (String dir : System.getenv().getOrDefault("PATH", "/usr/bin").split(":")) {
        Path candidate = Path.of(dir, name);
        if (Files.isExecutable(candidate)) {
          return candidate;
        }
      }
    }
    return null;
  }

  /** Starts the browser on {@code url} with a fresh profile in {@code profile}. */
  static HeadlessChromium open(Path browser, URI url, Path profile) throws Exception {
    Process process = new ProcessBuilder(browser.toString(), "--headless", "--no-sandbox", "--disable-gpu",
        "--disable-quic", "--no-first-run", "--disable-background-networking",
        "--disable-component-update", "--disable-sync", "--disable-extensions",
        "--no-default-browser-check", "--window-size=1400,900",
        "--user-data-dir=" + profile, "--remote-debugging-address=127.0.0.1",
        "--remote-debugging-port=0", url.toString())
        .redirectErrorStream(true)
        .redirectOutput(profile.resolve("chromium.log").toFile())
        .start();
    try {
      int port = debuggingPort(profile, process);
      HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
      String pageSocket = pageSocket(http, port);
      HeadlessChromium[] self = new HeadlessChromium[1];
      WebSocket socket = http.newWebSocketBuilder().connectTimeout(Duration.ofSeconds(10))
          .buildAsync(URI.create(pageSocket), new WebSocket.Listener() {
            private final StringBuilder message = new StringBuilder();

            @Override
            public CompletionStage<?> onText(WebSocket ws, CharSequence data, boolean last) {
              message.append(data);
              if (last) {
                self[0].received(message.toString());
                message.setLength(0);
              }
              ws.request(1);
              return null;
            }
          }).get(20, TimeUnit.SECONDS);
      self[0] = new HeadlessChromium(process, socket);
      return self[0];
    } catch (Exception e) {
      process.destroyForcibly();
      throw new IllegalStateException("chromium did not start; its log: "
          + readOrEmpty(profile.resolve("chromium.log")), e);
    }
  }

  /** Chromium writes the port it chose to DevToolsActivePort in the profile. */
  private static int debuggingPort(Path profile, Process process) throws Exception {
    Path file = profile.resolve("DevToolsActivePort");
    long deadline = System.nanoTime() + START.toNanos();
    while (System.nanoTime() < deadline) {
      if (Files.exists(file)) {
        List<String> lines = Files.readAllLines(file);
        if (!lines.isEmpty() && !lines.get(0).isBlank()) {
          return Integer.parseInt(lines.get(0).strip());
        }
      }
      if (!process.isAlive()) {
        throw new IllegalStateException("chromium exited with " + process.exitValue());
      }
      Thread.sleep(100);
    }
    throw new IllegalStateException("no DevToolsActivePort after " + START);
  }

  private static String pageSocket(HttpClient http, int port) throws Exception {
    Pattern socket = Pattern.compile("\"type\"\\s*:\\s*\"page\"[^}]*?\"webSocketDebuggerUrl\"\\s*:\\s*\"(ws://[^\"]+)\"",
        Pattern.DOTALL);
    long deadline = System.nanoTime() + START.toNanos();
    while (System.nanoTime() < deadline) {
      String list = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/json/list"))
          .timeout(Duration.ofSeconds(10)).build(), HttpResponse.BodyHandlers.ofString()).body();
      Matcher m = socket.matcher(list);
      if (m.find()) {
        return m.group(1);
      }
      Thread.sleep(100);
    }
    throw new IllegalStateException("no page target");
  }

  private void received(String message) {
    Matcher id = ID.matcher(message);
    if (id.find()) {
      CompletableFuture<String> waiting = pending.remove(Integer.parseInt(id.group(1)));
      if (waiting != null) {
        waiting.complete(message);
      }
    }
  }

  /**
   * Evaluates {@code expression} in the page and returns its value as a string (JavaScript's
   * {@code String(value)}); an exception in the page comes back as its message.
   */
  String eval(String expression) throws Exception {
    int id = ids.incrementAndGet();
    CompletableFuture<String> reply = new CompletableFuture<>();
    pending.put(id, reply);
    String js = "(() => { try { return String(" + expression + "); } catch (e) { return 'error: ' + e; } })()";
    socket.sendText("{\"id\":" + id + ",\"method\":\"Runtime.evaluate\",\"params\":{\"expression\":"
        + quote(js) + ",\"returnByValue\":true}}", true).get(10, TimeUnit.SECONDS);
    String message = reply.get(20, TimeUnit.SECONDS);
    int value = message.indexOf("\"value\":");
    return value < 0 ? "" : unquote(message.substring(value + "\"value\":".length()));
  }

  /** Polls {@code expression} until it is "true" or the time is up; false then. */
  boolean waitFor(String expression, Duration timeout) throws Exception {
    long deadline = System.nanoTime() + timeout.toNanos();
    while (System.nanoTime() < deadline) {
      if ("true".equals(eval(expression))) {
        return true;
      }
      Thread.sleep(100);
    }
    return false;
  }

  private static String quote(String s) {
    StringBuilder sb = new StringBuilder("\"");
    for (char c : s.toCharArray()) {
      if (c == '"' || c == '\\') {
        sb.append('\\').append(c);
      } else if (c < 0x20) {
        sb.append(String.format("\\u%04x", (int) c));
      } else {
        sb.append(c);
      }
    }
    return sb.append('"').toString();
  }

  /** A JSON string literal (the value CDP returns) to its text. */
  private static String unquote(String literal) {
    if (!literal.startsWith("\"")) {
      return literal;
    }
    StringBuilder sb = new StringBuilder();
    for (int i = 1; i < literal.length(); i++) {
      char c = literal.charAt(i);
      if (c == '"') {
        break;
      }
      if (c == '\\') {
        char e = literal.charAt(++i);
        switch (e) {
          case 'n' -> sb.append('\n');
          case 't' -> sb.append('\t');
          case 'r' -> sb.append('\r');
          case 'b' -> sb.append('\b');
          case 'f' -> sb.append('\f');
          case 'u' -> {
            sb.append((char) Integer.parseInt(literal.substring(i + 1, i + 5), 16));
            i += 4;
          }
          default -> sb.append(e);
        }
      } else {
        sb.append(c);
      }
    }
    return sb.toString();
  }

  /** A picture of the page as a person would see it (for looking at, not for asserting). */
  void screenshot(Path png) throws Exception {
    int id = ids.incrementAndGet();
    CompletableFuture<String> reply = new CompletableFuture<>();
    pending.put(id, reply);
    socket.sendText("{\"id\":" + id + ",\"method\":\"Page.captureScreenshot\",\"params\":{\"format\":\"png\"}}", true)
        .get(10, TimeUnit.SECONDS);
    Matcher m = Pattern.compile("\"data\":\"([^\"]+)\"").matcher(reply.get(30, TimeUnit.SECONDS));
    if (m.find()) {
      Files.write(png, java.util.Base64.getDecoder().decode(m.group(1)));
    }
  }

  private static String readOrEmpty(Path file) {
    try {
      return Files.readString(file, StandardCharsets.UTF_8);
    } catch (IOException e) {
      return "";
    }
  }

  @Override
  public void close() throws InterruptedException {
    socket.abort();
    process.destroy();
    if (!process.waitFor(10, TimeUnit.SECONDS)) {
      process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
    }
  }
}
