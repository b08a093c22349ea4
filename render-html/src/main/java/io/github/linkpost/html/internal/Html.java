package io.github.linkpost.html.internal;

/** HTML escaping for text and attribute values. */
public final class Html {
  private Html() {}

  /** Escapes {@code & < > " '} so the text is safe in element content and quoted attributes. */
  public static String escape(String text) {
    StringBuilder out = null;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      String replacement = switch (c) {
        case '&' -> "&amp;";
        case '<' -> "&lt;";
        case '>' -> "&gt;";
        case '"' -> "&quot;";
        case '\'' -> "&#39;";
        default -> null;
      };
      if (replacement != null) {
        if (out == null) {
          out = new StringBuilder(text.length() + 16).append(text, 0, i);
        }
        out.append(replacement);
      } else if (out != null) {
        out.append(c);
      }
    }
    return out == null ? text : out.toString();
  }

  /**
   * Decodes the numeric character references and {@code &amp; &lt; &gt; &quot; &apos;} of an
   * attribute value as written; other text stays as it is.
   */
  public static String unescape(String text) {
    int amp = text.indexOf('&');
    if (amp < 0) {
      return text;
    }
    StringBuilder out = new StringBuilder(text.length()).append(text, 0, amp);
    for (int i = amp; i < text.length(); i++) {
      char c = text.charAt(i);
      int semi = c == '&' ? text.indexOf(';', i) : -1;
      if (semi > i + 1 && semi - i <= 10) {
        String name = text.substring(i + 1, semi);
        String decoded = decode(name);
        if (decoded != null) {
          out.append(decoded);
          i = semi;
          continue;
        }
      }
      out.append(c);
    }
    return out.toString();
  }

  private static String decode(String name) {
    switch (name) {
      case "amp":
        return "&";
      case "lt":
        return "<";
      case "gt":
        return ">";
      case "quot":
        return "\"";
      case "apos":
        return "'";
      default:
        break;
    }
    if (name.length() < 2 || name.charAt(0) != '#') {
      return null;
    }
    boolean hex = name.charAt(1) == 'x' || name.charAt(1) == 'X';
    try {
      int cp = Integer.parseInt(name.substring(hex ? 2 : 1), hex ? 16 : 10);
      return Character.isValidCodePoint(cp) ? new String(Character.toChars(cp)) : null;
    } catch (NumberFormatException e) {
      return null;
    }
  }
}
