package io.github.linkpost.kramdown.internal;

/** GFM's {@code ~~deleted~~}, its content parsed afresh (outer elements do not count in it). */
final class Strikethrough extends SpanParser {
  static final Strikethrough INSTANCE = new Strikethrough();

  @Override
  int bit() {
    return STRIKETHROUGH;
  }

  @Override
  boolean startsAt(Parser p, Scanner src) {
    String s = src.s;
    int i = src.pos;
    if (!Chars.startsWith(s, i, "~~")) {
      return false;
    }
    int c = src.at(i + 2);
    if (c < 0 || c == '~' || Chars.isSpace(c)) {
      return false;
    }
    int q = src.search().strikeCloser(i + 2);
    p.mEnd = q;
    return q >= 0;
  }

  @Override
  void parse(Parser p) {
    Scanner src = p.src;
    int line = src.lineNumber();
    String inner = src.s.substring(src.pos + 2, p.mEnd + 1);
    src.pos = p.mEnd + 3;
    Element del = new Element(ElementType.HTML_ELEMENT, line);
    del.value = "del";
    del.category = Category.SPAN;
    del.trusted = true;
    p.tree.children().add(del);
    if (p.tooDeep()) {
      Parser.addText(inner, del, ElementType.TEXT);
      return;
    }
    Parser.Env env = p.saveEnv();
    p.resetEnv(new Scanner(inner, line), ElementType.TEXT);
    p.parseSpans(del, null, null, ElementType.TEXT);
    env.restore();
  }
}
