package dev.notedeck.resource;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.util.Locale;

/**
 * Fetches one http(s) resource with a connect timeout, a whole-request timeout and a size cap.
 * Only ever created when the user passed {@code --allow-remote}.
 */
final class RemoteFetcher {

  private final HttpClient client;
  private final Duration timeout;
  private final long maxBytes;

  RemoteFetcher(Duration timeout, long maxBytes) {
    this.timeout = timeout;
    this.maxBytes = maxBytes;
    // NORMAL never follows https -> http; HttpClient follows no other protocol at all.
    this.client = HttpClient.newBuilder()
        .connectTimeout(timeout)
        .followRedirects(HttpClient.Redirect.NORMAL)
        .build();
  }

  byte[] fetch(URI uri) throws Refusal {
    String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
    if (!scheme.equals("http") && !scheme.equals("https")) {
      throw new Refusal(scheme + ": URLs are not supported; only http and https are fetched");
    }
    HttpRequest request = HttpRequest.newBuilder(uri).timeout(timeout)
        .header("User-Agent", "notedeck").GET().build();
    try {
      HttpResponse<InputStream> response = client.send(request, HttpResponse.BodyHandlers.ofInputStream());
      try (InputStream body = response.body()) {
        if (response.statusCode() != 200) {
          throw new Refusal("the server answered HTTP " + response.statusCode());
        }
        long declared = response.headers().firstValueAsLong("Content-Length").orElse(-1);
        if (declared > maxBytes) {
          throw new Refusal("it is " + Sizes.human(declared) + ", over the limit of " + Sizes.human(maxBytes));
        }
        return Sizes.readCapped(body, maxBytes);
      }
    } catch (HttpTimeoutException e) {
      throw new Refusal("the server did not answer within " + timeout.toSeconds() + " s");
    } catch (IOException e) {
      throw new Refusal("could not fetch it (" + e.getClass().getSimpleName()
          + (e.getMessage() == null ? "" : ": " + e.getMessage()) + ")");
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new Refusal("the download was interrupted");
    } catch (IllegalArgumentException e) {
      throw new Refusal("it is not a valid URL");
    }
  }
}
