package io.github.linkpost.kramdown.internal;

/** A backslash before one of GFM's escapable characters stands for that character. */
final class EscapedChars extends SpanParser {
  static final EscapedChars INSTANCE = new EscapedChars();

  /** GFM's escapable characters; kramdown's own set lacks the tilde. */
  static boolean escapable(int c, boolean gfm) {
    switch (c) {
      case '\\': case '.': case '*': case '_': case '+': case '`': case '<': case '>':
      case '(': case ')': case '[': case ']': case '{': case '}': case '#': case '!':
      case ':': case '|': case '"': case '\'': case '$': case '=': case '-':
        return true;
      case '~':
        return gfm;
      default:
        return false;
    }
  }

  /** Removes kramdown's escapes (without the tilde), as it does for a link's text. */
  static String unescape(String s) {
    if (s.indexOf('\\') < 0) {
      return s;
    }
    StringBuilder sb = new StringBuilder(s.length());
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c == '\\' && i + 1 < s.length() && escapable(s.charAt(i + 1), false)) {
        sb.append(s.charAt(i + 1));
        i++;
      } else {
        sb.append(c);
      }
    }
    return sb.toString();
  }

  @Override
  int bit() {
    return ESCAPED;
  }

  @Override
  boolean startsAt(Parser p, Scanner src) {
    return src.cur() == '\\' && escapable(src.at(src.pos + 1), true);
  }

  @Override
  void parse(Parser p) {
    Scanner src = p.src;
    p.addText(src.s, src.pos + 1, src.pos + 2);
    src.pos += 2;
  }
}
