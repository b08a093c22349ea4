package io.github.linkpost.kramdown.internal;

import java.util.Map;

/**
 * HTML inside a line: comments, and elements whose content is parsed as spans (for span
 * content models) or read as HTML. A block-level tag or a stray end tag here is text.
 */
final class SpanHtml extends SpanParser {
  static final SpanHtml INSTANCE = new SpanHtml();

  @Override
  int bit() {
    return SPAN_HTML;
  }

  @Override
  boolean startsAt(Parser p, Scanner src) {
    String s = src.s;
    int i = src.pos;
    if (Chars.at(s, i) != '<') {
      return false;
    }
    int c = Chars.at(s, i + 1);
    return c == '/' || Chars.startsWith(s, i + 1, "!--") || HtmlSyntax.unameEnd(s, i + 1) >= 0;
  }

  @Override
  void parse(Parser p) {
    Scanner src = p.src;
    String s = src.s;
    int i = src.pos;
    int line = src.lineNumber();
    int e = HtmlSyntax.comment(src, i);
    if (e >= 0) {
      Element c = new Element(ElementType.XML_COMMENT, line);
      c.value = s.substring(i, e);
      c.category = Category.SPAN;
      p.tree.children().add(c);
      src.pos = e;
      return;
    }
    String[] closeName = new String[1];
    e = HtmlSyntax.closeTag(s, i, closeName);
    if (e >= 0) {
      p.warning("Found invalidly used HTML closing tag for '" + closeName[0] + "' on line " + line);
      p.addText(s.substring(i, e));
      src.pos = e;
      return;
    }
    HtmlSyntax.Tag tag = HtmlSyntax.startTag(src, i);
    if (tag == null || p.tooDeep()) {
      p.addChar();
      return;
    }
    String name = tag.name;
    String lower = Chars.downcase(name);
    boolean known = HtmlSyntax.isKnown(lower);
    if (known) {
      name = lower;
    }
    if (HtmlSyntax.BLOCK_ELEMENTS.contains(name)) {
      p.warning("Found block HTML tag '" + name + "' in span-level text on line " + line);
      p.addText(s.substring(i, tag.end));
      src.pos = tag.end;
      return;
    }
    Map<String, String> attrs = HtmlBlocks.attributes(p, tag, line, known, true);
    boolean parse = HtmlSyntax.contentModel(name) != ContentModel.RAW
        && (p.tree.contentModel != ContentModel.RAW) && p.options.parseSpanHtml;
    String markdown = attrs.remove("markdown");
    if (markdown != null) {
      switch (markdown) {
        case "block":
          p.warning("Cannot use block-level parsing in span-level HTML tag (line " + line
              + ") - using default mode");
          break;
        case "span":
          parse = true;
          break;
        case "1":
          parse = HtmlSyntax.contentModel(name) != ContentModel.RAW;
          break;
        case "0":
          parse = false;
          break;
        default:
          break;
      }
    }
    Element el = new Element(ElementType.HTML_ELEMENT, line);
    el.value = name;
    el.setAttr(attrs);
    el.category = Category.SPAN;
    el.contentModel = parse ? ContentModel.SPAN : ContentModel.RAW;
    el.isClosed = tag.selfClosed;
    p.tree.children().add(el);
    src.pos = tag.end;
    if (!tag.selfClosed && !HtmlSyntax.WITHOUT_BODY.contains(name)) {
      String tagName = name;
      Parser.Stop stop = new Parser.Stop() {
        @Override
        public String firstChars() {
          return "<";
        }

        @Override
        public boolean matches(String str, int k) {
          return HtmlSyntax.closeTagFor(str, k, tagName, known) >= 0;
        }
      };
      if (p.parseSpans(el, stop, parse ? null : SpanParser.HTML_ONLY, p.textType)) {
        src.pos = HtmlSyntax.closeTagFor(s, src.pos, tagName, known);
      } else {
        p.warning("Found no end tag for '" + name + "' (line " + line + ") - auto-closing it");
        Parser.addText(src.rest(), el, p.textType);
        src.pos = src.len;
      }
    }
  }
}
