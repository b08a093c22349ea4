package io.github.linkpost.feed.internal;

import io.github.linkpost.LinkPostException;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;

/** Site URLs: checking them, and putting a path under one. */
public final class WebUrls {
  private static final String HEX = "0123456789abcdefABCDEF";
  /** What a URI path keeps as it is: RFC 3986's pchar and the slash. */
  private static final String PATH_CHARS =
      "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-._~!$&'()*+,;=:@/";

  private WebUrls() {}

  /** An absolute http(s) URL with a host, from text. */
  public static URI parse(String field, String text) {
    try {
      return web(field, new URI(text.strip()));
    } catch (URISyntaxException e) {
      throw LinkPostException.invalid(field, "must be a URL (" + e.getReason() + ")", text);
    }
  }

  /** The URL, when it is absolute http(s) with a host. */
  public static URI web(String field, URI url) {
    String scheme = url.getScheme() == null ? "" : url.getScheme().toLowerCase(Locale.ROOT);
    if (!scheme.equals("http") && !scheme.equals("https") || url.isOpaque()) {
      throw LinkPostException.invalid(field, "must be an absolute http or https URL", url);
    }
    if (url.getRawAuthority() == null || url.getHost() == null) {
      throw LinkPostException.invalid(field, "must name a host", url);
    }
    return url;
  }

  /** A site's {@code url}: a web URL without query or fragment. */
  public static URI site(URI url) {
    web("url", url);
    if (url.getRawQuery() != null || url.getRawFragment() != null) {
      throw LinkPostException.invalid("url", "must not have a query or a fragment", url);
    }
    return url;
  }

  /** Jekyll's sanitized {@code baseurl}: a leading slash, no final one; empty for none. */
  public static String baseurl(String baseurl) {
    String b = baseurl.strip();
    if (b.indexOf('?') >= 0 || b.indexOf('#') >= 0 || b.indexOf('\n') >= 0 || b.indexOf('\r') >= 0) {
      throw LinkPostException.invalid("baseurl", "must be a path", baseurl);
    }
    while (b.endsWith("/")) {
      b = b.substring(0, b.length() - 1);
    }
    return b.isEmpty() || b.startsWith("/") ? b : "/" + b;
  }

  /**
   * The page at {@code path} (a Jekyll URL, starting with {@code /}) under the site's URL and
   * base path, as a URI: characters a URI path cannot hold are percent-encoded (UTF-8), a
   * {@code %} followed by two hex digits is kept, since Jekyll decodes it to name the file.
   */
  public static URI under(URI site, String baseurl, String path) {
    String sitePath = site.getRawPath() == null ? "" : site.getRawPath();
    while (sitePath.endsWith("/")) {
      sitePath = sitePath.substring(0, sitePath.length() - 1);
    }
    StringBuilder url = new StringBuilder(64).append(site.getScheme()).append("://")
        .append(site.getRawAuthority());
    encodePath(sitePath + baseurl + path, url);
    return URI.create(url.toString());
  }

  private static void encodePath(String path, StringBuilder out) {
    for (int i = 0; i < path.length(); ) {
      int cp = path.codePointAt(i);
      int n = Character.charCount(cp);
      if (cp == '%' && i + 2 < path.length() && HEX.indexOf(path.charAt(i + 1)) >= 0
          && HEX.indexOf(path.charAt(i + 2)) >= 0) {
        out.append('%');
      } else if (cp < 128 && PATH_CHARS.indexOf(cp) >= 0) {
        out.append((char) cp);
      } else {
        JekyllUrls.encode(path.substring(i, i + n), "", out);
      }
      i += n;
    }
  }
}
