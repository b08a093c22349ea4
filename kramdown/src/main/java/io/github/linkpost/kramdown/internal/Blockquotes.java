package io.github.linkpost.kramdown.internal;

/**
 * A block quote: from a line starting with {@code >} through every following line up to a
 * blank line (or another lazy end), with the {@code >} markers removed from the lines that
 * have one; its content is parsed as blocks.
 */
final class Blockquotes extends BlockParser {
  static final Blockquotes INSTANCE = new Blockquotes();

  @Override
  int parse(Parser p) {
    Scanner src = p.src;
    String s = src.s;
    if (!Lines.blockquoteStart(s, src.pos) || p.tooDeep()) {
      return NO;
    }
    int line = src.lineNumber();
    int start = src.pos;
    int k = Chars.nextLine(s, start);
    while (!Lines.lazyEnd(src, k)) {
      k = Chars.nextLine(s, k);
    }
    src.pos = k;
    Element el = p.newBlockEl(ElementType.BLOCKQUOTE, line);
    p.tree.children().add(el);
    p.parseBlocks(el, stripMarkers(s, start, k));
    return DONE;
  }

  /** The lines of {@code s[from, to)} without their {@code ^ {0,3}> ?} prefix. */
  private static String stripMarkers(String s, int from, int to) {
    StringBuilder sb = new StringBuilder(to - from);
    int i = from;
    while (i < to) {
      int j = HtmlSyntax.optSpace(s, i);
      if (j < to && s.charAt(j) == '>') {
        i = j + 1;
        if (i < to && s.charAt(i) == ' ') {
          i++;
        }
      }
      int e = Math.min(Chars.nextLine(s, i), to);
      sb.append(s, i, e);
      i = e;
    }
    return sb.toString();
  }
}
