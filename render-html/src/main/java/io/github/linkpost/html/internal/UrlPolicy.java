package io.github.linkpost.html.internal;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;

/**
 * Which link and image URLs the HTML keeps, and how: http, https and mailto as they are; relative
 * ones resolved against the base URL when there is one (as a browser showing the page there
 * would), else kept only when allowed; anything else dropped. Immutable.
 */
public final class UrlPolicy {
  private static final String HEX = "0123456789abcdefABCDEF";
  private static final String DIGITS = "0123456789ABCDEF";

  private final boolean allowRelative;
  private final URI base;

  /**
   * @param allowRelative keep relative URLs as they are (when there is no base)
   * @param base the absolute http(s) URL relative ones resolve against, or null
   */
  public UrlPolicy(boolean allowRelative, URI base) {
    this.allowRelative = allowRelative;
    this.base = base;
  }

  /** The URL to write, or null when it is dropped. */
  public String href(String url) {
    if (MarkdownHtml.allowed(url, false)) {
      return url;
    }
    if (base != null && isRelative(url)) {
      return resolve(url.strip());
    }
    return MarkdownHtml.allowed(url, allowRelative) ? url : null;
  }

  private static boolean isRelative(String url) {
    String trimmed = url.strip();
    int colon = trimmed.indexOf(':');
    int end = -1;
    for (int i = 0; i < trimmed.length() && end < 0; i++) {
      if ("/?#".indexOf(trimmed.charAt(i)) >= 0) {
        end = i;
      }
    }
    return colon < 0 || (end >= 0 && end < colon);
  }

  private String resolve(String reference) {
    try {
      URI resolved = base.resolve(new URI(encode(reference)));
      String scheme = resolved.getScheme() == null ? "" : resolved.getScheme().toLowerCase(Locale.ROOT);
      return scheme.equals("http") || scheme.equals("https") ? resolved.toString() : null;
    } catch (URISyntaxException | IllegalArgumentException e) {
      return null;
    }
  }

  /**
   * Percent-encodes (UTF-8) what a URI reference cannot hold as it is: spaces, controls, non-ASCII
   * characters, {@code " < > \ ^ ` { | }}, a {@code %} not followed by two hex digits, and a
   * second {@code #}; a reference then names what a browser would make of it.
   */
  static String encode(String reference) {
    StringBuilder out = new StringBuilder(reference.length() + 16);
    boolean fragment = false;
    for (int i = 0; i < reference.length(); ) {
      int cp = reference.codePointAt(i);
      int n = Character.charCount(cp);
      boolean escape = cp <= ' ' || cp >= 0x7f || "\"<>\\^`{|}[]".indexOf(cp) >= 0
          || (cp == '%' && !(i + 2 < reference.length()
              && HEX.indexOf(reference.charAt(i + 1)) >= 0 && HEX.indexOf(reference.charAt(i + 2)) >= 0))
          || (cp == '#' && fragment);
      fragment |= cp == '#';
      if (escape) {
        for (byte b : reference.substring(i, i + n).getBytes(java.nio.charset.StandardCharsets.UTF_8)) {
          out.append('%').append(DIGITS.charAt((b >> 4) & 0xF)).append(DIGITS.charAt(b & 0xF));
        }
      } else {
        out.appendCodePoint(cp);
      }
      i += n;
    }
    return out.toString();
  }
}
