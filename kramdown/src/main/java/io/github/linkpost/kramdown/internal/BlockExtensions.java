package io.github.linkpost.kramdown.internal;

/**
 * Lines starting with {@code {:}: an attribute list definition {@code {:name: ...}}, an
 * extension {@code {::name}}, or a block attribute list {@code {: ...}} (for the block before
 * it, or else for the next one).
 */
final class BlockExtensions extends BlockParser {
  static final BlockExtensions INSTANCE = new BlockExtensions();

  @Override
  int parse(Parser p) {
    Scanner src = p.src;
    String s = src.s;
    int j = HtmlSyntax.optSpace(s, src.pos);
    if (!Chars.startsWith(s, j, "{:")) {
      return NO;
    }
    int ald = ald(p, j);
    if (ald >= 0) {
      return DONE;
    }
    Extensions.Tag tag = Extensions.match(src, j, true);
    if (tag != null) {
      return Extensions.parse(p, tag, true) ? DONE : NO;
    }
    int end = Lines.ialBlockAt(src, j);
    if (end < 0) {
      return NO;
    }
    int close = AttributeLists.blockClose(src, j + 2);
    String content = s.substring(j + 2, close);
    src.pos = end;
    Element last = p.tree.lastChild();
    if (last != null && last.type != ElementType.BLANK
        && (last.type != ElementType.EOB || "link_def".equals(last.eobKind)
            || "abbrev_def".equals(last.eobKind) || "footnote_def".equals(last.eobKind))) {
      if (last.ial == null) {
        last.ial = new Ial();
      }
      p.parseAttributeList(content, last.ial);
      if (Lines.ialBlock(src, src.pos) < 0) {
        Element eob = p.newBlockEl(ElementType.EOB, src.lineNumber());
        eob.eobKind = "ial";
        p.tree.children().add(eob);
      }
    } else {
      if (p.blockIal == null) {
        p.blockIal = new Ial();
      }
      p.parseAttributeList(content, p.blockIal);
    }
    return DONE;
  }

  /** {@code ^ {0,3}\{:name:(...)\}\s*?\n}: reads the definition; the end, or -1. */
  private static int ald(Parser p, int j) {
    Scanner src = p.src;
    String s = src.s;
    int ne = FootnoteDefinitions.nameEnd(s, j + 2);
    if (ne < 0 || Chars.at(s, ne) != ':') {
      return -1;
    }
    int close = AttributeLists.blockClose(src, ne + 1);
    if (close < 0) {
      return -1;
    }
    int end = AttributeLists.endsLine(s, close + 1);
    String name = s.substring(j + 2, ne);
    Ial ial = p.alds.computeIfAbsent(name, k -> new Ial());
    p.parseAttributeList(s.substring(ne + 1, close), ial);
    src.pos = end;
    Element eob = p.newBlockEl(ElementType.EOB, src.lineNumber());
    eob.eobKind = "ald";
    p.tree.children().add(eob);
    return end;
  }
}
