package io.github.linkpost.metadata;

import io.github.linkpost.LinkPostException;
import io.github.linkpost.metadata.internal.Charsets;
import java.net.URI;
import java.nio.charset.Charset;
import java.util.Objects;
import java.util.Optional;

/**
 * A page's HTML and the URL it was found at (after redirects, when fetched).
 *
 * <pre>{@code
 * WebPage saved = WebPage.decode(Files.readAllBytes(file), URI.create("https://example.org/a"));
 * WebPage typed = WebPage.of("<title>A</title>", URI.create("https://example.org/a"));
 * }</pre>
 *
 * <p>Bytes are decoded as a browser would: a byte order mark first, then the charset the
 * server declared, then a {@code <meta charset>} (or {@code http-equiv}) in the first 1024
 * bytes, else UTF-8. One exception to that order: when the server's charset is Latin-1,
 * Windows-1252 or ASCII (often a server's default, not the page's) but the page declares
 * UTF-8 and its bytes are valid UTF-8, the page is read as UTF-8. Bytes that are not valid in
 * the charset become U+FFFD.
 */
public final class WebPage {
  private final URI url;
  private final String html;
  private final Charset charset;

  private WebPage(URI url, String html, Charset charset) {
    this.url = url;
    this.html = html;
    this.charset = charset;
  }

  /**
   * A page given as text.
   *
   * @param html the HTML
   * @param url the absolute URL the page was found at
   * @return the page
   */
  public static WebPage of(String html, URI url) {
    return new WebPage(absolute(url), Objects.requireNonNull(html, "html"), null);
  }

  /**
   * A page given as bytes, as saved to a file: the charset comes from a byte order mark or the
   * page's {@code <meta charset>}, else UTF-8.
   *
   * @param body the bytes
   * @param url the absolute URL the page was found at
   * @return the page
   */
  public static WebPage decode(byte[] body, URI url) {
    return decode(body, null, url);
  }

  /**
   * A page given as bytes with the {@code Content-Type} the server sent.
   *
   * @param body the bytes
   * @param contentType the header's value, such as {@code text/html; charset=ISO-8859-1}, or
   *     {@code null} when there was none
   * @param url the absolute URL the page was found at
   * @return the page
   */
  public static WebPage decode(byte[] body, String contentType, URI url) {
    Objects.requireNonNull(body, "body");
    Charset charset = Charsets.detect(body, contentType);
    return new WebPage(absolute(url), Charsets.decode(body, charset), charset);
  }

  /**
   * The URL the page was found at.
   *
   * @return an absolute URL
   */
  public URI url() {
    return url;
  }

  /**
   * The page's HTML.
   *
   * @return the text
   */
  public String html() {
    return html;
  }

  /**
   * The charset the page's bytes were decoded with.
   *
   * @return the charset, when the page was given as bytes
   */
  public Optional<Charset> charset() {
    return Optional.ofNullable(charset);
  }

  @Override
  public String toString() {
    return "WebPage{" + url + ", " + html.length() + " chars"
        + (charset != null ? ", " + charset.name() : "") + "}";
  }

  private static URI absolute(URI url) {
    Objects.requireNonNull(url, "url");
    if (!url.isAbsolute()) {
      throw LinkPostException.invalid("WebPage.url", "must be an absolute URL", url);
    }
    return url;
  }
}
