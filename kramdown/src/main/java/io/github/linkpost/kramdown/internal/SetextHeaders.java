package io.github.linkpost.kramdown.internal;

/** A header underlined with {@code =} (level 1) or {@code -} (level 2), after a block boundary. */
final class SetextHeaders extends BlockParser {
  static final SetextHeaders INSTANCE = new SetextHeaders();

  @Override
  int parse(Parser p) {
    Scanner src = p.src;
    String s = src.s;
    int j = HtmlSyntax.optSpace(s, src.pos);
    if (j >= src.len || s.charAt(j) == ' ' || s.charAt(j) == '\t') {
      return NO;
    }
    int le = Chars.lineEnd(s, j);
    if (le >= src.len || le == j) {
      return NO;
    }
    int u = le + 1;
    int c = Chars.at(s, u);
    if (c != '-' && c != '=') {
      return NO;
    }
    int k = u + 1;
    while (k < src.len && (s.charAt(k) == '-' || s.charAt(k) == '=')) {
      k++;
    }
    while (k < src.len && s.charAt(k) != '\n' && Chars.isSpace(s.charAt(k))) {
      k++;
    }
    if (k >= src.len || s.charAt(k) != '\n') {
      return NO;
    }
    if (!p.afterBlockBoundary()) {
      return NO;
    }
    String[] contents = Headers.contents(s.substring(j, le));
    if (contents[0].isEmpty()) {
      return NO;
    }
    Headers.add(p, c == '-' ? 2 : 1, contents[0], contents[1], k + 1);
    return DONE;
  }
}
