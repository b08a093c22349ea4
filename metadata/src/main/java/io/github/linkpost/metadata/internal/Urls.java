package io.github.linkpost.metadata.internal;

import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/** URLs as pages write them: resolved against the page, and compared loosely. */
final class Urls {
  private Urls() {}

  /** An absolute http(s) URL from text (relative to the base when there is one), or null. */
  static URI resolve(URI base, String text) {
    URI uri = parse(text);
    if (uri == null) {
      return null;
    }
    if (!uri.isAbsolute()) {
      if (base == null || base.isOpaque()) {
        return null;
      }
      try {
        uri = base.resolve(uri);
      } catch (IllegalArgumentException e) {
        return null;
      }
    }
    String scheme = uri.getScheme();
    if (scheme == null || uri.getHost() == null
        || !(scheme.equalsIgnoreCase("http") || scheme.equalsIgnoreCase("https"))) {
      return null;
    }
    return uri;
  }

  /** A URI from text, characters that cannot stand in one percent-encoded; null if none. */
  static URI parse(String text) {
    if (text == null) {
      return null;
    }
    String s = text.strip();
    if (s.isEmpty() || s.length() > 4000) {
      return null;
    }
    try {
      return new URI(s);
    } catch (URISyntaxException e) {
      StringBuilder encoded = new StringBuilder();
      for (byte b : s.getBytes(StandardCharsets.UTF_8)) {
        int c = b & 0xFF;
        if (c > 0x20 && c < 0x7F && "\"<>\\^`{|} ".indexOf(c) < 0) {
          encoded.append((char) c);
        } else {
          encoded.append('%').append(String.format("%02X", c));
        }
      }
      try {
        return new URI(encoded.toString());
      } catch (URISyntaxException again) {
        return null;
      }
    }
  }

  /** What two URLs of one page share: host without {@code www.}, path without a final slash. */
  static String key(String url) {
    URI uri = parse(url);
    if (uri == null || uri.getHost() == null) {
      return url.strip();
    }
    String host = uri.getHost().toLowerCase(Locale.ROOT);
    if (host.startsWith("www.")) {
      host = host.substring(4);
    }
    String path = uri.getRawPath() == null ? "" : uri.getRawPath();
    while (path.endsWith("/")) {
      path = path.substring(0, path.length() - 1);
    }
    return host + path;
  }
}
