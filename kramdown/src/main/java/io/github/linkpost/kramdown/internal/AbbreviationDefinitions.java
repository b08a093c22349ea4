package io.github.linkpost.kramdown.internal;

/** {@code *[ABBR]: full text} defines an abbreviation. */
final class AbbreviationDefinitions extends BlockParser {
  static final AbbreviationDefinitions INSTANCE = new AbbreviationDefinitions();

  @Override
  int parse(Parser p) {
    Scanner src = p.src;
    String s = src.s;
    int j = HtmlSyntax.optSpace(s, src.pos);
    if (!Chars.startsWith(s, j, "*[")) {
      return NO;
    }
    int le = Chars.lineEnd(s, j);
    if (le >= src.len) {
      return NO;
    }
    int close = s.indexOf("]:", j + 3);
    if (close < 0 || close >= le) {
      return NO;
    }
    int line = src.lineNumber();
    String id = s.substring(j + 2, close);
    String text = Chars.strip(s.substring(close + 2, le));
    src.pos = le + 1;
    if (p.abbrevDefs.containsKey(id)) {
      p.warning("Duplicate abbreviation ID '" + id + "' on line " + line + " - overwriting");
    }
    Element eob = p.newBlockEl(ElementType.EOB, line);
    eob.eobKind = "abbrev_def";
    p.tree.children().add(eob);
    p.abbrevDefs.put(id, text);
    p.abbrevAttr.put(id, eob);
    return DONE;
  }
}
