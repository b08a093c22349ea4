package io.github.linkpost.kramdown.internal;

/** The end-of-block marker {@code ^} alone on a line: separates blocks that would join. */
final class EobMarkers extends BlockParser {
  static final EobMarkers INSTANCE = new EobMarkers();

  @Override
  int parse(Parser p) {
    Scanner src = p.src;
    int end = Lines.eob(src.s, src.pos);
    if (end < 0) {
      return NO;
    }
    int line = src.lineNumber();
    src.pos = end;
    p.tree.children().add(p.newBlockEl(ElementType.EOB, line));
    return DONE;
  }
}
