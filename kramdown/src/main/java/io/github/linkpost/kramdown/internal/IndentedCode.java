package io.github.linkpost.kramdown.internal;

/**
 * A code block indented by a tab or four spaces. Runs of such lines join across blank lines,
 * and lines indented less continue it lazily (kramdown then joins such a line to the one
 * before with a space).
 */
final class IndentedCode extends BlockParser {
  static final IndentedCode INSTANCE = new IndentedCode();

  /** {@code ^(?:\t| {4})}: the index after the indent, or -1. */
  static int indent(CharSequence s, int i) {
    if (Chars.at(s, i) == '\t') {
      return i + 1;
    }
    return Chars.startsWith(s, i, "    ") ? i + 4 : -1;
  }

  /** {@code [ \t]*\S.*\n} from {@code i}: the index after the line, or -1. */
  private static int contentRest(CharSequence s, int i) {
    int n = s.length();
    while (i < n && (s.charAt(i) == ' ' || s.charAt(i) == '\t')) {
      i++;
    }
    if (i >= n || Chars.isSpace(s.charAt(i))) {
      return -1;
    }
    int e = Chars.lineEnd(s, i);
    return e < n ? e + 1 : -1;
  }

  /** kramdown's CODEBLOCK_MATCH at {@code i}: the end of the block (may be {@code i}). */
  static int match(Scanner src, int i) {
    String s = src.s;
    int end = i;
    while (true) {
      int k = end;
      int b = Lines.blankLines(s, k);
      if (b >= 0) {
        k = b;
      }
      int lines = 0;
      while (true) {
        int in = indent(s, k);
        int e = in < 0 ? -1 : contentRest(s, in);
        if (e < 0) {
          break;
        }
        k = e;
        lines++;
      }
      if (lines == 0) {
        return end;
      }
      while (k < src.len && !lazyExcluded(src, k)) {
        int e = contentRest(s, k);
        if (e < 0) {
          break;
        }
        k = e;
      }
      end = k;
    }
  }

  private static boolean lazyExcluded(Scanner src, int k) {
    String s = src.s;
    return Lines.ialBlock(src, k) >= 0 || Lines.eob(s, k) >= 0
        || HtmlSyntax.lazyEndStop(s, k) || HtmlSyntax.lazyEndStart(s, k);
  }

  @Override
  int parse(Parser p) {
    Scanner src = p.src;
    if (indent(src.s, src.pos) < 0) {
      return NO;
    }
    int end = match(src, src.pos);
    if (end == src.pos) {
      return NO;
    }
    int line = src.lineNumber();
    String data = unindent(joinLazyLines(src.s.substring(src.pos, end)));
    src.pos = end;
    Element el = p.newBlockEl(ElementType.CODEBLOCK, line);
    el.value = data;
    p.tree.children().add(el);
    return DONE;
  }

  /** A line feed before at most three spaces and a non-space becomes a space. */
  private static String joinLazyLines(String data) {
    StringBuilder sb = null;
    int n = data.length();
    int from = 0;
    for (int i = data.indexOf('\n'); i >= 0; i = data.indexOf('\n', i + 1)) {
      int j = i + 1;
      while (j < n && j < i + 4 && data.charAt(j) == ' ') {
        j++;
      }
      if (j < n && !Chars.isSpace(data.charAt(j))) {
        if (sb == null) {
          sb = new StringBuilder(n);
        }
        sb.append(data, from, i).append(' ');
        from = i + 1;
      }
    }
    if (sb == null) {
      return data;
    }
    return sb.append(data, from, n).toString();
  }

  /** Removes one indent (a tab or four spaces) from the start of every line. */
  static String unindent(String data) {
    StringBuilder sb = new StringBuilder(data.length());
    int n = data.length();
    int i = 0;
    while (i < n) {
      int in = indent(data, i);
      if (in >= 0) {
        i = in;
      }
      int e = Chars.lineEnd(data, i);
      int next = e < n ? e + 1 : n;
      sb.append(data, i, next);
      i = next;
    }
    return sb.toString();
  }
}
