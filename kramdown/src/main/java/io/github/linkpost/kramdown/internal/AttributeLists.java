package io.github.linkpost.kramdown.internal;

/**
 * Attribute lists, {@code {: #id .class key="value" ref}}: where one ends in the text, and what
 * its content says. The content is read token by token as kramdown does: a token that is no
 * attribute is skipped.
 */
final class AttributeLists {
  private AttributeLists() {}

  /**
   * Where the content of {@code {:...}} that starts at {@code from} ends: the index of its
   * closing brace, the first one no backslash escapes. -1 when there is none or the content is
   * empty.
   */
  static int spanClose(Scanner src, int from) {
    String s = src.s;
    if (from >= src.len || s.charAt(from) == '}') {
      return -1;
    }
    int u = src.search().unescapedBrace(from);
    if (u >= 0) {
      return u;
    }
    int[] escaped = src.search().escapedBraces();
    int k = escaped.length - 1;
    return k >= 0 && escaped[k] > from ? escaped[k] : -1;
  }

  /**
   * Where the content of a block attribute list starting at {@code from} ends when the closing
   * brace must be followed by nothing but white space on its line: the index of that brace, or
   * -1. The first unescaped brace is preferred, then escaped ones from the last back.
   */
  static int blockClose(Scanner src, int from) {
    String s = src.s;
    if (from >= src.len || s.charAt(from) == '}') {
      return -1;
    }
    int u = src.search().unescapedBrace(from);
    if (u >= 0 && endsLine(s, u + 1) >= 0) {
      return u;
    }
    int[] escaped = src.search().escapedBraces();
    int k = SearchCache.lastBelow(escaped, u >= 0 ? u : src.len);
    for (; k >= 0 && escaped[k] > from; k--) {
      if (endsLine(s, escaped[k] + 1) >= 0) {
        return escaped[k];
      }
    }
    return -1;
  }

  /** {@code \s*?\n} at {@code i}: the index after the line feed, or -1. */
  static int endsLine(CharSequence s, int i) {
    int n = s.length();
    while (i < n && s.charAt(i) != '\n' && Chars.isSpace(s.charAt(i))) {
      i++;
    }
    return i < n && s.charAt(i) == '\n' ? i + 1 : -1;
  }

  /**
   * Reads the content of an attribute list into {@code ial}; returns false (kramdown warns)
   * when the content holds no attribute at all.
   */
  static boolean parse(String str, Ial ial) {
    String stripped = Chars.strip(str);
    if (stripped.isEmpty() || stripped.equals(":")) {
      return true;
    }
    boolean any = false;
    int n = str.length();
    int pos = 0;
    while (pos <= n) {
      int found = -1;
      for (int ms = pos; ms <= n && found < 0; ms++) {
        if (ms == 0) {
          found = token(str, 0, ial);
        }
        if (found < 0 && ms < n && Chars.isSpace(str.charAt(ms))) {
          found = token(str, ms + 1, ial);
        }
      }
      if (found < 0) {
        break;
      }
      any = true;
      pos = found;
    }
    return any;
  }

  /** Whether {@code i} is followed by white space or is the end ({@code (?=\s|\Z)}). */
  private static boolean boundary(String s, int i) {
    return i >= s.length() || Chars.isSpace(s.charAt(i));
  }

  private static int nameEnd(String s, int i) {
    if (i >= s.length() || !Chars.isWord(s.charAt(i))) {
      return -1;
    }
    i++;
    while (i < s.length() && (Chars.isWord(s.charAt(i)) || s.charAt(i) == '-')) {
      i++;
    }
    return i;
  }

  /** One token at {@code t}: its end, or -1 when no attribute starts there. */
  private static int token(String s, int t, Ial ial) {
    int ne = nameEnd(s, t);
    if (ne >= 0 && ne + 1 < s.length() && s.charAt(ne) == '='
        && (s.charAt(ne + 1) == '"' || s.charAt(ne + 1) == '\'')) {
      int valueEnd = quotedValueEnd(s, ne + 2, s.charAt(ne + 1));
      if (valueEnd >= 0) {
        char q = s.charAt(ne + 1);
        String raw = s.substring(ne + 2, valueEnd);
        ial.attrs.put(s.substring(t, ne), unescape(raw, q));
        return valueEnd + 1;
      }
    }
    if (ne >= 0 && boundary(s, ne)) {
      ial.addRef(s.substring(t, ne));
      return ne;
    }
    int e = idsAndClassesEnd(s, t);
    if (e > t && boundary(s, e)) {
      for (int i = t; i < e; ) {
        char c = s.charAt(i);
        int j = i + 1;
        if (c == '#') {
          while (j < e && (Chars.isWord(s.charAt(j)) || s.charAt(j) == ':' || s.charAt(j) == '-')) {
            j++;
          }
          ial.attrs.put("id", s.substring(i + 1, j));
        } else {
          while (j < e && s.charAt(j) != '.' && s.charAt(j) != '#') {
            j++;
          }
          ial.addClass(s.substring(i + 1, j));
        }
        i = j;
      }
      return e;
    }
    return -1;
  }

  private static int idsAndClassesEnd(String s, int i) {
    int n = s.length();
    while (i < n) {
      char c = s.charAt(i);
      if (c == '#' && i + 1 < n && Chars.isAsciiLetter(s.charAt(i + 1))) {
        int j = i + 2;
        while (j < n && (Chars.isWord(s.charAt(j)) || s.charAt(j) == ':' || s.charAt(j) == '-')) {
          j++;
        }
        i = j;
      } else if (c == '.' && i + 1 < n && !isClassStop(s.charAt(i + 1))) {
        int j = i + 2;
        while (j < n && !isClassStop(s.charAt(j))) {
          j++;
        }
        i = j;
      } else {
        break;
      }
    }
    return i;
  }

  private static boolean isClassStop(char c) {
    return c == '.' || c == '#' || Chars.isSpace(c);
  }

  /**
   * The index of the quote that ends a quoted value starting at {@code from}: the first quote
   * followed by white space or the end, escaped quotes ({@code \"}) skipped unless nothing else
   * ends the value; a {@code }} must be escaped.
   */
  private static int quotedValueEnd(String s, int from, char q) {
    int n = s.length();
    int i = from;
    java.util.ArrayDeque<Integer> escapedQuotes = new java.util.ArrayDeque<>();
    while (i < n) {
      char c = s.charAt(i);
      if (c == q && boundary(s, i + 1)) {
        return i;
      }
      if (c == '\\' && i + 1 < n && (s.charAt(i + 1) == '}' || s.charAt(i + 1) == q)) {
        if (s.charAt(i + 1) == q) {
          escapedQuotes.push(i + 1);
        }
        i += 2;
        continue;
      }
      if (c == '}' || c == 2) {
        break;
      }
      i++;
    }
    while (!escapedQuotes.isEmpty()) {
      int k = escapedQuotes.pop();
      if (boundary(s, k + 1)) {
        return k;
      }
    }
    return -1;
  }

  private static String unescape(String value, char q) {
    if (value.indexOf('\\') < 0) {
      return value;
    }
    StringBuilder sb = new StringBuilder(value.length());
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      if (c == '\\' && i + 1 < value.length()
          && (value.charAt(i + 1) == '}' || value.charAt(i + 1) == q)) {
        sb.append(value.charAt(i + 1));
        i++;
      } else {
        sb.append(c);
      }
    }
    return sb.toString();
  }
}
