package io.github.linkpost.metadata.internal;

import io.github.linkpost.LinkPostException;
import io.github.linkpost.metadata.WebPage;
import java.io.IOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.UnknownHostException;
import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.channels.UnresolvedAddressException;
import java.time.Duration;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicReference;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLException;

/**
 * One page fetched: redirects followed by hand (so that each is checked), the whole fetch
 * within one deadline, the body within a size limit, every failure one line.
 */
public final class HttpFetch {
  private static final Map<Integer, String> REASONS = Map.ofEntries(
      Map.entry(400, "Bad Request"), Map.entry(401, "Unauthorized"), Map.entry(402,
          "Payment Required"), Map.entry(403, "Forbidden"), Map.entry(404, "Not Found"),
      Map.entry(405, "Method Not Allowed"), Map.entry(406, "Not Acceptable"),
      Map.entry(408, "Request Timeout"), Map.entry(410, "Gone"),
      Map.entry(429, "Too Many Requests"), Map.entry(451, "Unavailable For Legal Reasons"),
      Map.entry(500, "Internal Server Error"), Map.entry(501, "Not Implemented"),
      Map.entry(502, "Bad Gateway"), Map.entry(503, "Service Unavailable"),
      Map.entry(504, "Gateway Timeout"));
  private static final Set<Integer> REDIRECTS = Set.of(301, 302, 303, 307, 308);

  private final HttpClient client;
  private final Duration connectTimeout;
  private final Duration timeout;
  private final long maxBytes;
  private final int maxRedirects;
  private final String userAgent;

  /** The fetcher's settings; {@code sslContext} may be null for the JDK's default. */
  public HttpFetch(Duration connectTimeout, Duration timeout, long maxBytes, int maxRedirects,
      String userAgent, SSLContext sslContext) {
    HttpClient.Builder builder = HttpClient.newBuilder()
        .connectTimeout(connectTimeout)
        .followRedirects(HttpClient.Redirect.NEVER)
        .version(HttpClient.Version.HTTP_1_1);
    if (sslContext != null) {
      builder.sslContext(sslContext);
    }
    this.client = builder.build();
    this.connectTimeout = connectTimeout;
    this.timeout = timeout;
    this.maxBytes = maxBytes;
    this.maxRedirects = maxRedirects;
    this.userAgent = userAgent;
  }

  /** The page at the URL, after redirects. */
  public WebPage fetch(URI url) {
    checkScheme(url, url, null);
    long deadline = System.nanoTime() + timeout.toNanos();
    Set<String> seen = new HashSet<>();
    URI current = url;
    for (int hop = 0; ; hop++) {
      seen.add(current.normalize().toString());
      Exchange exchange = exchange(current, deadline);
      HttpResponse<byte[]> response = exchange.response;
      int status = response.statusCode();
      if (REDIRECTS.contains(status)) {
        String location = response.headers().firstValue("Location").orElse(null);
        if (location == null || location.isBlank()) {
          throw fail(current, "the server answered " + status + " without a Location");
        }
        URI next = Urls.parse(location);
        if (next == null) {
          throw fail(current, "the server redirected to an address that is not a URL: "
              + location);
        }
        try {
          next = current.resolve(next);
        } catch (IllegalArgumentException e) {
          throw fail(current, "the server redirected to an address that is not a URL: "
              + location);
        }
        checkScheme(url, next, current);
        if (hop >= maxRedirects) {
          throw fail(url, "too many redirects (more than " + maxRedirects + ")");
        }
        if (!seen.add(next.normalize().toString())) {
          throw fail(url, "the redirects go round in a loop (back to " + next + ")");
        }
        seen.remove(next.normalize().toString());
        current = next;
        continue;
      }
      if (status >= 400) {
        String reason = REASONS.get(status);
        throw fail(current, "the server answered " + status + (reason != null ? " " + reason : ""));
      }
      if (status < 200 || status >= 300) {
        throw fail(current, "the server answered " + status + ", not a page");
      }
      if (exchange.refusal != null) {
        throw fail(current, exchange.refusal);
      }
      String contentType = response.headers().firstValue("Content-Type").orElse(null);
      byte[] body;
      try {
        body = Bodies.decode(response.body(),
            response.headers().firstValue("Content-Encoding").orElse(null), maxBytes);
      } catch (Bodies.TooLarge e) {
        throw fail(current, tooLarge());
      } catch (IOException e) {
        throw fail(current, e.getMessage());
      }
      if (contentType == null && !looksLikeHtml(body)) {
        throw fail(current, "not an HTML page (the server sent no Content-Type, and the body"
            + " is not HTML)");
      }
      return WebPage.decode(body, contentType, current);
    }
  }

  /** A response, or why its body was not read. */
  private record Exchange(HttpResponse<byte[]> response, String refusal) {}

  private Exchange exchange(URI url, long deadline) {
    HttpRequest request;
    try {
      request = HttpRequest.newBuilder(url)
          .timeout(remaining(deadline, url))
          .header("User-Agent", userAgent)
          .header("Accept", "text/html,application/xhtml+xml;q=0.9,*/*;q=0.1")
          .header("Accept-Encoding", "gzip, deflate")
          .GET()
          .build();
    } catch (IllegalArgumentException e) {
      throw fail(url, "not a URL that can be fetched");
    }
    AtomicReference<String> refusal = new AtomicReference<>();
    AtomicReference<Bodies.Capped> reading = new AtomicReference<>();
    CompletableFuture<HttpResponse<byte[]>> future = client.sendAsync(request, info -> {
      int status = info.statusCode();
      if (status < 200 || status >= 300) {
        return new Bodies.Dropped();
      }
      String type = info.headers().firstValue("Content-Type").orElse(null);
      if (type != null && !isHtml(type)) {
        refusal.set("not an HTML page (the server sent " + mediaType(type) + ")");
        return new Bodies.Dropped();
      }
      long length = info.headers().firstValueAsLong("Content-Length").orElse(-1);
      if (length > maxBytes) {
        refusal.set(tooLarge());
        return new Bodies.Dropped();
      }
      Bodies.Capped capped = new Bodies.Capped(maxBytes);
      reading.set(capped);
      return capped;
    });
    try {
      long wait = Math.max(1, deadline - System.nanoTime());
      return new Exchange(future.get(wait, TimeUnit.NANOSECONDS), refusal.get());
    } catch (TimeoutException e) {
      Bodies.Capped capped = reading.get();
      if (capped != null) {
        capped.cancel();
      }
      future.cancel(true);
      throw fail(url, timedOut());
    } catch (InterruptedException e) {
      future.cancel(true);
      Thread.currentThread().interrupt();
      throw fail(url, "interrupted");
    } catch (ExecutionException e) {
      throw fail(url, reason(e.getCause(), url));
    }
  }

  private Duration remaining(long deadline, URI url) {
    long left = deadline - System.nanoTime();
    if (left <= 0) {
      throw fail(url, timedOut());
    }
    return Duration.ofNanos(left);
  }

  private String reason(Throwable error, URI url) {
    String host = url.getHost() + (url.getPort() >= 0 ? ":" + url.getPort() : "");
    for (Throwable t = error; t != null; t = t.getCause()) {
      if (t instanceof Bodies.TooLarge) {
        return tooLarge();
      }
      if (t instanceof HttpConnectTimeoutException) {
        return "could not connect to " + host + " within " + seconds(connectTimeout);
      }
      if (t instanceof HttpTimeoutException) {
        return timedOut();
      }
      if (t instanceof UnresolvedAddressException || t instanceof UnknownHostException) {
        return "cannot find the host " + url.getHost();
      }
      if (t instanceof SSLException) {
        return "the secure connection to " + host + " failed (" + message(t) + ")";
      }
    }
    for (Throwable t = error; t != null; t = t.getCause()) {
      if (t instanceof ConnectException) {
        // The client's own ConnectException for a refused connection has no message.
        String m = null;
        for (Throwable c = t; c != null && m == null; c = c.getCause()) {
          m = c.getMessage() == null || c.getMessage().isBlank() ? null : c.getMessage();
        }
        return m == null || m.toLowerCase(Locale.ROOT).contains("refused")
            ? "the connection to " + host + " was refused"
            : "cannot connect to " + host + " (" + m + ")";
      }
    }
    if (error instanceof IOException && error.getMessage() != null) {
      String m = error.getMessage();
      if (m.contains("closed") || m.contains("EOF") || m.contains("reset")) {
        return "the connection to " + host + " was closed before the page was read";
      }
    }
    return "the request failed (" + message(error) + ")";
  }

  private static String message(Throwable t) {
    String m = t.getMessage();
    return m == null || m.isBlank() ? t.getClass().getSimpleName() : m.lines().findFirst().orElse(m);
  }

  private String tooLarge() {
    return "the page is larger than the limit of " + megabytes(maxBytes);
  }

  private String timedOut() {
    return "no complete answer within " + seconds(timeout);
  }

  private static String seconds(Duration d) {
    long ms = d.toMillis();
    return ms % 1000 == 0 ? ms / 1000 + " s" : String.format(Locale.ROOT, "%.1f s", ms / 1000.0);
  }

  private static String megabytes(long bytes) {
    if (bytes % (1024 * 1024) == 0) {
      return bytes / (1024 * 1024) + " MiB";
    }
    return bytes % 1024 == 0 ? bytes / 1024 + " KiB" : bytes + " bytes";
  }

  private static void checkScheme(URI original, URI url, URI from) {
    String scheme = url.getScheme() == null ? "" : url.getScheme().toLowerCase(Locale.ROOT);
    if (from == null) {
      if (!scheme.equals("http") && !scheme.equals("https") || url.getHost() == null) {
        throw fail(url, "only http and https URLs with a host are fetched");
      }
      return;
    }
    if (!scheme.equals("http") && !scheme.equals("https")) {
      throw fail(original, "the server redirected to a " + (scheme.isEmpty() ? "relative"
          : scheme + ":") + " URL, and only http and https are followed");
    }
    if (url.getHost() == null) {
      throw fail(original, "the server redirected to a URL without a host: " + url);
    }
    if (scheme.equals("http") && "https".equalsIgnoreCase(from.getScheme())) {
      throw fail(original, "the server redirected from https to http (" + url
          + "), which is not followed");
    }
  }

  private static boolean isHtml(String contentType) {
    String type = mediaType(contentType);
    return type.equals("text/html") || type.equals("application/xhtml+xml");
  }

  private static String mediaType(String contentType) {
    int semicolon = contentType.indexOf(';');
    return (semicolon >= 0 ? contentType.substring(0, semicolon) : contentType)
        .strip().toLowerCase(Locale.ROOT);
  }

  /** Without a Content-Type: HTML if it starts, after white space, like an HTML document. */
  private static boolean looksLikeHtml(byte[] body) {
    String start = new String(body, 0, Math.min(body.length, 512),
        java.nio.charset.StandardCharsets.ISO_8859_1).stripLeading()
        .replace("\u00EF\u00BB\u00BF", "").toLowerCase(Locale.ROOT);
    return start.startsWith("<!doctype html") || start.startsWith("<html")
        || start.startsWith("<head") || start.startsWith("<!--") || start.startsWith("<meta")
        || start.startsWith("<title");
  }

  private static LinkPostException fail(URI url, String reason) {
    return new LinkPostException("cannot fetch " + url + ": " + reason);
  }
}
