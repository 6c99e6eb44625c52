package dev.notedeck.resource;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import dev.notedeck.diagnostics.Diagnostics;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The policy refuses everything outside the notes' folder and the network, and says why. */
class ResourceLoaderTest {

  @TempDir Path tmp;
  Path notes;
  Path outside;
  Diagnostics.Collecting warnings;

  @BeforeEach
  void folders() throws IOException {
    notes = Files.createDirectories(tmp.resolve("notes"));
    outside = Files.createDirectories(tmp.resolve("secret"));
    Files.write(notes.resolve("pic.png"), TestImages.png(40, 30));
    Files.write(outside.resolve("key.png"), TestImages.png(8, 8));
    warnings = new Diagnostics.Collecting();
  }

  ResourceLoader loader(ResourcePolicy policy) {
    return new ResourceLoader(policy, warnings);
  }

  ResourceLoader local() {
    return loader(ResourcePolicy.localOnly(notes));
  }

  @Test
  void readsAnImageBesideTheNotesWithItsRealFormatAndSize() throws IOException {
    Files.createDirectories(notes.resolve("img"));
    Files.write(notes.resolve("img/photo.jpg"), TestImages.jpeg(64, 48));
    Files.write(notes.resolve("img/anim.gif"), TestImages.gif(10, 20));
    ResourceLoader loader = local();

    LoadedImage png = loader.image("pic.png", notes).orElseThrow();
    LoadedImage jpg = loader.image("./img/photo.jpg", notes).orElseThrow();
    LoadedImage gif = loader.image("img/../img/anim.gif", notes).orElseThrow();

    assertThat(png.format()).isEqualTo(ImageFormat.PNG);
    assertThat(png.width()).isEqualTo(40);
    assertThat(png.height()).isEqualTo(30);
    assertThat(png.bytes()).isEqualTo(Files.readAllBytes(notes.resolve("pic.png")));
    assertThat(jpg.format()).isEqualTo(ImageFormat.JPEG);
    assertThat(jpg.mime()).isEqualTo("image/jpeg");
    assertThat(gif.width()).isEqualTo(10);
    assertThat(gif.height()).isEqualTo(20);
    assertThat(warnings.warnings()).isEmpty();
  }

  @Test
  void formatComesFromTheBytesNotTheName() throws IOException {
    Files.write(notes.resolve("really-a-png.jpg"), TestImages.png(5, 5));
    assertThat(local().image("really-a-png.jpg", notes).orElseThrow().format()).isEqualTo(ImageFormat.PNG);
  }

  @Test
  void percentEncodedNamesAndDataUrisWork() throws IOException {
    Files.write(notes.resolve("my photo.png"), TestImages.png(3, 3));
    ResourceLoader loader = local();
    assertThat(loader.image("my%20photo.png", notes)).isPresent();
    String data = "data:image/png;base64," + Base64.getEncoder().encodeToString(TestImages.png(7, 9));
    assertThat(loader.image(data, notes).orElseThrow().height()).isEqualTo(9);
    assertThat(warnings.warnings()).isEmpty();
  }

  @Test
  void dotDotEscapeIsRefused() {
    assertRefused(local().image("../secret/key.png", notes), "outside the notes' folder", "--allow-local-files");
  }

  @Test
  void absolutePathOutsideIsRefusedButInsideIsFine() {
    ResourceLoader loader = local();
    assertRefused(loader.image(outside.resolve("key.png").toString(), notes), "absolute paths");
    assertThat(loader.image(notes.resolve("pic.png").toString(), notes)).isPresent();
    assertRefused(loader.image("/etc/passwd", notes), "absolute paths");
  }

  @Test
  void fileUrlsAndOtherSchemesAreRefused() {
    ResourceLoader loader = local();
    assertRefused(loader.image(notes.resolve("pic.png").toUri().toString(), notes), "file: URLs");
    warnings = new Diagnostics.Collecting();
    assertRefused(loader(ResourcePolicy.localOnly(notes)).image("javascript:alert(1)", notes), "javascript");
    warnings = new Diagnostics.Collecting();
    assertRefused(loader(ResourcePolicy.localOnly(notes)).image("jar:file:/x.jar!/a.png", notes), "jar");
  }

  @Test
  void symlinkPointingOutsideIsRefusedButOneInsideIsFine() throws IOException {
    Files.createSymbolicLink(notes.resolve("innocent.png"), outside.resolve("key.png"));
    Files.createSymbolicLink(notes.resolve("alias.png"), notes.resolve("pic.png"));
    Files.createSymbolicLink(notes.resolve("linked-dir"), outside);
    ResourceLoader loader = local();
    assertRefused(loader.image("innocent.png", notes), "links to", "outside");
    warnings = new Diagnostics.Collecting();
    assertRefused(loader(ResourcePolicy.localOnly(notes)).image("linked-dir/key.png", notes), "links to");
    assertThat(local().image("alias.png", notes)).isPresent();
  }

  @Test
  void allowLocalFilesWidensTheRoots() {
    ResourceLoader wide = loader(ResourcePolicy.localOnly(notes).withRoots(List.of(outside)));
    assertThat(wide.image("../secret/key.png", notes)).isPresent();
    assertThat(wide.image(outside.resolve("key.png").toString(), notes)).isPresent();
    assertThat(warnings.warnings()).isEmpty();
  }

  @Test
  void missingAndBrokenFilesWarnOnceEach() throws IOException {
    Files.createSymbolicLink(notes.resolve("dangling.png"), notes.resolve("gone.png"));
    ResourceLoader loader = local();
    for (int i = 0; i < 3; i++) {
      assertThat(loader.image("nope.png", notes, notes.resolve("talk.md"), 12)).isEmpty();
    }
    assertThat(loader.image("dangling.png", notes)).isEmpty();
    assertThat(warnings.warnings()).hasSize(2);
    assertThat(warnings.warnings().get(0)).startsWith(notes.resolve("talk.md") + ":12: image 'nope.png' skipped: no such file");
    assertThat(warnings.warnings().get(1)).contains("broken link");
  }

  @Test
  void filesOverTheSizeCapAreRefusedWithoutReadingThem() throws IOException {
    Files.write(notes.resolve("big.png"), TestImages.png(300, 300));
    ResourceLoader loader = loader(ResourcePolicy.localOnly(notes).withMaxBytes(500));
    assertRefused(loader.image("big.png", notes), "over the limit of 500 bytes");
  }

  @Test
  void corruptTruncatedAndForeignFilesAreRefused() throws IOException {
    byte[] png = TestImages.png(200, 200);
    Files.write(notes.resolve("truncated.png"), Arrays.copyOf(png, png.length / 2));
    Files.writeString(notes.resolve("text.png"), "hello, I am not a picture");
    Files.write(notes.resolve("empty.png"), new byte[0]);
    Files.writeString(notes.resolve("drawing.svg"), "<?xml version=\"1.0\"?><svg xmlns=\"http://www.w3.org/2000/svg\"/>");
    Files.write(notes.resolve("photo.webp"), "RIFF\0\0\0\0WEBPVP8 ".getBytes(StandardCharsets.ISO_8859_1));
    ResourceLoader loader = local();
    assertThat(loader.image("truncated.png", notes)).isEmpty();
    assertThat(loader.image("text.png", notes)).isEmpty();
    assertThat(loader.image("empty.png", notes)).isEmpty();
    assertThat(loader.image("drawing.svg", notes)).isEmpty();
    assertThat(loader.image("photo.webp", notes)).isEmpty();
    assertThat(warnings.warnings()).satisfiesExactly(
        w -> assertThat(w).contains("truncated.png").contains("corrupt or truncated"),
        w -> assertThat(w).contains("text.png").contains("not a PNG, JPEG or GIF"),
        w -> assertThat(w).contains("empty.png").contains("empty"),
        w -> assertThat(w).contains("drawing.svg").contains("SVG images are not supported"),
        w -> assertThat(w).contains("photo.webp").contains("WEBP images are not supported"));
  }

  @Test
  void decompressionBombIsRefusedBeforeDecoding() throws IOException {
    Files.write(notes.resolve("bomb.png"), TestImages.pngClaiming(100_000, 100_000));
    assertRefused(local().image("bomb.png", notes), "100000x100000", "megapixels");
  }

  @Test
  void remoteReferencesAreNotFetchedByDefault() throws IOException {
    try (Loopback server = new Loopback()) {
      ResourceLoader loader = local();
      assertRefused(loader.image(server.url("/x.png"), notes), "--allow-remote");
      assertThat(loader.image("//127.0.0.1:" + server.port() + "/y.png", notes)).isEmpty();
      assertThat(loader.image("ftp://127.0.0.1:" + server.port() + "/z.png", notes)).isEmpty();
      assertThat(server.requests.get()).isZero();
    }
  }

  @Test
  void remoteReferencesAreFetchedWhenAllowedWithACap() throws IOException {
    try (Loopback server = new Loopback()) {
      ResourceLoader loader = loader(ResourcePolicy.localOnly(notes).withRemote(true));
      LoadedImage image = loader.image(server.url("/x.png"), notes).orElseThrow();
      assertThat(image.width()).isEqualTo(12);
      assertThat(server.requests.get()).isEqualTo(1);

      assertThat(loader.image(server.url("/missing.png"), notes)).isEmpty();
      assertThat(warnings.warnings()).singleElement().asString().contains("HTTP 404");

      ResourceLoader capped = loader(ResourcePolicy.localOnly(notes).withRemote(true).withMaxBytes(20));
      assertThat(capped.image(server.url("/x.png"), notes)).isEmpty();
      assertThat(warnings.warnings().get(1)).contains("over the limit");
    }
  }

  @Test
  void permitsChecksResolvedUris() throws IOException {
    Files.createSymbolicLink(notes.resolve("innocent.png"), outside.resolve("key.png"));
    ResourceLoader loader = local();
    assertThat(loader.permits(notes.resolve("pic.png").toUri())).isTrue();
    assertThat(loader.permits(outside.resolve("key.png").toUri())).isFalse();
    assertThat(loader.permits(notes.resolve("innocent.png").toUri())).isFalse();
    assertThat(loader.permits(java.net.URI.create("http://127.0.0.1/x.png"))).isFalse();
    assertThat(loader.permits(java.net.URI.create("jar:file:/x.jar!/y"))).isFalse();
    assertThat(loader(ResourcePolicy.localOnly(notes).withRemote(true))
        .permits(java.net.URI.create("https://example.org/x.png"))).isTrue();
  }

  private void assertRefused(Optional<LoadedImage> image, String... reasons) {
    assertThat(image).isEmpty();
    List<String> all = warnings.warnings();
    assertThat(all).isNotEmpty();
    assertThat(all.get(all.size() - 1)).contains("skipped").contains(reasons);
  }

  /** An HTTP server on 127.0.0.1 that serves one PNG at /x.png and counts requests. */
  static final class Loopback implements AutoCloseable {
    final HttpServer server;
    final AtomicInteger requests = new AtomicInteger();

    Loopback() throws IOException {
      server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
      byte[] png = TestImages.png(12, 6);
      server.createContext("/", exchange -> {
        requests.incrementAndGet();
        boolean found = exchange.getRequestURI().getPath().equals("/x.png");
        exchange.sendResponseHeaders(found ? 200 : 404, found ? png.length : -1);
        try (OutputStream out = exchange.getResponseBody()) {
          if (found) {
            out.write(png);
          }
        }
      });
      server.start();
    }

    int port() {
      return server.getAddress().getPort();
    }

    String url(String path) {
      return "http://127.0.0.1:" + port() + path;
    }

    @Override
    public void close() {
      server.stop(0);
    }
  }

}
