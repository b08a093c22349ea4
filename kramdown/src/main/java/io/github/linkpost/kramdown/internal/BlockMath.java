package io.github.linkpost.kramdown.internal;

/** A math block {@code $$ ... $$} standing alone between block boundaries. */
final class BlockMath extends BlockParser {
  static final BlockMath INSTANCE = new BlockMath();

  @Override
  int parse(Parser p) {
    Scanner src = p.src;
    String s = src.s;
    int j = HtmlSyntax.optSpace(s, src.pos);
    boolean escaped = Chars.at(s, j) == '\\';
    int k = escaped ? j + 1 : j;
    if (!Chars.startsWith(s, k, "$$")) {
      return NO;
    }
    int close = src.search().indexOf("$$", k + 2);
    if (close < 0) {
      return NO;
    }
    int line = src.lineNumber();
    if (!p.afterBlockBoundary()) {
      return NO;
    }
    int end = close + 2;
    int nl = AttributeLists.endsLine(s, end);
    if (escaped) {
      if (nl >= 0) {
        src.pos = j + 1;
      }
      return NO;
    }
    if (nl >= 0) {
      end = nl;
    }
    int saved = src.pos;
    src.pos = end;
    if (p.beforeBlockBoundary()) {
      Element math = p.newBlockEl(ElementType.MATH, line);
      math.value = Chars.strip(s.substring(k + 2, close));
      math.category = Category.BLOCK;
      p.tree.children().add(math);
      return DONE;
    }
    src.pos = saved;
    return NO;
  }
}
