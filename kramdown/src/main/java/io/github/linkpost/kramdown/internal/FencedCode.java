package io.github.linkpost.kramdown.internal;

/**
 * A fenced code block (GFM's form: up to three spaces, then three or more of {@code ~} or
 * {@code `}), closed by a line with at least the same fence; the word after the opening fence
 * names the language. As kramdown's pattern allows, a longer opening fence that finds no
 * closing one is retried as a shorter one.
 */
final class FencedCode extends BlockParser {
  static final FencedCode INSTANCE = new FencedCode();

  private static boolean isFenceChar(int c) {
    return c == '~' || c == '`';
  }

  @Override
  int parse(Parser p) {
    Scanner src = p.src;
    String s = src.s;
    int j = HtmlSyntax.optSpace(s, src.pos);
    int f = j;
    while (f < src.len && isFenceChar(s.charAt(f))) {
      f++;
    }
    int n = f - j;
    if (n < 3) {
      return NO;
    }
    int le = Chars.lineEnd(s, f);
    if (le >= src.len) {
      return NO;
    }
    boolean validWhole = infoIsOneWord(s, f, le, true);
    boolean validShorter = infoIsOneWord(s, f, le, false);
    boolean pure = true;
    for (int k = j + 1; k < f; k++) {
      if (s.charAt(k) != s.charAt(j)) {
        pure = false;
        break;
      }
    }
    int k = -1;
    int close = -1;
    if (pure) {
      SearchCache cache = src.search();
      char c = s.charAt(j);
      if (validWhole) {
        close = cache.fenceLine(c, le + 1, n);
        if (close >= 0) {
          k = n;
        }
      }
      if (k < 0 && validShorter && n > 3) {
        int longest = Math.min(n - 1, cache.longestFenceLine(c, le + 1));
        if (longest >= 3) {
          k = longest;
          close = cache.fenceLine(c, le + 1, longest);
        }
      }
    } else {
      for (int kk = n; kk >= 3 && k < 0; kk--) {
        if (kk == n ? !validWhole : !validShorter) {
          continue;
        }
        close = mixedClose(s, le + 1, s.substring(j, j + kk));
        if (close >= 0) {
          k = kk;
        }
      }
    }
    if (k < 0) {
      return NO;
    }
    int line = src.lineNumber();
    String info = Chars.strip(s.substring(j + k, le));
    Element el = p.newBlockEl(ElementType.CODEBLOCK, line);
    el.value = s.substring(le + 1, close);
    src.pos = Chars.nextLine(s, close);
    if (!info.isEmpty()) {
      el.lang = info;
      int q = info.indexOf('?', 1);
      el.attr().put("class", "language-" + (q > 0 ? info.substring(0, q) : info));
    }
    p.tree.children().add(el);
    return DONE;
  }

  /**
   * Whether the rest of the opening line after the fence is at most one word: with the whole
   * fence, white space may come before it; after a shortened fence the rest of the fence
   * comes first, so the word must follow at once.
   */
  private static boolean infoIsOneWord(String s, int from, int to, boolean leadingSpaceAllowed) {
    int i = from;
    if (leadingSpaceAllowed) {
      while (i < to && Chars.isSpace(s.charAt(i))) {
        i++;
      }
    }
    while (i < to && !Chars.isSpace(s.charAt(i))) {
      i++;
    }
    while (i < to && Chars.isSpace(s.charAt(i))) {
      i++;
    }
    return i == to;
  }

  /** The first line from {@code from} closing a fence of mixed characters, or -1. */
  private static int mixedClose(String s, int from, String fence) {
    char last = fence.charAt(fence.length() - 1);
    int n = s.length();
    int i = from;
    while (i < n) {
      int e = Chars.lineEnd(s, i);
      if (e >= n) {
        return -1;
      }
      int j = HtmlSyntax.optSpace(s, i);
      if (s.startsWith(fence, j)) {
        int r = j + fence.length();
        while (r < e && s.charAt(r) == last) {
          r++;
        }
        while (r < e && Chars.isSpace(s.charAt(r))) {
          r++;
        }
        if (r == e) {
          return i;
        }
      }
      i = e + 1;
    }
    return -1;
  }
}
