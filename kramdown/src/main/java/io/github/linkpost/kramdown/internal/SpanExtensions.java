package io.github.linkpost.kramdown.internal;

/**
 * {@code {:...}} inside a line: an extension ({@code {::comment}...{:/}} and the like), or an
 * attribute list for the element just before it.
 */
final class SpanExtensions extends SpanParser {
  static final SpanExtensions INSTANCE = new SpanExtensions();

  @Override
  int bit() {
    return SPAN_EXTENSIONS;
  }

  @Override
  boolean startsAt(Parser p, Scanner src) {
    return Chars.startsWith(src.s, src.pos, "{:");
  }

  @Override
  void parse(Parser p) {
    Scanner src = p.src;
    Extensions.Tag tag = Extensions.match(src, src.pos, false);
    if (tag != null) {
      Extensions.parse(p, tag, false);
      return;
    }
    int close = AttributeLists.spanClose(src, src.pos + 2);
    if (close < 0) {
      p.addChar();
      return;
    }
    Element last = p.tree.lastChild();
    if (last != null && last.type != ElementType.TEXT) {
      Ial attr = new Ial();
      p.parseAttributeList(src.s.substring(src.pos + 2, close), attr);
      src.pos = close + 1;
      if (last.ial == null) {
        last.ial = new Ial();
      }
      last.ial.merge(attr);
      p.updateAttrWithIal(last.attr(), attr);
    } else {
      p.warning("Found span IAL after text - ignoring it");
      p.addChar();
    }
  }
}
