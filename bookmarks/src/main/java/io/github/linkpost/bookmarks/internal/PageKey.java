package io.github.linkpost.bookmarks.internal;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;

/**
 * What two URLs of the same page have in common, so that a page is posted once however its URL
 * was spelled: the scheme left out (an {@code http} bookmark and an {@code https} one are the same
 * page), the host in lower case, the default port ({@code :80}, {@code :443}) and an empty
 * fragment dropped, an empty path as {@code /}, dot segments resolved, non-ASCII characters
 * percent-encoded as UTF-8, percent-encoded letters, digits, {@code - . _ ~ ( )} decoded and
 * other percent escapes in upper case. The path, query and fragment are otherwise kept as they
 * are: {@code /a} and {@code /a/}, {@code ?x=1&y=2} and {@code ?y=2&x=1} are different pages.
 */
public final class PageKey {
  private PageKey() {}

  /** The key of an http or https URL. */
  public static String of(URI url) {
    URI ascii;
    try {
      ascii = new URI(url.toASCIIString()).normalize();
    } catch (URISyntaxException e) {
      ascii = url;
    }
    StringBuilder key = new StringBuilder(url.toString().length() + 8);
    String scheme = ascii.getScheme() == null ? "" : ascii.getScheme().toLowerCase(Locale.ROOT);
    String authority = ascii.getRawAuthority() == null ? "" : ascii.getRawAuthority();
    int at = authority.lastIndexOf('@');
    String user = at < 0 ? "" : authority.substring(0, at + 1);
    String host = authority.substring(at + 1).toLowerCase(Locale.ROOT);
    if ((scheme.equals("http") && host.endsWith(":80"))
        || (scheme.equals("https") && host.endsWith(":443"))) {
      host = host.substring(0, host.lastIndexOf(':'));
    } else if (host.endsWith(":")) {
      host = host.substring(0, host.length() - 1);
    }
    key.append("//").append(user).append(host);
    String path = ascii.getRawPath() == null || ascii.getRawPath().isEmpty() ? "/" : ascii.getRawPath();
    percents(path, key);
    if (ascii.getRawQuery() != null) {
      percents(ascii.getRawQuery(), key.append('?'));
    }
    if (ascii.getRawFragment() != null && !ascii.getRawFragment().isEmpty()) {
      percents(ascii.getRawFragment(), key.append('#'));
    }
    return key.toString();
  }

  private static void percents(String text, StringBuilder out) {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '%' && i + 2 < text.length() && hex(text.charAt(i + 1)) >= 0
          && hex(text.charAt(i + 2)) >= 0) {
        char decoded = (char) (hex(text.charAt(i + 1)) * 16 + hex(text.charAt(i + 2)));
        if (unreserved(decoded)) {
          out.append(decoded);
        } else {
          out.append('%').append(Character.toUpperCase(text.charAt(i + 1)))
              .append(Character.toUpperCase(text.charAt(i + 2)));
        }
        i += 2;
      } else {
        out.append(c);
      }
    }
  }

  private static boolean unreserved(char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')
        || c == '-' || c == '.' || c == '_' || c == '~' || c == '(' || c == ')';
  }

  private static int hex(char c) {
    return Character.digit(c, 16);
  }
}
