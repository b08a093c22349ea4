package io.github.linkpost.kramdown.internal;

/**
 * The line shapes several block constructs look for at the start of a line: blank lines, block
 * attribute lists, end-of-block markers, HTML tags, list items and the other starts that end a
 * paragraph.
 */
final class Lines {
  private Lines() {}

  /**
   * One or more blank lines at {@code i}: white space through the last line feed before
   * something else. Returns the index after that line feed, or -1.
   */
  static int blankLines(CharSequence s, int i) {
    int n = s.length();
    int lastNl = -1;
    int j = i;
    while (j < n) {
      char c = s.charAt(j);
      if (c == '\n') {
        lastNl = j;
      } else if (!Chars.isSpace(c)) {
        break;
      }
      j++;
    }
    return lastNl < 0 ? -1 : lastNl + 1;
  }

  /** {@code ^ {0,3}\{:(?!:|/)(...)\}\s*?\n}: the index after the line feed, or -1. */
  static int ialBlock(Scanner src, int i) {
    int j = HtmlSyntax.optSpace(src.s, i);
    return ialBlockAt(src, j);
  }

  /** A block attribute list starting exactly at {@code j}; its content via {@code m}. */
  static int ialBlockAt(Scanner src, int j) {
    String s = src.s;
    if (!Chars.startsWith(s, j, "{:")) {
      return -1;
    }
    int c = Chars.at(s, j + 2);
    if (c == ':' || c == '/') {
      return -1;
    }
    int close = AttributeLists.blockClose(src, j + 2);
    if (close < 0) {
      return -1;
    }
    return AttributeLists.endsLine(s, close + 1);
  }

  /** {@code ^\^\s*?\n}. */
  static int eob(CharSequence s, int i) {
    if (Chars.at(s, i) != '^') {
      return -1;
    }
    return AttributeLists.endsLine(s, i + 1);
  }

  /** {@code \Z}: the end, or just before a last line feed. */
  static boolean atEnd(CharSequence s, int i) {
    int n = s.length();
    return i >= n || (i == n - 1 && s.charAt(i) == '\n');
  }

  /** kramdown's LAZY_END: what ends a lazy line run (a paragraph, a block quote). */
  static boolean lazyEnd(Scanner src, int i) {
    String s = src.s;
    if (atEnd(s, i)) {
      return true;
    }
    if (blankLines(s, i) >= 0 || eob(s, i) >= 0) {
      return true;
    }
    int j = HtmlSyntax.optSpace(s, i);
    int c = Chars.at(s, j);
    if (c == '<') {
      return HtmlSyntax.lazyEndStop(s, i) || HtmlSyntax.lazyEndStart(s, i);
    }
    return c == '{' && ialBlockAt(src, j) >= 0;
  }

  /** What ends a paragraph: LAZY_END, and with GFM's paragraph_end quirk more starts. */
  static boolean paragraphEnd(Scanner src, int i, boolean gfmQuirk) {
    if (lazyEnd(src, i)) {
      return true;
    }
    String s = src.s;
    if (definitionListStart(s, i)) {
      return true;
    }
    if (!gfmQuirk) {
      return false;
    }
    return listStart(s, i) || atxStart(s, i) || blockquoteStart(s, i) || fenceStart(s, i);
  }

  /** kramdown's BLOCK_BOUNDARY: blank line, end-of-block marker, attribute list or the end. */
  static boolean blockBoundary(Scanner src, int i) {
    String s = src.s;
    return blankLines(s, i) >= 0 || eob(s, i) >= 0 || ialBlock(src, i) >= 0 || atEnd(s, i);
  }

  /** The tail after a list or definition marker: a tab, {@code |} or space, then the line. */
  static boolean isTailStart(int c) {
    return c == '\t' || c == '|' || c == ' ';
  }

  /** {@code ^ {0,3}[+*-][\t| ]}: the index after the marker, or -1. */
  static int bulletMarker(CharSequence s, int i, int maxSpaces) {
    int j = i;
    int lim = i + maxSpaces;
    while (j < lim && Chars.at(s, j) == ' ') {
      j++;
    }
    int c = Chars.at(s, j);
    if ((c == '+' || c == '*' || c == '-') && isTailStart(Chars.at(s, j + 1))) {
      return j + 1;
    }
    return -1;
  }

  /** {@code ^ {0,3}\d+\.[\t| ]}: the index after the marker, or -1. */
  static int orderedMarker(CharSequence s, int i, int maxSpaces) {
    int j = i;
    int lim = i + maxSpaces;
    while (j < lim && Chars.at(s, j) == ' ') {
      j++;
    }
    int d = j;
    while (Chars.isDigit(Chars.at(s, d))) {
      d++;
    }
    if (d > j && Chars.at(s, d) == '.' && isTailStart(Chars.at(s, d + 1))) {
      return d + 1;
    }
    return -1;
  }

  /** {@code ^ {0,3}:[\t| ]}: the index after the marker, or -1. */
  static int definitionMarker(CharSequence s, int i, int maxSpaces) {
    int j = i;
    int lim = i + maxSpaces;
    while (j < lim && Chars.at(s, j) == ' ') {
      j++;
    }
    if (Chars.at(s, j) == ':' && isTailStart(Chars.at(s, j + 1))) {
      return j + 1;
    }
    return -1;
  }

  static boolean listStart(CharSequence s, int i) {
    return bulletMarker(s, i, 3) >= 0 || orderedMarker(s, i, 3) >= 0;
  }

  static boolean definitionListStart(CharSequence s, int i) {
    return definitionMarker(s, i, 3) >= 0;
  }

  /** GFM's {@code ^#{1,6}[\t ]+.*\n}. */
  static boolean atxStart(CharSequence s, int i) {
    int j = i;
    while (j < i + 6 && Chars.at(s, j) == '#') {
      j++;
    }
    if (j == i) {
      return false;
    }
    int c = Chars.at(s, j);
    return c == ' ' || c == '\t';
  }

  static boolean blockquoteStart(CharSequence s, int i) {
    return Chars.at(s, HtmlSyntax.optSpace(s, i)) == '>';
  }

  /** GFM's {@code ^ {0,3}[~`]{3,}}. */
  static boolean fenceStart(CharSequence s, int i) {
    int j = HtmlSyntax.optSpace(s, i);
    for (int k = 0; k < 3; k++) {
      int c = Chars.at(s, j + k);
      if (c != '~' && c != '`') {
        return false;
      }
    }
    return true;
  }

  /** Whether the line at {@code i} holds something other than white space. */
  static boolean hasContent(CharSequence s, int i, int lineEnd) {
    for (int k = i; k < lineEnd; k++) {
      if (!Chars.isSpace(s.charAt(k))) {
        return true;
      }
    }
    return false;
  }
}
