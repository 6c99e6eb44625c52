package dev.notedeck.preview;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import dev.notedeck.NotedeckException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.BindException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * The live preview's web server (the JDK's own {@code com.sun.net.httpserver}), on 127.0.0.1
 * only: the page, the handout and slide images of the last good build, its state as JSON, and
 * server-sent events that tell open pages to update after every build.
 *
 * <pre>
 *   /                the page (slide list, slides, handout side by side)
 *   /state           {"good":N,"slides":K,"error":...}
 *   /handout         the last good HTML handout
 *   /slides/N.png    slide N of the last good deck
 *   /events          server-sent events: one "build" event with the state after each build
 * </pre>
 */
public final class PreviewServer implements AutoCloseable {

  /** A comment line keeps proxies and the browser from closing a quiet event stream. */
  private static final long KEEPALIVE_SECONDS = 15;

  private final HttpServer server;
  private final ExecutorService threads;
  private final List<BlockingQueue<String>> listeners = new CopyOnWriteArrayList<>();
  private final byte[] page;
  private volatile PreviewState state = PreviewState.INITIAL;

  private PreviewServer(HttpServer server, ExecutorService threads, byte[] page) {
    this.server = server;
    this.threads = threads;
    this.page = page;
  }

  /** Starts serving on 127.0.0.1:{@code port}; 0 picks a free port. */
  public static PreviewServer start(int port, String title) {
    HttpServer http;
    try {
      http = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 0);
    } catch (BindException e) {
      throw new NotedeckException("port " + port + " is in use; choose another with --port, "
          + "or leave --port out for a free one", e);
    } catch (IOException e) {
      throw new NotedeckException("cannot start the preview server (" + e.getMessage() + ")", e);
    }
    // one thread per open event stream, plus short requests; daemon so Ctrl-C ends the JVM
    ExecutorService threads = Executors.newCachedThreadPool(r -> {
      Thread t = new Thread(r, "notedeck-preview-http");
      t.setDaemon(true);
      return t;
    });
    PreviewServer preview = new PreviewServer(http, threads, PreviewPage.html(title));
    http.setExecutor(threads);
    http.createContext("/", preview::handle);
    http.start();
    return preview;
  }

  /** The page's address, e.g. {@code http://127.0.0.1:53211/}. */
  public URI address() {
    InetSocketAddress bound = server.getAddress();
    return URI.create("http://" + bound.getAddress().getHostAddress() + ":" + bound.getPort() + "/");
  }

  /** A good build: show these outputs and clear any error. */
  public void show(byte[] handoutHtml, List<byte[]> slides) {
    publish(state.good(handoutHtml, slides));
  }

  /** A broken build: show the message over the last good outputs, which stay. */
  public void showError(String message) {
    publish(state.failed(message));
  }

  private synchronized void publish(PreviewState next) {
    state = next;
    String event = "event: build\ndata: " + next.json() + "\n\n";
    listeners.forEach(queue -> queue.offer(event));
  }

  private void handle(HttpExchange exchange) throws IOException {
    try (exchange) {
      if (!fromThisMachine(exchange)) {
        send(exchange, 403, "text/plain", "only http://127.0.0.1 may ask".getBytes(StandardCharsets.UTF_8));
        return;
      }
      if (!exchange.getRequestMethod().equals("GET") && !exchange.getRequestMethod().equals("HEAD")) {
        send(exchange, 405, "text/plain", new byte[0]);
        return;
      }
      String path = exchange.getRequestURI().getPath();
      PreviewState now = state;
      if (path.equals("/")) {
        send(exchange, 200, "text/html; charset=utf-8", page);
      } else if (path.equals("/state")) {
        send(exchange, 200, "application/json; charset=utf-8", now.json().getBytes(StandardCharsets.UTF_8));
      } else if (path.equals("/handout") && now.handout() != null) {
        send(exchange, 200, "text/html; charset=utf-8", now.handout());
      } else if (path.equals("/events")) {
        stream(exchange);
      } else if (path.startsWith("/slides/") && path.endsWith(".png")) {
        byte[] png = slide(now, path.substring("/slides/".length(), path.length() - ".png".length()));
        if (png == null) {
          send(exchange, 404, "text/plain", new byte[0]);
        } else {
          send(exchange, 200, "image/png", png);
        }
      } else {
        send(exchange, 404, "text/plain", "not found".getBytes(StandardCharsets.UTF_8));
      }
    }
  }

  private static byte[] slide(PreviewState state, String number) {
    try {
      int n = Integer.parseInt(number);
      return n >= 1 && n <= state.slides().size() ? state.slides().get(n - 1) : null;
    } catch (NumberFormatException e) {
      return null;
    }
  }

  /**
   * Another site open in the same browser could send requests here, even via a DNS name that
   * resolves to 127.0.0.1; only pages that name this server by its loopback address get answers.
   */
  private boolean fromThisMachine(HttpExchange exchange) {
    String host = exchange.getRequestHeaders().getFirst("Host");
    int port = server.getAddress().getPort();
    return host != null && (host.equalsIgnoreCase("127.0.0.1:" + port)
        || host.toLowerCase(Locale.ROOT).equals("localhost:" + port));
  }

  /** Holds the exchange open and writes one event per build until the page goes away. */
  private void stream(HttpExchange exchange) throws IOException {
    BlockingQueue<String> queue = new LinkedBlockingQueue<>();
    exchange.getResponseHeaders().set("Content-Type", "text/event-stream; charset=utf-8");
    exchange.getResponseHeaders().set("Cache-Control", "no-store");
    exchange.sendResponseHeaders(200, 0);
    OutputStream body = exchange.getResponseBody();
    listeners.add(queue);
    try {
      write(body, "retry: 1000\n\n");
      while (!Thread.currentThread().isInterrupted()) {
        String event = queue.poll(KEEPALIVE_SECONDS, TimeUnit.SECONDS);
        write(body, event == null ? ": still here\n\n" : event);
      }
    } catch (InterruptedException stop) {
      Thread.currentThread().interrupt();
    } catch (IOException pageClosed) {
      // the browser closed the tab or reloaded: this stream is done
    } finally {
      listeners.remove(queue);
    }
  }

  private static void write(OutputStream body, String text) throws IOException {
    body.write(text.getBytes(StandardCharsets.UTF_8));
    body.flush();
  }

  private static void send(HttpExchange exchange, int status, String type, byte[] body) throws IOException {
    exchange.getResponseHeaders().set("Content-Type", type);
    exchange.getResponseHeaders().set("Cache-Control", "no-store");
    exchange.getResponseHeaders().set("X-Content-Type-Options", "nosniff");
    boolean head = exchange.getRequestMethod().equals("HEAD");
    exchange.sendResponseHeaders(status, head || body.length == 0 ? -1 : body.length);
    if (!head && body.length > 0) {
      try (OutputStream out = exchange.getResponseBody()) {
        out.write(body);
      }
    }
  }

  @Override
  public void close() {
    server.stop(0);
    threads.shutdownNow();
  }

  /** A resource of this package (the page). */
  static byte[] resource(String name) {
    try (InputStream in = PreviewServer.class.getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalStateException("missing resource " + name);
      }
      return in.readAllBytes();
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }
}
