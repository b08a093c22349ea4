package io.github.linkpost.metadata;

import io.github.linkpost.LinkPostException;
import io.github.linkpost.metadata.internal.HttpFetch;
import io.github.linkpost.metadata.internal.Version;
import java.net.URI;
import java.time.Duration;
import java.util.Objects;
import javax.net.ssl.SSLContext;

/**
 * Fetches a web page over http or https with the JDK's {@code HttpClient}, as a careful
 * browser would fetch it for reading and no further: nothing on the page is run, and no
 * cookie is kept.
 *
 * <pre>{@code
 * PageFetcher fetcher = PageFetcher.builder().timeout(Duration.ofSeconds(10)).build();
 * try {
 *   WebPage page = fetcher.fetch(URI.create("https://example.org/2024/11/10/notes/"));
 *   PageMetadata meta = PageMetadata.read(page);
 * } catch (LinkPostException e) {
 *   System.err.println(e.getMessage());
 *   // cannot fetch https://example.org/2024/11/10/notes/: the server answered 404 Not Found
 * }
 * }</pre>
 *
 * <p>What it does:
 * <ul>
 *   <li>http and https URLs only; up to 5 redirects (301, 302, 303, 307, 308), each to an
 *       http or https URL; a redirect from https to http is refused (it would send the rest
 *       of the exchange in the clear), one from http to https followed;
 *   <li>a connect timeout (default 10 s) and a timeout for the whole fetch, redirects and body
 *       included (default 30 s);
 *   <li>a size limit (default 10 MiB) on the body as sent and as decompressed (gzip and
 *       deflate are asked for and undone);
 *   <li>a {@code User-Agent} naming linkpost and its version, {@code linkpost/0.1.0
 *       (+https://github.com/linkpost/linkpost)};
 *   <li>only {@code text/html} and {@code application/xhtml+xml} (or, without a
 *       {@code Content-Type}, a body that starts like HTML); the charset as
 *       {@link WebPage#decode(byte[], String, URI)} finds it.
 * </ul>
 * Every failure is a {@link LinkPostException} with one line naming the URL and the cause:
 * a host that cannot be found, a refused connection, a timeout, a 4xx or 5xx answer, a page
 * that is not HTML, one that is too large, a redirect that is not followed.
 *
 * <p>Instances are immutable and thread-safe; one fetcher serves many fetches at once.
 */
public final class PageFetcher {
  private static final String USER_AGENT =
      "linkpost/" + Version.get() + " (+https://github.com/linkpost/linkpost)";
  private static final int MAX_REDIRECTS = 5;

  private final HttpFetch fetch;
  private final Builder settings;

  private PageFetcher(Builder b) {
    this.settings = b.copy();
    this.fetch = new HttpFetch(b.connectTimeout, b.timeout, b.maxBytes, b.maxRedirects,
        b.userAgent, b.sslContext);
  }

  /**
   * A fetcher with the default settings.
   *
   * @return a new fetcher
   */
  public static PageFetcher standard() {
    return builder().build();
  }

  /**
   * Starts a fetcher with the default settings.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * A builder with this fetcher's settings.
   *
   * @return a new builder
   */
  public Builder toBuilder() {
    return settings.copy();
  }

  /**
   * The User-Agent this library sends unless told otherwise.
   *
   * @return {@code linkpost/VERSION (+https://github.com/linkpost/linkpost)}
   */
  public static String defaultUserAgent() {
    return USER_AGENT;
  }

  /**
   * Fetches a page.
   *
   * @param url an absolute http or https URL
   * @return the page, with the URL it was found at after redirects
   * @throws LinkPostException when the page cannot be fetched, with one line saying why
   */
  public WebPage fetch(URI url) {
    return fetch.fetch(Objects.requireNonNull(url, "url"));
  }

  /** Configures a {@link PageFetcher}. */
  public static final class Builder {
    private Duration connectTimeout = Duration.ofSeconds(10);
    private Duration timeout = Duration.ofSeconds(30);
    private long maxBytes = 10L * 1024 * 1024;
    private int maxRedirects = MAX_REDIRECTS;
    private String userAgent = USER_AGENT;
    private SSLContext sslContext;

    private Builder() {}

    /**
     * How long to wait for a connection.
     *
     * @param connectTimeout positive; default 10 s
     * @return this builder
     */
    public Builder connectTimeout(Duration connectTimeout) {
      this.connectTimeout = positive("connectTimeout", connectTimeout);
      return this;
    }

    /**
     * How long the whole fetch may take, redirects and body included.
     *
     * @param timeout positive; default 30 s
     * @return this builder
     */
    public Builder timeout(Duration timeout) {
      this.timeout = positive("timeout", timeout);
      return this;
    }

    /**
     * The largest body read, as sent and as decompressed.
     *
     * @param maxBytes positive; default 10 MiB
     * @return this builder
     */
    public Builder maxBytes(long maxBytes) {
      if (maxBytes <= 0) {
        throw new IllegalArgumentException("maxBytes must be positive, was " + maxBytes);
      }
      this.maxBytes = maxBytes;
      return this;
    }

    /**
     * How many redirects to follow.
     *
     * @param maxRedirects 0 to 5; default 5
     * @return this builder
     */
    public Builder maxRedirects(int maxRedirects) {
      if (maxRedirects < 0 || maxRedirects > MAX_REDIRECTS) {
        throw new IllegalArgumentException(
            "maxRedirects must be between 0 and " + MAX_REDIRECTS + ", was " + maxRedirects);
      }
      this.maxRedirects = maxRedirects;
      return this;
    }

    /**
     * The User-Agent header.
     *
     * @param userAgent one line, not blank; default {@link #defaultUserAgent()}
     * @return this builder
     */
    public Builder userAgent(String userAgent) {
      Objects.requireNonNull(userAgent, "userAgent");
      if (userAgent.isBlank() || userAgent.chars().anyMatch(c -> c < 0x20 || c == 0x7F)) {
        throw new IllegalArgumentException(
            "userAgent must be one line and not blank, was \"" + userAgent + "\"");
      }
      this.userAgent = userAgent;
      return this;
    }

    /**
     * The TLS settings (trusted certificates, protocols), for a private certificate authority.
     *
     * @param sslContext the context; default the JDK's
     * @return this builder
     */
    public Builder sslContext(SSLContext sslContext) {
      this.sslContext = Objects.requireNonNull(sslContext, "sslContext");
      return this;
    }

    /**
     * The fetcher.
     *
     * @return an immutable fetcher
     */
    public PageFetcher build() {
      return new PageFetcher(this);
    }

    private Builder copy() {
      Builder b = new Builder();
      b.connectTimeout = connectTimeout;
      b.timeout = timeout;
      b.maxBytes = maxBytes;
      b.maxRedirects = maxRedirects;
      b.userAgent = userAgent;
      b.sslContext = sslContext;
      return b;
    }

    private static Duration positive(String name, Duration d) {
      Objects.requireNonNull(d, name);
      if (d.isZero() || d.isNegative()) {
        throw new IllegalArgumentException(name + " must be positive, was " + d);
      }
      return d;
    }
  }
}
