package io.github.linkpost.kramdown.internal;

/** {@code [^name]}: a reference to a footnote defined anywhere in the document. */
final class FootnoteMarkers extends SpanParser {
  static final FootnoteMarkers INSTANCE = new FootnoteMarkers();

  @Override
  int bit() {
    return FOOTNOTE_MARKER;
  }

  @Override
  boolean startsAt(Parser p, Scanner src) {
    String s = src.s;
    if (!Chars.startsWith(s, src.pos, "[^")) {
      return false;
    }
    int ne = FootnoteDefinitions.nameEnd(s, src.pos + 2);
    if (ne < 0 || Chars.at(s, ne) != ']') {
      return false;
    }
    p.mEnd = ne;
    return true;
  }

  @Override
  void parse(Parser p) {
    Scanner src = p.src;
    int line = src.lineNumber();
    String name = src.s.substring(src.pos + 2, p.mEnd);
    String matched = src.s.substring(src.pos, p.mEnd + 1);
    src.pos = p.mEnd + 1;
    Footnotes.Definition def = p.footnotes.get(name);
    if (def == null) {
      p.warning("Footnote definition for '" + name + "' not found on line " + line);
      p.addText(matched);
      return;
    }
    if (def.eob != null) {
      if (def.eob.ial != null) {
        p.updateAttrWithIal(def.eob.attr(), def.eob.ial);
      }
      def.eob = null;
    }
    def.referenced = true;
    Element marker = new Element(ElementType.FOOTNOTE, line);
    marker.target = def.content;
    marker.name = name;
    p.tree.children().add(marker);
  }
}
