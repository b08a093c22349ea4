package io.github.linkpost.kramdown.internal;

/** A rule: three or more of one of {@code * - _}, with spaces or tabs between. */
final class HorizontalRules extends BlockParser {
  static final HorizontalRules INSTANCE = new HorizontalRules();

  /** The index after the rule's line feed, or -1. */
  static int match(CharSequence s, int i) {
    int j = HtmlSyntax.optSpace(s, i);
    int c = Chars.at(s, j);
    if (c != '*' && c != '-' && c != '_') {
      return -1;
    }
    int count = 0;
    int n = s.length();
    for (; j < n; j++) {
      char d = s.charAt(j);
      if (d == c) {
        count++;
      } else if (d == '\n') {
        return count >= 3 ? j + 1 : -1;
      } else if (d != ' ' && d != '\t') {
        return -1;
      }
    }
    return -1;
  }

  @Override
  int parse(Parser p) {
    Scanner src = p.src;
    int end = match(src.s, src.pos);
    if (end < 0) {
      return NO;
    }
    int line = src.lineNumber();
    src.pos = end;
    p.tree.children().add(p.newBlockEl(ElementType.HR, line));
    return DONE;
  }
}
