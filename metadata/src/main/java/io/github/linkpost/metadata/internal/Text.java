package io.github.linkpost.metadata.internal;

import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.parser.Parser;

/** Text as pages give it, made one clean line. */
final class Text {
  /** Markup, not a tag's name written as text ("The <a> element"): a tag and its end tag. */
  private static final Pattern TAG = Pattern.compile(
      "<([A-Za-z][A-Za-z0-9]*)\\b[^<>]*>.*?</\\1\\s*>|<br\\s*/?>", Pattern.DOTALL);
  private static final Pattern REFERENCE = Pattern.compile("&(?:#[0-9]+|#[xX][0-9a-fA-F]+|[A-Za-z]+[0-9]*);?");

  private Text() {}

  /**
   * One line: runs of white space (no-break and ideographic spaces, line breaks) become one
   * space, zero-width spaces, soft hyphens and control characters go, the ends are trimmed.
   */
  static String clean(String text) {
    StringBuilder out = new StringBuilder(text.length());
    boolean space = false;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (Character.isWhitespace(c) || Character.isSpaceChar(c) || c == '\u0085') {
        space = out.length() > 0;
      } else if (c == '\u200B' || c == '\uFEFF' || c == '\u00AD'
          || (Character.isISOControl(c))) {
        continue;
      } else {
        if (space) {
          out.append(' ');
          space = false;
        }
        out.append(c);
      }
    }
    return out.toString();
  }

  /**
   * Text that may hold character references or markup (as JSON-LD values and meta contents
   * written by careless templates do): references decoded, twice when encoded twice, tags
   * dropped, then cleaned.
   */
  static String fromMarkup(String text) {
    String s = text;
    if (TAG.matcher(s).find()) {
      s = Jsoup.parseBodyFragment(s).text();
    }
    for (int i = 0; i < 2 && REFERENCE.matcher(s).find(); i++) {
      s = Parser.unescapeEntities(s, false);
    }
    return clean(s);
  }

  /** Null for null or blank text, else the cleaned text. */
  static String orNull(String text) {
    if (text == null) {
      return null;
    }
    String s = fromMarkup(text);
    return s.isEmpty() ? null : s;
  }
}
