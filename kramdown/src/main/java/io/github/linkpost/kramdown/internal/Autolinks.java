package io.github.linkpost.kramdown.internal;

/** {@code <http://url>} (also https, ftp, ftps, mailto) and {@code <name@host>}. */
final class Autolinks extends SpanParser {
  static final Autolinks INSTANCE = new Autolinks();

  private static final String[] SCHEMES = {"mailto:", "https:", "http:", "ftps:", "ftp:"};

  @Override
  int bit() {
    return AUTOLINK;
  }

  private static boolean isAddressChar(int cp) {
    return cp == '-' || cp == '_' || cp == '.' || (cp >= 0 && Chars.isAlnum(cp));
  }

  @Override
  boolean startsAt(Parser p, Scanner src) {
    String s = src.s;
    int i = src.pos;
    if (Chars.at(s, i) != '<') {
      return false;
    }
    for (String scheme : SCHEMES) {
      if (Chars.startsWith(s, i + 1, scheme)) {
        int from = i + 1 + scheme.length() + 1;
        int gt = src.search().indexOf(">", from);
        int nl = src.search().indexOf("\n", i);
        if (gt >= 0 && (nl < 0 || gt < nl)) {
          p.m1 = i + 1;
          p.m2 = gt;
          p.mText = scheme;
          return true;
        }
        break;
      }
    }
    int k = i + 1;
    int local = k;
    while (true) {
      int cp = Chars.cpAt(s, k);
      if (cp < 0 || !isAddressChar(cp)) {
        break;
      }
      k += Character.charCount(cp);
    }
    if (k == local || Chars.at(s, k) != '@') {
      return false;
    }
    int d = k + 1;
    int domain = d;
    while (true) {
      int cp = Chars.cpAt(s, d);
      if (cp < 0 || !isAddressChar(cp)) {
        break;
      }
      d += Character.charCount(cp);
    }
    if (d == domain || Chars.at(s, d) != '>') {
      return false;
    }
    p.m1 = i + 1;
    p.m2 = d;
    p.mText = null;
    return true;
  }

  @Override
  void parse(Parser p) {
    Scanner src = p.src;
    int line = src.lineNumber();
    String inner = src.s.substring(p.m1, p.m2);
    String href = p.mText == null ? "mailto:" + inner : inner;
    src.pos = p.m2 + 1;
    Element a = new Element(ElementType.A, line);
    a.attr().put("href", href);
    Parser.addText(inner.startsWith("mailto:") ? inner.substring(7) : inner, a, p.textType);
    p.tree.children().add(a);
  }
}
