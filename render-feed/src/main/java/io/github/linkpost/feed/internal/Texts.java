package io.github.linkpost.feed.internal;

import io.github.linkpost.LinkPostException;

/**
 * The rules for text in a feed. Every text the model holds is well-formed Unicode, and JSON
 * carries all of it; XML 1.0 cannot carry the control characters but tab, line feed and return,
 * nor U+FFFE and U+FFFF, not even as character references. In Atom, such a character is written
 * as an HTML character reference where the text is HTML (the content, and a title then written as
 * {@code type="html"}), which gives the character back to every reader. U+0000 in HTML is
 * written as U+FFFD, which is what an HTML parser reads it as; in text that is not HTML (a title,
 * a name, a category), it and such characters in plain-text-only places are refused.
 */
public final class Texts {
  private Texts() {}

  /** Plain text: not blank, and well-formed (no surrogate without its pair). */
  public static String plain(String field, String value) {
    if (value.isBlank()) {
      throw LinkPostException.invalid(field, "must not be blank", value);
    }
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      if (Character.isHighSurrogate(c) && i + 1 < value.length()
          && Character.isLowSurrogate(value.charAt(i + 1))) {
        i++;
      } else if (Character.isSurrogate(c)) {
        throw LinkPostException.invalid(field,
            "must be well-formed Unicode (unpaired surrogate at index " + i + ")", value);
      }
    }
    return value;
  }

  /** Plain text on one line: no line break and no control character but tab. */
  public static String oneLine(String field, String value) {
    plain(field, value);
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      if (c == '\n' || c == '\r' || c == '\u0085' || c == '\u2028' || c == '\u2029'
          || (c != '\t' && Character.isISOControl(c))) {
        throw LinkPostException.invalid(field, "must be one line of text", value);
      }
    }
    return value;
  }

  /** Whether XML 1.0 can carry the character (the text is well-formed, so surrogates pair). */
  static boolean xml(char c) {
    return c >= 0x20 ? c != 0xFFFE && c != 0xFFFF : c == '\t' || c == '\n' || c == '\r';
  }

  /** The index of the first character XML 1.0 cannot carry, or -1. */
  public static int firstNotXml(String text) {
    for (int i = 0; i < text.length(); i++) {
      if (!xml(text.charAt(i))) {
        return i;
      }
    }
    return -1;
  }

  /** Refuses text holding a character XML 1.0 cannot carry, for plain-text-only places. */
  public static String xmlOnly(String field, String text) {
    int at = firstNotXml(text);
    if (at >= 0) {
      throw notInXml(field, text, at);
    }
    return text;
  }

  /**
   * HTML with each character XML 1.0 cannot carry written as a character reference, which means
   * the same in HTML; U+0000, which an HTML parser never gives to a reader (it reads it as
   * U+FFFD, or drops it), as the reference to U+FFFD.
   */
  public static String htmlForXml(String field, String html) {
    int at = firstNotXml(html);
    if (at < 0) {
      return html;
    }
    StringBuilder out = new StringBuilder(html.length() + 16).append(html, 0, at);
    for (int i = at; i < html.length(); i++) {
      char c = html.charAt(i);
      if (xml(c)) {
        out.append(c);
      } else if (c == 0) {
        // What every HTML parser reads U+0000 in a document as, since no reader can get it.
        out.append("&#xFFFD;");
      } else {
        reference(field, html, i, out);
      }
    }
    return out.toString();
  }

  /**
   * Plain text as HTML: {@code &}, {@code <} and {@code >} as HTML's named references, and the
   * characters XML 1.0 cannot carry, and line returns (which an HTML parser would read as line
   * feeds), as numeric ones.
   */
  public static String textAsHtml(String field, String text) {
    StringBuilder out = new StringBuilder(text.length() + 16);
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      switch (c) {
        case '&' -> out.append("&amp;");
        case '<' -> out.append("&lt;");
        case '>' -> out.append("&gt;");
        case '\r' -> out.append("&#xD;");
        default -> {
          if (xml(c)) {
            out.append(c);
          } else {
            reference(field, text, i, out);
          }
        }
      }
    }
    return out.toString();
  }

  private static void reference(String field, String text, int at, StringBuilder out) {
    char c = text.charAt(at);
    if (c == 0) {
      throw LinkPostException.invalid(field,
          "holds U+0000, which neither XML nor HTML can carry (write the feed as JSON Feed)", text);
    }
    out.append("&#x").append(Integer.toHexString(c).toUpperCase(java.util.Locale.ROOT)).append(';');
  }

  private static LinkPostException notInXml(String field, String text, int at) {
    return LinkPostException.invalid(field, String.format(
        "holds U+%04X, which XML 1.0 cannot carry where Atom wants plain text"
            + " (write the feed as JSON Feed)", (int) text.charAt(at)), text);
  }
}
