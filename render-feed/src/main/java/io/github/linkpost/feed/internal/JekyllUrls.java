package io.github.linkpost.feed.internal;

import io.github.linkpost.LinkPostException;
import java.nio.charset.StandardCharsets;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * How Jekyll turns a permalink template into a URL ({@code Jekyll::URL}): each {@code :name}
 * placeholder is replaced by its value, escaped as a path, and the result is made to start with
 * one {@code /}, with {@code ..}, {@code ./} and repeated slashes taken out.
 */
public final class JekyllUrls {
  private static final Pattern PLACEHOLDER = Pattern.compile(":([a-z_]+)");
  private static final Pattern PLAIN = Pattern.compile("[a-zA-Z0-9./-]+");
  /** RFC 3986's parts of a reference (its appendix B), as Jekyll's URL library splits them. */
  private static final Pattern PARTS =
      Pattern.compile("(([^:/?#]+):)?(//([^/?#]*))?([^?#]*)(\\?([^#]*))?(#(.*))?", Pattern.DOTALL);
  private static final Pattern SCHEME = Pattern.compile("[a-zA-Z][a-zA-Z0-9.+-]*");
  private static final Pattern HOST =
      Pattern.compile("[^:@\\[\\]<>{}\\\\\"\\p{IsWhite_Space}]*");
  /** Schemes with hosts, for which that library refuses a value with neither host nor path. */
  private static final Set<String> HOST_SCHEMES = Set.of("http", "https", "ftp", "tftp", "sftp",
      "ssh", "svn+ssh", "telnet", "nntp", "gopher", "wais", "ldap", "prospero");
  private static final String UNRESERVED =
      "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-._~";
  private static final String PCHAR = UNRESERVED + "!$&'()*+,;=:@";
  /** What a URI path keeps as it is. */
  public static final String PATH = PCHAR + "/";
  private static final String QUERY = PCHAR + "/?";

  private JekyllUrls() {}

  /**
   * Fills a template.
   *
   * @param template the permalink template
   * @param values a placeholder's value by its name, or null when there is no such placeholder
   * @return the URL, starting with {@code /}
   * @throws LinkPostException naming the placeholder Jekyll does not know, or the value its URL
   *     library refuses
   */
  public static String fill(String template, Function<String, String> values) {
    Matcher m = PLACEHOLDER.matcher(template);
    StringBuilder out = new StringBuilder(template.length() + 32);
    while (m.find()) {
      String name = m.group(1);
      // "/:month_:day" is :month and :day: a name ending in _ is also tried without it.
      String value = values.apply(name);
      String literal = "";
      if (value == null && name.endsWith("_")) {
        value = values.apply(name.substring(0, name.length() - 1));
        literal = "_";
      }
      if (value == null) {
        throw LinkPostException.invalid("permalink", "has a placeholder Jekyll does not know (:"
            + (name.endsWith("_") ? name.substring(0, name.length() - 1) : name) + ")", template);
      }
      m.appendReplacement(out, Matcher.quoteReplacement(escapePath(name, value) + literal));
    }
    m.appendTail(out);
    return sanitize(out.toString());
  }

  /** {@code Jekyll::URL#sanitize_url}. */
  static String sanitize(String url) {
    String s = ("/" + url).replace("..", "/").replace("./", "");
    StringBuilder out = new StringBuilder(s.length());
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c != '/' || out.length() == 0 || out.charAt(out.length() - 1) != '/') {
        out.append(c);
      }
    }
    return out.toString();
  }

  /**
   * {@code Jekyll::URL.escape_path}: a value of letters, digits, {@code . / -} as it is, anything
   * else through Addressable's {@code URI.encode}, which splits it as a URI reference and
   * percent-encodes each part for its place (so a {@code ?} stays, and the {@code #} is
   * encoded after).
   */
  static String escapePath(String name, String value) {
    if (value.isEmpty() || PLAIN.matcher(value).matches()) {
      return value;
    }
    if (value.indexOf('\n') >= 0 || value.indexOf('\r') >= 0) {
      throw refused(name, value, "holds a line break");
    }
    Matcher parts = PARTS.matcher(value);
    if (!parts.matches()) {
      throw new IllegalStateException("every string is a URI reference: " + value);
    }
    String scheme = parts.group(2);
    String path = parts.group(5);
    StringBuilder out = new StringBuilder(value.length() + 16);
    if (scheme != null) {
      if (!SCHEME.matcher(scheme).matches()) {
        throw refused(name, value, "reads as a URL whose scheme is not one");
      }
      if (parts.group(3) == null && path.isEmpty()
          && HOST_SCHEMES.contains(scheme.toLowerCase(java.util.Locale.ROOT))) {
        throw refused(name, value, "reads as a URL with neither host nor path");
      }
      out.append(scheme).append(':');
    } else if (path.indexOf(':') >= 0 && path.indexOf(':') < firstSlash(path)) {
      throw refused(name, value, "reads as a URL whose scheme is not one");
    }
    String authority = parts.group(4);
    if (authority != null) {
      // A host, as that library reads it: one with a port, a user or brackets it checks and
      // rewrites, and one with white space or <>{}\" it refuses.
      if (!HOST.matcher(authority).matches()) {
        throw refused(name, value, "reads as a URL with a host (it starts with //) that is not one");
      }
      encode(authority, PCHAR, out.append("//"));
    }
    encode(path, PATH, out);
    if (parts.group(6) != null) {
      encode(parts.group(7), QUERY, out.append('?'));
    }
    if (parts.group(8) != null) {
      encode(parts.group(9), QUERY, out.append("%23"));
    }
    return out.toString();
  }

  private static int firstSlash(String path) {
    int slash = path.indexOf('/');
    return slash < 0 ? path.length() : slash;
  }

  private static LinkPostException refused(String name, String value, String why) {
    return LinkPostException.invalid("permalink placeholder :" + name,
        "gives a value Jekyll cannot make a URL of (it " + why + ")", value);
  }

  /** Percent-encodes, byte by byte of UTF-8, every character not in the set (a % included). */
  public static void encode(String text, String kept, StringBuilder out) {
    for (int i = 0; i < text.length(); ) {
      int cp = text.codePointAt(i);
      int n = Character.charCount(cp);
      if (cp < 128 && kept.indexOf(cp) >= 0) {
        out.append((char) cp);
      } else {
        if (Character.isSurrogate(text.charAt(i)) && n == 1) {
          throw LinkPostException.invalid("permalink", "must be well-formed Unicode", text);
        }
        for (byte b : text.substring(i, i + n).getBytes(StandardCharsets.UTF_8)) {
          out.append('%').append(Character.toUpperCase(Character.forDigit((b >> 4) & 0xF, 16)))
              .append(Character.toUpperCase(Character.forDigit(b & 0xF, 16)));
        }
      }
      i += n;
    }
  }
}
