package io.github.linkpost.kramdown.internal;

/** {@code $$math$$} inside a line. */
final class InlineMath extends SpanParser {
  static final InlineMath INSTANCE = new InlineMath();

  @Override
  int bit() {
    return INLINE_MATH;
  }

  @Override
  boolean startsAt(Parser p, Scanner src) {
    if (!Chars.startsWith(src.s, src.pos, "$$")) {
      return false;
    }
    int close = src.search().indexOf("$$", src.pos + 2);
    p.mEnd = close;
    return close >= 0;
  }

  @Override
  void parse(Parser p) {
    Scanner src = p.src;
    int line = src.lineNumber();
    Element math = new Element(ElementType.MATH, line);
    math.value = Chars.strip(src.s.substring(src.pos + 2, p.mEnd));
    math.category = Category.SPAN;
    src.pos = p.mEnd + 2;
    p.tree.children().add(math);
  }
}
