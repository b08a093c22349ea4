package io.github.linkpost.kramdown.internal;

/** Two spaces (or two backslashes) before a line feed: a line break. */
final class LineBreaks extends SpanParser {
  static final LineBreaks INSTANCE = new LineBreaks();

  @Override
  int bit() {
    return LINE_BREAK;
  }

  @Override
  boolean startsAt(Parser p, Scanner src) {
    String s = src.s;
    int i = src.pos;
    return Chars.at(s, i + 2) == '\n'
        && ((s.charAt(i) == ' ' && s.charAt(i + 1) == ' ')
            || (s.charAt(i) == '\\' && s.charAt(i + 1) == '\\'));
  }

  @Override
  void parse(Parser p) {
    Scanner src = p.src;
    p.tree.children().add(new Element(ElementType.BR, src.lineNumber()));
    src.pos += 2;
  }
}
