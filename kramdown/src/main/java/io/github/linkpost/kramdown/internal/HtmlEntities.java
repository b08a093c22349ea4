package io.github.linkpost.kramdown.internal;

/** {@code &name;}, {@code &#123;} and {@code &#x1F;}: characters given by reference. */
final class HtmlEntities extends SpanParser {
  static final HtmlEntities INSTANCE = new HtmlEntities();

  @Override
  int bit() {
    return HTML_ENTITY;
  }

  /** The end (after the {@code ;}) of a reference at {@code i}, or -1; its kind in {@code m1}. */
  static int match(CharSequence s, int i, int[] kind) {
    if (Chars.at(s, i) != '&') {
      return -1;
    }
    int c = Chars.at(s, i + 1);
    if (c == ':' || Chars.isWord(c)) {
      int k = i + 2;
      while (true) {
        int d = Chars.at(s, k);
        if (d == '-' || d == '.' || d == ':' || Chars.isWord(d)) {
          k++;
        } else {
          break;
        }
      }
      if (Chars.at(s, k) == ';') {
        kind[0] = 0;
        return k + 1;
      }
      return -1;
    }
    if (c != '#') {
      return -1;
    }
    int k = i + 2;
    while (Chars.isDigit(Chars.at(s, k))) {
      k++;
    }
    if (k > i + 2 && Chars.at(s, k) == ';') {
      kind[0] = 1;
      return k + 1;
    }
    if (Chars.at(s, i + 2) != 'x') {
      return -1;
    }
    k = i + 3;
    while (Chars.isHexDigit(Chars.at(s, k))) {
      k++;
    }
    if (k > i + 3 && Chars.at(s, k) == ';') {
      kind[0] = 2;
      return k + 1;
    }
    return -1;
  }

  /** The entity a matched reference names, or null for an unknown name. */
  static Entities.Entity entity(String ref, int kind) {
    if (kind == 0) {
      return Entities.byName(ref.substring(1, ref.length() - 1));
    }
    String digits = ref.substring(kind == 1 ? 2 : 3, ref.length() - 1);
    int code;
    try {
      code = Integer.parseInt(digits, kind == 1 ? 10 : 16);
    } catch (NumberFormatException e) {
      code = -1;
    }
    return Entities.byCode(code);
  }

  @Override
  boolean startsAt(Parser p, Scanner src) {
    int[] kind = new int[1];
    int e = match(src.s, src.pos, kind);
    p.mEnd = e;
    p.m1 = kind[0];
    return e >= 0;
  }

  @Override
  void parse(Parser p) {
    Scanner src = p.src;
    int line = src.lineNumber();
    String ref = src.s.substring(src.pos, p.mEnd);
    src.pos = p.mEnd;
    Entities.Entity entity = entity(ref, p.m1);
    if (entity != null) {
      Element el = new Element(ElementType.ENTITY, line);
      el.entity = entity;
      el.original = ref;
      p.tree.children().add(el);
    } else {
      Element el = new Element(ElementType.ENTITY, line);
      el.entity = Entities.AMP;
      p.tree.children().add(el);
      p.addText(ref.substring(1));
    }
  }
}
