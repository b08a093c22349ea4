package io.github.linkpost;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;

/** The validation rules the value types share. Each names the field and the value. */
final class Checks {
  private Checks() {}

  static String notBlank(String field, String value) {
    if (value.isBlank()) {
      throw LinkPostException.invalid(field, "must not be blank", value);
    }
    return wellFormed(field, value);
  }

  /** Text that can be written as UTF-8: no surrogate without its pair. */
  static String wellFormed(String field, String value) {
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      if (Character.isHighSurrogate(c) && i + 1 < value.length()
          && Character.isLowSurrogate(value.charAt(i + 1))) {
        i++;
      } else if (Character.isSurrogate(c)) {
        throw LinkPostException.invalid(
            field, "must be well-formed Unicode (unpaired surrogate at index " + i + ")", value);
      }
    }
    return value;
  }

  /** Plain text shown on one line: not blank, no line break, no control character but tab. */
  static String oneLine(String field, String value) {
    notBlank(field, value);
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      if (c == '\n' || c == '\r' || c == '\u2028' || c == '\u2029' || c == '\u0085') {
        throw LinkPostException.invalid(field, "must be one line", value);
      }
      if (c != '\t' && Character.isISOControl(c)) {
        throw LinkPostException.invalid(
            field, "must not hold control characters (U+" + hex(c) + ")", value);
      }
    }
    return value;
  }

  /** Text that is not blank and holds no control character but tab, line feed and return. */
  static String text(String field, String value) {
    notBlank(field, value);
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      if (c != '\t' && c != '\n' && c != '\r' && Character.isISOControl(c)) {
        throw LinkPostException.invalid(
            field, "must not hold control characters (U+" + hex(c) + ")", value);
      }
    }
    return value;
  }

  /** The text with each CR LF or lone CR made a line feed. */
  static String lineFeeds(String text) {
    return text.replace("\r\n", "\n").replace('\r', '\n');
  }

  /** An absolute http or https URL with a host. */
  static URI webUrl(String field, URI url) {
    String scheme = url.getScheme();
    if (scheme == null || url.isOpaque()) {
      throw LinkPostException.invalid(field, "must be an absolute http or https URL", url);
    }
    String lower = scheme.toLowerCase(Locale.ROOT);
    if (!lower.equals("http") && !lower.equals("https")) {
      throw LinkPostException.invalid(field, "must be an http or https URL", url);
    }
    if (url.getRawAuthority() == null || url.getRawAuthority().isEmpty()) {
      throw LinkPostException.invalid(field, "must name a host", url);
    }
    return url;
  }

  /**
   * Parses a URL as typed or pasted. Characters that may not stand in a URL at all (space,
   * {@code " < > \ ^ ` { | }}, controls, brackets outside the host and a second {@code #}) are
   * percent-encoded, as browsers do, which names the same resource; everything else is kept as
   * it is.
   */
  static URI parseWebUrl(String field, String url) {
    String trimmed = url.strip();
    if (trimmed.isEmpty()) {
      throw LinkPostException.invalid(field, "must not be blank", url);
    }
    try {
      return webUrl(field, new URI(encodeIllegal(trimmed)));
    } catch (URISyntaxException e) {
      throw LinkPostException.invalid(field, "must be a URL (" + e.getReason() + ")", url);
    }
  }

  private static String encodeIllegal(String url) {
    StringBuilder out = null;
    int scheme = url.indexOf("://");
    int pathStart = scheme < 0 ? 0 : indexOfAny(url, "/?#", scheme + 3);
    int fragment = url.indexOf('#');
    for (int i = 0; i < url.length(); i++) {
      char c = url.charAt(i);
      boolean illegal = c <= ' ' || c == 0x7f || "\"<>\\^`{|}".indexOf(c) >= 0
          || (i >= pathStart && (c == '[' || c == ']'))
          || (c == '#' && fragment >= 0 && i > fragment);
      if (illegal) {
        if (out == null) {
          out = new StringBuilder(url.length() + 16).append(url, 0, i);
        }
        out.append('%').append(hex(c).substring(2));
      } else if (out != null) {
        out.append(c);
      }
    }
    return out == null ? url : out.toString();
  }

  private static int indexOfAny(String s, String chars, int from) {
    for (int i = from; i < s.length(); i++) {
      if (chars.indexOf(s.charAt(i)) >= 0) {
        return i;
      }
    }
    return s.length();
  }

  private static String hex(char c) {
    return String.format("%04X", (int) c);
  }
}
