package io.github.linkpost.kramdown.internal;

/** {@code ---} em dash, {@code --} en dash, {@code ...} ellipsis, {@code << >>} guillemets. */
final class TypographicSymbols extends SpanParser {
  static final TypographicSymbols INSTANCE = new TypographicSymbols();

  private static final String[][] SYMBOLS = {
    {"---", "mdash"}, {"--", "ndash"}, {"...", "hellip"}, {"\\<<", "lt"}, {"\\>>", "gt"},
    {"<< ", "laquo_space"}, {" >>", "raquo_space"}, {"<<", "laquo"}, {">>", "raquo"},
  };

  @Override
  int bit() {
    return TYPOGRAPHIC;
  }

  @Override
  boolean startsAt(Parser p, Scanner src) {
    for (int k = 0; k < SYMBOLS.length; k++) {
      if (Chars.startsWith(src.s, src.pos, SYMBOLS[k][0])) {
        p.m1 = k;
        return true;
      }
    }
    return false;
  }

  @Override
  void parse(Parser p) {
    Scanner src = p.src;
    int line = src.lineNumber();
    String[] sym = SYMBOLS[p.m1];
    src.pos += sym[0].length();
    if (sym[0].startsWith("\\")) {
      Entities.Entity e = sym[1].equals("lt") ? Entities.LT : Entities.GT;
      for (int i = 0; i < 2; i++) {
        Element el = new Element(ElementType.ENTITY, line);
        el.entity = e;
        p.tree.children().add(el);
      }
      return;
    }
    Element el = new Element(ElementType.TYPOGRAPHIC_SYM, line);
    el.symbol = sym[1];
    p.tree.children().add(el);
  }
}
