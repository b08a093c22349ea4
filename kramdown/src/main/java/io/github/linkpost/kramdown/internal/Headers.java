package io.github.linkpost.kramdown.internal;

/** What atx and setext headers share: the {@code {#id}} suffix and making the element. */
final class Headers {
  private Headers() {}

  /** The header text and the id it ends with ({@code text {#id}}), the id possibly null. */
  static String[] contents(String contents) {
    String text = Chars.rstrip(contents);
    String id = null;
    int n = text.length();
    if (n >= 4 && text.charAt(n - 1) == '}') {
      int k = n - 1;
      while (k > 0) {
        int cp = Chars.cpBefore(text, k);
        if (!isNameChar(cp)) {
          break;
        }
        k -= Character.charCount(cp);
      }
      if (k < n - 1 && k >= 3 && text.charAt(k - 1) == '#' && text.charAt(k - 2) == '{'
          && (text.charAt(k - 3) == ' ' || text.charAt(k - 3) == '\t')
          && isNameStart(Chars.cpAt(text, k))) {
        id = text.substring(k, n - 1);
        text = Chars.rstrip(text.substring(0, k - 2));
      }
    }
    return new String[] {text, id};
  }

  static boolean isNameStart(int c) {
    return c == ':' || (c >= 'A' && c <= 'Z') || c == '_' || (c >= 'a' && c <= 'z')
        || (c >= 0xC0 && c <= 0xD6) || (c >= 0xD8 && c <= 0xF6) || (c >= 0xF8 && c <= 0x2FF)
        || (c >= 0x370 && c <= 0x37D) || (c >= 0x37F && c <= 0x1FFF)
        || (c >= 0x200C && c <= 0x200D) || (c >= 0x2070 && c <= 0x218F)
        || (c >= 0x2C00 && c <= 0x2FEF) || (c >= 0x3001 && c <= 0xD7FF)
        || (c >= 0xF900 && c <= 0xFDCF) || (c >= 0xFDF0 && c <= 0xFFFD)
        || (c >= 0x10000 && c <= 0xEFFFF);
  }

  static boolean isNameChar(int c) {
    return isNameStart(c) || c == '-' || c == '.' || (c >= '0' && c <= '9') || c == 0xB7
        || (c >= 0x300 && c <= 0x36F) || (c >= 0x203F && c <= 0x2040);
  }

  /** Adds the header element for the current line (already matched up to {@code end}). */
  static void add(Parser p, int level, String text, String id, int end) {
    Scanner src = p.src;
    int line = src.lineNumber();
    src.pos = end;
    Element el = p.newBlockEl(ElementType.HEADER, line);
    el.level = level;
    el.rawText = text;
    Parser.addText(text, el, p.textType);
    if (id != null) {
      el.attr().put("id", id);
    }
    p.tree.children().add(el);
  }
}
