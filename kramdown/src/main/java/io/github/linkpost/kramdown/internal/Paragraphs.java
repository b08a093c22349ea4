package io.github.linkpost.kramdown.internal;

/**
 * A paragraph: lines up to one that ends it (a blank line, an attribute list, an HTML tag
 * and, with GFM's paragraph_end quirk, the start of a list, header, quote or fence). Lines
 * after a paragraph that nothing else took join it.
 */
final class Paragraphs extends BlockParser {
  static final Paragraphs INSTANCE = new Paragraphs();

  @Override
  int parse(Parser p) {
    Scanner src = p.src;
    String s = src.s;
    int j = HtmlSyntax.optSpace(s, src.pos);
    if (j >= src.len || s.charAt(j) == ' ' || s.charAt(j) == '\t') {
      return NO;
    }
    if (Chars.lineEnd(s, j) >= src.len) {
      return NO;
    }
    int pos = src.pos;
    int line = src.lineNumber();
    int k = Chars.nextLine(s, pos);
    boolean quirk = p.options.gfmQuirkParagraphEnd;
    while (!Lines.paragraphEnd(src, k, quirk)) {
      k = Chars.nextLine(s, k);
    }
    src.pos = k;
    String result = Chars.rstrip(s.substring(pos, k));
    Element last = p.tree.lastChild();
    if (last != null && last.type == ElementType.P) {
      Element lastItem = last.lastChild();
      if (lastItem != null && lastItem.type == p.textType) {
        boolean hard = pos >= 3 && s.startsWith("  \n", pos - 3);
        lastItem.text.append(hard ? "  \n" : "\n").append(result);
      } else {
        Parser.addText(result, last, p.textType);
      }
    } else {
      Element para = p.newBlockEl(ElementType.P, line);
      p.tree.children().add(para);
      Parser.addText(Chars.lstrip(result), para, p.textType);
    }
    return DONE;
  }
}
