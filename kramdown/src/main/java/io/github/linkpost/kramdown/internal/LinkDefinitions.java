package io.github.linkpost.kramdown.internal;

/**
 * {@code [id]: url "title"} defines a link target (the title may stand on the next line). A URL
 * with white space before a quote is no definition: kramdown leaves such a line to the
 * paragraph.
 */
final class LinkDefinitions extends BlockParser {
  static final LinkDefinitions INSTANCE = new LinkDefinitions();

  private static boolean isSpaceOrTab(int c) {
    return c == ' ' || c == '\t';
  }

  @Override
  int parse(Parser p) {
    Scanner src = p.src;
    String s = src.s;
    int j = HtmlSyntax.optSpace(s, src.pos);
    if (Chars.at(s, j) != '[') {
      return NO;
    }
    int close = j + 1;
    while (close < src.len && s.charAt(close) != ']' && s.charAt(close) != '\n') {
      close++;
    }
    if (close == j + 1 || close >= src.len || s.charAt(close) != ']'
        || Chars.at(s, close + 1) != ':') {
      return NO;
    }
    int u = close + 2;
    while (isSpaceOrTab(Chars.at(s, u))) {
      u++;
    }
    int le = Chars.lineEnd(s, u);
    if (le >= src.len) {
      return NO;
    }
    String url = null;
    String bareUrl = null;
    int[] rest = null;
    if (s.charAt(u) == '<') {
      for (int g = s.indexOf('>', u + 1); g >= 0 && g < le; g = s.indexOf('>', g + 1)) {
        rest = rest(s, g + 1, le);
        if (rest != null) {
          url = s.substring(u + 1, g);
          break;
        }
      }
    }
    if (rest == null) {
      int firstNonSpace = u;
      while (firstNonSpace < le && Chars.isSpace(s.charAt(firstNonSpace))) {
        firstNonSpace++;
      }
      for (int e = firstNonSpace + 1; e <= le && rest == null; e++) {
        rest = rest(s, e, le);
        if (rest != null) {
          bareUrl = s.substring(u, e);
        }
      }
      if (rest == null) {
        return NO;
      }
      for (int k = 1; k < bareUrl.length(); k++) {
        char c = bareUrl.charAt(k);
        if ((c == '"' || c == '\'') && isSpaceOrTab(bareUrl.charAt(k - 1))) {
          return NO;
        }
      }
      url = bareUrl;
    }
    String id = Parser.normalizeLinkId(s.substring(j + 1, close));
    String title = rest[1] < 0 ? null : s.substring(rest[1], rest[2]);
    src.pos = rest[0];
    if (p.linkDefs.containsKey(id)) {
      p.warning("Duplicate link ID '" + id + "' on line " + src.lineNumber() + " - overwriting");
    }
    Element eob = p.newBlockEl(ElementType.EOB, src.lineNumber());
    eob.eobKind = "link_def";
    p.tree.children().add(eob);
    p.linkDefs.put(id, new Parser.LinkDef(url, title, eob));
    return DONE;
  }

  /**
   * What may follow the URL at {@code r}: a title on the next line, a title after white space,
   * or nothing; returns {end, titleStart, titleEnd} (title -1 when none) or null.
   */
  private static int[] rest(String s, int r, int le) {
    int i = r;
    while (isSpaceOrTab(Chars.at(s, i))) {
      i++;
    }
    if (i == le) {
      int k = le + 1;
      while (isSpaceOrTab(Chars.at(s, k))) {
        k++;
      }
      int q = Chars.at(s, k);
      if (q == '"' || q == '\'') {
        int le2 = Chars.lineEnd(s, k);
        if (le2 < s.length()) {
          int t = titleEnd(s, k, le2, (char) q);
          if (t >= 0) {
            return new int[] {le2 + 1, k + 1, t};
          }
        }
      }
    }
    if (i > r) {
      int q = Chars.at(s, i);
      if ((q == '"' || q == '\'') && i < le) {
        int t = titleEnd(s, i, le, (char) q);
        if (t >= 0) {
          return new int[] {le + 1, i + 1, t};
        }
      }
    }
    if (i == le) {
      return new int[] {le + 1, -1, -1};
    }
    return null;
  }

  /** The closing quote of a title opened at {@code open}: the last on the line, then spaces. */
  private static int titleEnd(String s, int open, int le, char q) {
    int t = le - 1;
    while (t > open && isSpaceOrTab(s.charAt(t))) {
      t--;
    }
    if (t >= open + 2 && s.charAt(t) == q) {
      return t;
    }
    return -1;
  }
}
