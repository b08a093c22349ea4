package io.github.linkpost;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/** The validation rules the value types share. Each names the field and the value. */
final class Checks {
  private Checks() {}

  /** The value, or a refusal naming the field when it is null. */
  static <T> T notNull(String field, @Nullable T value) {
    return LinkPostException.notNull(field, value);
  }

  /** A required value the builder was not given. */
  static LinkPostException missing(String field) {
    return new LinkPostException(field + " must be set");
  }

  /**
   * The values, copied (an iterable is read once), or a refusal naming the field when the
   * iterable is null or holds a null.
   */
  static <T> List<T> elements(String field, @Nullable Iterable<? extends @Nullable T> values) {
    notNull(field, values);
    List<T> list = new ArrayList<>();
    for (T value : values) {
      if (value == null) {
        throw new LinkPostException(field + " must not hold null (at index " + list.size() + ")");
      }
      list.add(value);
    }
    return list;
  }

  /** {@link #elements(String, Iterable)} of an array. */
  @SafeVarargs
  static <T> List<T> elements(String field, @Nullable T @Nullable ... values) {
    notNull(field, values);
    List<T> list = new ArrayList<>(values.length);
    for (T value : values) {
      if (value == null) {
        throw new LinkPostException(field + " must not hold null (at index " + list.size() + ")");
      }
      list.add(value);
    }
    return list;
  }

  /** The entries, copied in order, or a refusal when the map, a key or a value is null. */
  static Map<String, Object> entries(String field,
      @Nullable Map<? extends @Nullable String, ? extends @Nullable Object> entries) {
    notNull(field, entries);
    Map<String, Object> copy = new LinkedHashMap<>();
    for (Map.Entry<? extends @Nullable String, ? extends @Nullable Object> e : entries.entrySet()) {
      if (e.getKey() == null) {
        throw new LinkPostException(field + " must not hold a null key");
      }
      if (e.getValue() == null) {
        throw new LinkPostException(field + "." + e.getKey() + " must not be null");
      }
      copy.put(e.getKey(), e.getValue());
    }
    return copy;
  }

  static String notBlank(String field, String value) {
    if (value.isBlank()) {
      throw LinkPostException.invalid(field, "must not be blank", value);
    }
    return wellFormed(field, value);
  }

  /** Text that can be written as UTF-8: no surrogate without its pair. */
  static String wellFormed(String field, String value) {
    firstControl(field, value);
    return value;
  }

  /**
   * Checks that the text is well-formed and finds its first control character but tab, line feed
   * and return: one pass for both rules (an unpaired surrogate is reported first, wherever each
   * stands).
   *
   * @return the control character's index, or -1
   */
  private static int firstControl(String field, String value) {
    int control = -1;
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      if (c >= 0x20 && c < 0x7F) {
        continue; // printable ASCII, most of any text: neither rule applies
      }
      if (Character.isSurrogate(c)) {
        if (Character.isHighSurrogate(c) && i + 1 < value.length()
            && Character.isLowSurrogate(value.charAt(i + 1))) {
          i++;
        } else {
          throw LinkPostException.invalid(field,
              "must be well-formed Unicode (unpaired surrogate at index " + i + ")", value);
        }
      } else if (control < 0 && c != '\t' && c != '\n' && c != '\r' && Character.isISOControl(c)) {
        control = i;
      }
    }
    return control;
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
    if (value.isBlank()) {
      throw LinkPostException.invalid(field, "must not be blank", value);
    }
    int control = firstControl(field, value);
    if (control >= 0) {
      throw LinkPostException.invalid(field,
          "must not hold control characters (U+" + hex(value.charAt(control)) + ")", value);
    }
    return value;
  }

  /**
   * Whether one of the text's lines (split as {@link String#lines()} splits them: at LF, CR LF
   * and a lone CR, a final line break ending the last line) is blank, in one pass.
   */
  static boolean hasBlankLine(String text) {
    boolean blank = true; // the current line, so far
    int n = text.length();
    for (int i = 0; i < n; i++) {
      char c = text.charAt(i);
      if (c == '\n' || c == '\r') {
        if (blank) {
          return true;
        }
        if (c == '\r' && i + 1 < n && text.charAt(i + 1) == '\n') {
          i++;
        }
        blank = true;
      } else if (blank && !Character.isWhitespace(c)) {
        blank = false;
      }
    }
    return blank && n > 0 && text.charAt(n - 1) != '\n' && text.charAt(n - 1) != '\r';
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
