package io.github.linkpost.kramdown.internal;

/**
 * {@code `code`}: closed by the next run of as many backticks (or more); a single backtick
 * between white space is text, and with longer delimiters one space is trimmed at each end.
 */
final class Codespans extends SpanParser {
  static final Codespans INSTANCE = new Codespans();

  @Override
  int bit() {
    return CODESPAN;
  }

  @Override
  boolean startsAt(Parser p, Scanner src) {
    return src.cur() == '`';
  }

  @Override
  void parse(Parser p) {
    Scanner src = p.src;
    String s = src.s;
    int start = src.pos;
    int line = src.lineNumber();
    int run = 0;
    while (Chars.at(s, start + run) == '`') {
      run++;
    }
    src.pos = start + run;
    boolean simple = run == 1;
    if (simple && (start == 0 || Chars.isSpace(s.charAt(start - 1)))
        && Chars.isSpace(src.cur())) {
      p.addText("`");
      return;
    }
    int close = src.search().backticks(src.pos, run);
    if (close < 0) {
      p.addText(s.substring(start, start + run));
      return;
    }
    String text = s.substring(src.pos, close);
    src.pos = close + run;
    if (!simple) {
      if (text.startsWith(" ")) {
        text = text.substring(1);
      }
      if (text.endsWith(" ")) {
        text = text.substring(0, text.length() - 1);
      }
    }
    Element el = new Element(ElementType.CODESPAN, line);
    el.value = text;
    p.tree.children().add(el);
  }
}
