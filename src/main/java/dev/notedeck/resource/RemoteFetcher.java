package dev.notedeck.resource;

import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.ByteBuffer;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Flow;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Fetches one http(s) resource within one deadline for the whole exchange (connect, headers and
 * every byte of the body: a server that trickles one byte a second cannot hold a build) and a
 * size cap checked as the bytes arrive. Only ever created when the user passed
 * {@code --allow-remote}.
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
    HttpRequest request;
    try {
      request = HttpRequest.newBuilder(uri).timeout(timeout)
          .header("User-Agent", "notedeck").GET().build();
    } catch (IllegalArgumentException e) {
      throw new Refusal("it is not a valid URL");
    }
    CompletableFuture<HttpResponse<byte[]>> exchange =
        client.sendAsync(request, info -> new CappedBody(info.statusCode(), maxBytes));
    try {
      HttpResponse<byte[]> response = exchange.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
      if (response.statusCode() != 200) {
        throw new Refusal("the server answered HTTP " + response.statusCode());
      }
      return response.body();
    } catch (TimeoutException e) {
      exchange.cancel(true);
      throw new Refusal("the download did not finish within " + timeout.toSeconds() + " s");
    } catch (ExecutionException e) {
      Throwable cause = e.getCause();
      if (cause instanceof Refusal r) {
        throw r;
      }
      if (cause instanceof HttpTimeoutException) {
        throw new Refusal("the server did not answer within " + timeout.toSeconds() + " s");
      }
      throw new Refusal("could not fetch it (" + cause.getClass().getSimpleName()
          + (cause.getMessage() == null ? "" : ": " + cause.getMessage()) + ")");
    } catch (InterruptedException e) {
      exchange.cancel(true);
      Thread.currentThread().interrupt();
      throw new Refusal("the download was interrupted");
    }
  }

  /**
   * Collects the body, cancelling the download once it passes the cap (a body of the wrong
   * status is not read at all).
   */
  private static final class CappedBody implements HttpResponse.BodySubscriber<byte[]> {
    private final CompletableFuture<byte[]> result = new CompletableFuture<>();
    private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    private final int status;
    private final long max;
    private Flow.Subscription subscription;

    CappedBody(int status, long max) {
      this.status = status;
      this.max = max;
    }

    @Override
    public void onSubscribe(Flow.Subscription s) {
      subscription = s;
      if (status != 200) {
        s.cancel();
        result.complete(new byte[0]);
      } else {
        s.request(Long.MAX_VALUE);
      }
    }

    @Override
    public void onNext(List<ByteBuffer> items) {
      for (ByteBuffer b : items) {
        if (bytes.size() + (long) b.remaining() > max) {
          subscription.cancel();
          result.completeExceptionally(new Refusal("it is over the limit of " + Sizes.human(max)));
          return;
        }
        byte[] chunk = new byte[b.remaining()];
        b.get(chunk);
        bytes.write(chunk, 0, chunk.length);
      }
    }

    @Override
    public void onError(Throwable t) {
      result.completeExceptionally(t);
    }

    @Override
    public void onComplete() {
      result.complete(bytes.toByteArray());
    }

    @Override
    public CompletionStage<byte[]> getBody() {
      return result;
    }
  }
}
