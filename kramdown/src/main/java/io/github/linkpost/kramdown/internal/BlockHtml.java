package io.github.linkpost.kramdown.internal;

/**
 * HTML at the start of a line: a comment, a start tag of an element that is not span level
 * (its element and body follow), or the end tag of the HTML element whose blocks are being
 * read (which ends them).
 */
final class BlockHtml extends BlockParser {
  static final BlockHtml INSTANCE = new BlockHtml();

  @Override
  int parse(Parser p) {
    Scanner src = p.src;
    String s = src.s;
    int j = HtmlSyntax.optSpace(s, src.pos);
    if (Chars.at(s, j) != '<') {
      return NO;
    }
    int c = Chars.at(s, j + 1);
    if (c != '/' && !Chars.startsWith(s, j + 1, "!--") && HtmlSyntax.unameEnd(s, j + 1) < 0) {
      return NO;
    }
    int line = src.lineNumber();
    int e = HtmlSyntax.comment(src, src.pos);
    if (e >= 0) {
      Element comment = new Element(ElementType.XML_COMMENT, line);
      comment.value = s.substring(src.pos, e);
      comment.category = Category.BLOCK;
      p.tree.children().add(comment);
      src.pos = e;
      HtmlBlocks.skipTrailingWhitespace(src);
      return DONE;
    }
    if (p.tooDeep()) {
      return NO;
    }
    HtmlSyntax.Tag tag = HtmlSyntax.startTag(src, j);
    if (tag != null) {
      if (HtmlSyntax.SPAN_ELEMENTS.contains(Chars.downcase(tag.name))) {
        return NO;
      }
      src.pos = tag.end;
      HtmlBlocks.startTag(p, tag, line);
      return DONE;
    }
    String[] name = new String[1];
    e = HtmlSyntax.closeTag(s, j, name);
    if (e >= 0 && !HtmlSyntax.SPAN_ELEMENTS.contains(Chars.downcase(name[0]))) {
      if (p.tree.type == ElementType.HTML_ELEMENT && p.tree.value.equals(Chars.downcase(name[0]))) {
        src.pos = e;
        return STOP;
      }
    }
    return NO;
  }
}
