package io.github.linkpost.kramdown.internal;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;

/**
 * The URL policy for links and images: relative URLs resolved against a base, then only some
 * schemes kept. The scheme is read as a browser reads it (character references decoded, white
 * space and control characters ignored), so a disguised {@code javascript:} is refused.
 */
final class Urls implements Settings.UrlFilter {
  private final boolean web;
  private final boolean relative;
  private final URI base;

  Urls(boolean web, boolean relative, URI base) {
    this.web = web;
    this.relative = relative;
    this.base = base;
  }

  @Override
  public String apply(String url) {
    String scheme = scheme(url);
    String result = url;
    if (scheme == null && base != null) {
      String resolved = resolve(url);
      if (resolved != null) {
        result = resolved;
        scheme = scheme(resolved);
      }
    }
    if (!web) {
      return result;
    }
    if (scheme == null) {
      return relative ? result : null;
    }
    return scheme.equals("http") || scheme.equals("https") || scheme.equals("mailto")
        ? result : null;
  }

  private String resolve(String url) {
    try {
      return base.resolve(new URI(encode(url.strip()))).toString();
    } catch (URISyntaxException | IllegalArgumentException e) {
      return null;
    }
  }

  /**
   * Percent-encodes (UTF-8) what a URI reference cannot hold as it is: spaces, controls,
   * non-ASCII characters, {@code " < > \ ^ ` { | } [ ]}, a {@code %} not followed by two hex
   * digits and a second {@code #}; the reference then names what a browser would make of it.
   */
  static String encode(String url) {
    StringBuilder sb = new StringBuilder(url.length() + 16);
    boolean fragment = false;
    for (int i = 0; i < url.length(); ) {
      int cp = url.codePointAt(i);
      int n = Character.charCount(cp);
      boolean escape = cp <= ' ' || cp >= 0x7f || "\"<>\\^`{|}[]".indexOf(cp) >= 0
          || (cp == '%' && !(i + 2 < url.length() && isHex(url.charAt(i + 1))
              && isHex(url.charAt(i + 2))))
          || (cp == '#' && fragment);
      fragment |= cp == '#';
      if (escape) {
        for (byte b : url.substring(i, i + n).getBytes(java.nio.charset.StandardCharsets.UTF_8)) {
          sb.append('%').append(String.format(Locale.ROOT, "%02X", b & 0xff));
        }
      } else {
        sb.appendCodePoint(cp);
      }
      i += n;
    }
    return sb.toString();
  }

  private static boolean isHex(char c) {
    return Chars.isDigit(c) || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
  }

  /**
   * The URL's scheme in lower case, as a browser would see it: null when relative, empty when
   * what stands before the first colon is no valid scheme (treated as unsafe).
   */
  static String scheme(String url) {
    String s = decodeReferences(url);
    StringBuilder sb = new StringBuilder();
    boolean valid = true;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c <= ' ' || c == 0x7f) {
        continue;
      }
      if (c == ':') {
        return valid && sb.length() > 0 ? sb.toString().toLowerCase(Locale.ROOT) : "";
      }
      if (c == '/' || c == '?' || c == '#') {
        return null;
      }
      valid &= Chars.isAsciiLetter(c)
          || (sb.length() > 0 && (Chars.isDigit(c) || c == '+' || c == '-' || c == '.'));
      sb.append(c);
    }
    return null;
  }

  /** Decodes the character references a browser would decode in an attribute. */
  private static String decodeReferences(String s) {
    if (s.indexOf('&') < 0) {
      return s;
    }
    StringBuilder sb = new StringBuilder(s.length());
    int[] kind = new int[1];
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c == '&') {
        int e = HtmlEntities.match(s, i, kind);
        if (e >= 0) {
          Entities.Entity entity = HtmlEntities.entity(s.substring(i, e), kind[0]);
          String chars = entity == null ? null : entity.chars();
          if (chars != null) {
            sb.append(chars);
            i = e - 1;
            continue;
          }
        }
      }
      sb.append(c);
    }
    return sb.toString();
  }
}
