package io.github.linkpost.kramdown.internal;

/** {@code [^name]: text}, with following indented lines, defines a footnote. */
final class FootnoteDefinitions extends BlockParser {
  static final FootnoteDefinitions INSTANCE = new FootnoteDefinitions();

  /** {@code \w[\w-]*} at {@code i}: its end, or -1. */
  static int nameEnd(CharSequence s, int i) {
    if (!Chars.isWord(Chars.at(s, i))) {
      return -1;
    }
    i++;
    while (Chars.isWord(Chars.at(s, i)) || Chars.at(s, i) == '-') {
      i++;
    }
    return i;
  }

  @Override
  int parse(Parser p) {
    Scanner src = p.src;
    String s = src.s;
    int j = HtmlSyntax.optSpace(s, src.pos);
    if (!Chars.startsWith(s, j, "[^")) {
      return NO;
    }
    int ne = nameEnd(s, j + 2);
    if (ne < 0 || !Chars.startsWith(s, ne, "]:") || p.tooDeep()) {
      return NO;
    }
    int first = Chars.lineEnd(s, ne + 2);
    if (first >= src.len) {
      return NO;
    }
    int end = IndentedCode.match(src, first + 1);
    String name = s.substring(j + 2, ne);
    int line = src.lineNumber();
    String content = IndentedCode.unindent(s.substring(ne + 2, end));
    src.pos = end;
    Element def = new Element(ElementType.FOOTNOTE_DEF, line);
    p.parseBlocks(def, content);
    if (p.footnotes.containsKey(name)) {
      p.warning("Duplicate footnote name '" + name + "' on line " + line + " - overwriting");
    }
    Element eob = p.newBlockEl(ElementType.EOB, line);
    eob.eobKind = "footnote_def";
    p.tree.children().add(eob);
    p.footnotes.put(name, new Footnotes.Definition(def, eob));
    return DONE;
  }
}
