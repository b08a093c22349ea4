package io.github.linkpost.kramdown.internal;

/**
 * Straight quotes become typographic ones by kramdown's rules, tried in order on the quote and
 * the character before it: before emphasis or punctuation, doubled quotes, decades ('80s),
 * after white space, after other characters, and the rest.
 */
final class SmartQuotes extends SpanParser {
  static final SmartQuotes INSTANCE = new SmartQuotes();

  private static final String PUNCT = "!\"#$%'()*+,-./:;<=>?@[\\]^_`{|}~";

  @Override
  int bit() {
    return SMART_QUOTES;
  }

  private static boolean isQuote(int c) {
    return c == '"' || c == '\'';
  }

  @Override
  boolean startsAt(Parser p, Scanner src) {
    int c = src.cur();
    return isQuote(c) || (c >= 0 && c != '\\' && isQuote(src.at(src.pos + 1)));
  }

  private static String left(int q) {
    return q == '"' ? "ldquo" : "lsquo";
  }

  private static String right(int q) {
    return q == '"' ? "rdquo" : "rsquo";
  }

  @Override
  void parse(Parser p) {
    Scanner src = p.src;
    int i = src.pos;
    int line = src.lineNumber();
    int c0 = src.at(i);
    int c1 = src.at(i + 1);
    int c2 = src.at(i + 2);
    if (isQuote(c0)) {
      if ((c1 == '_' || c1 == '*') && c2 >= 0 && !Chars.isSpace(c2)) {
        emit(p, i, i, left(c0), i + 1, line);
        return;
      }
      if (c1 >= 0 && PUNCT.indexOf(c1) >= 0 && !(c2 == '.' && src.at(i + 3) == '.')
          && Chars.isBoundaryWord(c1) == Chars.isBoundaryWord(Chars.cpAt(src.s, i + 2))) {
        emit(p, i, i, right(c0), i + 1, line);
        return;
      }
    }
    int ws = Chars.isSpace(c0) ? 1 : 0;
    int k = i + ws;
    if (src.at(k) == '"' && src.at(k + 1) == '\'' && Chars.isWord(src.at(k + 2))) {
      emit(p, i, k, "ldquo", -1, line);
      emit(p, k + 1, k + 1, "lsquo", k + 2, line);
      return;
    }
    if (src.at(k) == '\'' && src.at(k + 1) == '"' && Chars.isWord(src.at(k + 2))) {
      emit(p, i, k, "lsquo", -1, line);
      emit(p, k + 1, k + 1, "ldquo", k + 2, line);
      return;
    }
    if (src.at(k) == '\'' && Chars.isDigit(src.at(k + 1)) && Chars.isDigit(src.at(k + 2))
        && src.at(k + 3) == 's') {
      emit(p, i, k, "rsquo", k + 1, line);
      return;
    }
    if (ws == 1 && isQuote(c1) && Chars.isWord(c2)) {
      emit(p, i, i + 1, left(c1), i + 2, line);
      return;
    }
    if (c0 >= 0 && c0 != ' ' && c0 != '\\' && c0 != '\t' && c0 != '\r' && c0 != '\n'
        && c0 != '[' && c0 != '{' && c0 != '(' && c0 != '-' && isQuote(c1)) {
      emit(p, i, i + 1, right(c1), i + 2, line);
      return;
    }
    if (isQuote(c0) && (c1 < 0 || Chars.isSpace(c1) || c1 == '\n'
        || (c1 == 's' && !Chars.isBoundaryWord(Chars.cpAt(src.s, i + 2))))) {
      emit(p, i, i, right(c0), i + 1, line);
      return;
    }
    for (int q : new int[] {'\'', '"'}) {
      if (c0 != q && c1 == q && c0 >= 0) {
        emit(p, i, i + 1, left(q), i + 2, line);
        return;
      }
      if (c0 == q && c1 == q) {
        emit(p, i, i + 1, left(q), i + 2, line);
        return;
      }
      if (c0 == q) {
        emit(p, i, i, left(q), i + 1, line);
        return;
      }
    }
    p.addChar();
  }

  /** Adds {@code s[from, to)} as text, then the quote; moves to {@code end} unless -1. */
  private static void emit(Parser p, int from, int to, String quote, int end, int line) {
    p.addText(p.src.s, from, to);
    Element q = new Element(ElementType.SMART_QUOTE, line);
    q.symbol = quote;
    p.tree.children().add(q);
    if (end >= 0) {
      p.src.pos = end;
    }
  }
}
