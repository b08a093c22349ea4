package io.github.linkpost.kramdown.internal;

/**
 * {@code *em*}, {@code **strong**} and the same with {@code _}: a closing delimiter counts when
 * no white space precedes it, an {@code _} inside a word neither opens nor closes, and an
 * element never nests in one of its own kind. A {@code **} that finds no close is retried as
 * {@code *} one character later (kramdown's rule).
 */
final class Emphasis extends SpanParser {
  static final Emphasis INSTANCE = new Emphasis();

  @Override
  int bit() {
    return EMPHASIS;
  }

  @Override
  boolean startsAt(Parser p, Scanner src) {
    int c = src.cur();
    return c == '*' || c == '_';
  }

  @Override
  void parse(Parser p) {
    Scanner src = p.src;
    String s = src.s;
    int saved = src.pos;
    char type = s.charAt(saved);
    int len = Chars.at(s, saved + 1) == type ? 2 : 1;
    String result = s.substring(saved, saved + len);
    ElementType element = len == 2 ? ElementType.STRONG : ElementType.EM;
    src.pos += len;
    if (p.inside(element) || Chars.isSpace(src.cur()) || (type == '_' && wordBefore(s, saved))
        || p.tooDeep() || cannotClose(p, type, len, saved + 1) || p.failedBefore(saved, element)) {
      p.addText(result);
      return;
    }
    int line = src.lineAt(saved);
    Element el = subParse(p, result, element, type, line);
    if (el == null && element == ElementType.STRONG && p.tree.type != ElementType.EM) {
      src.pos = saved + 1;
      el = subParse(p, String.valueOf(type), ElementType.EM, type, line);
      if (el != null) {
        src.pos += 1;
        p.tree.children().add(el);
        return;
      }
    } else if (el != null) {
      src.pos += len;
      p.tree.children().add(el);
      return;
    }
    p.markFailed(saved, element);
    src.pos = saved + len;
    p.addText(result);
  }

  /**
   * Whether no delimiter after {@code from} (within the look-ahead limit) could close an
   * emphasis: then kramdown's attempt fails, and is not made.
   */
  private static boolean cannotClose(Parser p, char type, int length, int from) {
    SearchCache search = p.src.search();
    long limit = p.lookAheadLimit(from);
    int closer = search.emphasisCloser(type, length, from + 1);
    if (closer >= 0 && closer <= limit) {
      return false;
    }
    if (length == 2) {
      int single = search.emphasisCloser(type, 1, from + 1);
      return single < 0 || single > limit;
    }
    return true;
  }

  /** {@code [[:alpha:]]-?[[:alpha:]]*\z} on the text before: a letter, or a letter and a hyphen. */
  private static boolean wordBefore(String s, int i) {
    int c = Chars.cpBefore(s, i);
    if (c < 0) {
      return false;
    }
    if (Chars.isAlpha(c)) {
      return true;
    }
    if (c == '-') {
      int d = Chars.cpBefore(s, i - 1);
      return d >= 0 && Chars.isAlpha(d);
    }
    return false;
  }

  private static Element subParse(Parser p, String delim, ElementType elem, char type, int line) {
    Element el = new Element(elem, line);
    Parser.Stop stop = new Parser.Stop() {
      @Override
      public String firstChars() {
        return delim.substring(0, 1);
      }

      @Override
      public boolean matches(String s, int i) {
        return Chars.startsWith(s, i, delim);
      }

      @Override
      public boolean accept(Parser q) {
        String s = q.src.s;
        int pos = q.src.pos;
        int before = Chars.cpBefore(s, pos);
        if (before >= 0 && Chars.isSpace(before)) {
          return false;
        }
        if (elem == ElementType.EM && Chars.at(s, pos + 1) == delim.charAt(0)
            && Chars.at(s, pos + 2) != delim.charAt(0)) {
          return false;
        }
        if (type == '_') {
          int after = Chars.cpAt(s, pos + delim.length());
          if (after >= 0 && Chars.isAlnum(after)) {
            return false;
          }
        }
        return el.hasChildren();
      }
    };
    return p.parseSpans(el, stop, null, p.textType) ? el : null;
  }
}
