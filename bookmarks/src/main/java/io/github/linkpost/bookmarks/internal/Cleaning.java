package io.github.linkpost.bookmarks.internal;

/**
 * What a bookmark's text loses on its way into a post: control characters (but tab, and line
 * feeds where lines are kept), which no web page can show and a post's one-line fields refuse;
 * and, in a URL, tabs and line breaks, which browsers drop from a URL too.
 */
public final class Cleaning {
  private Cleaning() {}

  /** The text on one line: line breaks as spaces, control characters left out, stripped. */
  public static String oneLine(String text) {
    StringBuilder out = new StringBuilder(text.length());
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '\n' || c == '\r' || c == '\u2028' || c == '\u2029' || c == '\u0085') {
        out.append(' ');
      } else if (c == '\t' || !Character.isISOControl(c)) {
        out.append(c);
      }
    }
    return out.toString().strip();
  }

  /** The text with its lines: control characters but tab, line feed and return left out. */
  public static String lines(String text) {
    StringBuilder out = null;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      boolean drop = Character.isISOControl(c) && c != '\t' && c != '\n' && c != '\r';
      if (drop && out == null) {
        out = new StringBuilder(text.length()).append(text, 0, i);
      } else if (!drop && out != null) {
        out.append(c);
      }
    }
    return out == null ? text : out.toString();
  }

  /** A URL as a browser takes it: without tabs and line breaks, stripped. */
  public static String url(String url) {
    String stripped = url.strip();
    if (stripped.indexOf('\t') < 0 && stripped.indexOf('\n') < 0 && stripped.indexOf('\r') < 0) {
      return stripped;
    }
    return stripped.replace("\t", "").replace("\n", "").replace("\r", "");
  }
}
