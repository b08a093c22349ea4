package io.github.linkpost.kramdown.internal;

/** Blank lines: kept (merged into one element) because list and definition rules look at them. */
final class BlankLines extends BlockParser {
  static final BlankLines INSTANCE = new BlankLines();

  @Override
  int parse(Parser p) {
    Scanner src = p.src;
    int end = Lines.blankLines(src.s, src.pos);
    if (end < 0) {
      return NO;
    }
    Element last = p.tree.lastChild();
    if (last != null && last.type == ElementType.BLANK) {
      last.text.append(src.s, src.pos, end);
    } else {
      Element blank = p.newBlockEl(ElementType.BLANK, src.lineOf(src.pos));
      blank.text.append(src.s, src.pos, end);
      p.tree.children().add(blank);
    }
    src.pos = end;
    return DONE;
  }
}
