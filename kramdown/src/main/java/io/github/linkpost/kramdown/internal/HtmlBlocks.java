package io.github.linkpost.kramdown.internal;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * HTML elements met at block level and everything nested in them: the element is made from its
 * start tag, then its body is read as raw HTML (the default), or as blocks or spans when its
 * content model or a {@code markdown} attribute says so.
 */
final class HtmlBlocks {
  private HtmlBlocks() {}

  /** The element for a start tag, added to the current tree, with its body read. */
  static void startTag(Parser p, HtmlSyntax.Tag tag, int line) {
    String name = tag.name;
    String lower = Chars.downcase(name);
    boolean known = HtmlSyntax.isKnown(lower);
    if (known) {
      name = lower;
    }
    boolean closed = tag.selfClosed;
    Element el = new Element(ElementType.HTML_ELEMENT, line);
    el.value = name;
    el.category = Category.BLOCK;
    el.setAttr(attributes(p, tag, line, known, false));
    p.tree.children().add(el);
    if (!closed && HtmlSyntax.WITHOUT_BODY.contains(name)) {
      closed = true;
    }
    if (name.equals("script") || name.equals("style")) {
      rawBody(p, el, name);
      kramdownTag(p, el, false, false);
    } else {
      kramdownTag(p, el, closed, true);
    }
  }

  /** The attributes of a tag, names lower-cased for known elements. */
  static Map<String, String> attributes(Parser p, HtmlSyntax.Tag tag, int line, boolean known,
      boolean joinLines) {
    Map<String, String> attrs = new LinkedHashMap<>();
    for (String[] a : tag.attributes) {
      String key = known ? Chars.downcase(a[0]) : a[0];
      if (attrs.containsKey(key)) {
        p.warning("Duplicate HTML attribute '" + key + "' on line " + line
            + " - overwriting previous one");
      }
      String value = a[1] == null ? "" : a[1];
      if (joinLines && !value.isEmpty()) {
        value = joinLines(value);
      }
      attrs.put(key, value);
    }
    return attrs;
  }

  private static String joinLines(String value) {
    if (value.indexOf('\n') < 0) {
      return value;
    }
    StringBuilder sb = new StringBuilder(value.length());
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      if (c == '\n') {
        sb.append(' ');
        while (i + 1 < value.length() && value.charAt(i + 1) == '\n') {
          i++;
        }
      } else {
        sb.append(c);
      }
    }
    return sb.toString();
  }

  /** The body of {@code script} or {@code style}: everything up to its end tag, as is. */
  private static void rawBody(Parser p, Element el, String name) {
    Scanner src = p.src;
    int close = findCloseTag(src, src.pos, name);
    if (close >= 0) {
      Parser.addText(src.s.substring(src.pos, close), el, ElementType.RAW);
      src.pos = HtmlSyntax.closeTag(src.s, close, null);
    } else {
      Parser.addText(src.rest(), el, ElementType.RAW);
      src.pos = src.len;
      p.warning("Found no end tag for '" + name + "' - auto-closing it");
    }
  }

  /** Index of the first {@code </name\s*>} (any case) at or after {@code from}, or -1. */
  static int findCloseTag(Scanner src, int from, String name) {
    String s = src.s;
    for (int i = s.indexOf("</", from); i >= 0; i = s.indexOf("</", i + 1)) {
      if (HtmlSyntax.closeTagFor(s, i, name, true) >= 0) {
        return i;
      }
    }
    return -1;
  }

  /** What kramdown's parser does with an HTML element it met: the content model, the body. */
  static void kramdownTag(Parser p, Element el, boolean closed, boolean handleBody) {
    Scanner src = p.src;
    if (p.blockIal != null) {
      el.ial = p.blockIal;
      p.blockIal = null;
    }
    boolean parentRaw = isRawHtml(p.tree);
    ContentModel model;
    if (!parentRaw) {
      model = p.options.parseBlockHtml ? HtmlSyntax.contentModel(el.value) : ContentModel.RAW;
    } else {
      model = ContentModel.RAW;
    }
    String markdown = el.hasAttr() ? el.attr().remove("markdown") : null;
    if (markdown != null) {
      switch (markdown) {
        case "0":
          model = ContentModel.RAW;
          break;
        case "1":
          model = HtmlSyntax.contentModel(el.value);
          break;
        case "span":
          model = ContentModel.SPAN;
          break;
        case "block":
          model = ContentModel.BLOCK;
          break;
        default:
          break;
      }
    }
    if (model == ContentModel.BLOCK) {
      skipTrailingWhitespace(src);
    }
    el.contentModel = model;
    el.isClosed = closed;
    if (!closed && handleBody) {
      if (model == ContentModel.BLOCK) {
        if (!p.parseBlocks(el, null)) {
          p.warning("Found no end tag for '" + el.value + "' (line " + el.line
              + ") - auto-closing it");
        }
      } else if (model == ContentModel.SPAN) {
        int close = findCloseTag(src, src.pos, el.value);
        if (close >= 0) {
          Parser.addText(src.s.substring(src.pos, close), el, p.textType);
          src.pos = close;
          int e = HtmlSyntax.closeTag(src.s, close, null);
          if (e >= 0) {
            src.pos = e;
          }
        } else {
          Parser.addText(src.rest(), el, p.textType);
          src.pos = src.len;
          p.warning("Found no end tag for '" + el.value + "' (line " + el.line
              + ") - auto-closing it");
        }
      } else {
        parseRaw(p, el);
      }
      if (!isRawHtml(p.tree)) {
        skipTrailingWhitespace(src);
      }
    }
  }

  static boolean isRawHtml(Element e) {
    return e != null && e.type == ElementType.HTML_ELEMENT && e.contentModel == ContentModel.RAW;
  }

  /** {@code [ \t]*\n}. */
  static void skipTrailingWhitespace(Scanner src) {
    int i = src.pos;
    while (i < src.len && (src.s.charAt(i) == ' ' || src.s.charAt(i) == '\t')) {
      i++;
    }
    if (i < src.len && src.s.charAt(i) == '\n') {
      src.pos = i + 1;
    }
  }

  /** Reads raw HTML into {@code el} until its end tag (or the end), nesting elements. */
  static void parseRaw(Parser p, Element el) {
    Element saved = p.tree;
    p.tree = el;
    Scanner src = p.src;
    String s = src.s;
    boolean done = false;
    p.depth++;
    try {
      while (!src.eos() && !done) {
        int i = nextRawStart(s, src.pos);
        if (i < 0) {
          Parser.addText(src.rest(), p.tree, ElementType.TEXT);
          src.pos = src.len;
          if (p.tree.type == ElementType.HTML_ELEMENT) {
            p.warning("Found no end tag for '" + p.tree.value + "' on line " + p.tree.line
                + " - auto-closing it");
          }
          break;
        }
        Parser.addText(s.substring(src.pos, i), p.tree, ElementType.TEXT);
        src.pos = i;
        int line = src.lineNumber();
        int e;
        HtmlSyntax.Tag tag;
        String[] closeName = new String[1];
        if ((e = HtmlSyntax.comment(src, i)) >= 0) {
          p.tree.children().add(comment(ElementType.XML_COMMENT, s.substring(i, e), line));
          src.pos = e;
        } else if ((e = HtmlSyntax.instruction(src, i)) >= 0) {
          p.tree.children().add(comment(ElementType.XML_PI, s.substring(i, e), line));
          src.pos = e;
        } else if ((tag = HtmlSyntax.startTag(src, i)) != null && !p.tooDeep()) {
          src.pos = tag.end;
          startTag(p, tag, line);
        } else if ((e = HtmlSyntax.closeTag(s, i, closeName)) >= 0) {
          String name = HtmlSyntax.isKnown(p.tree.value) ? Chars.downcase(closeName[0])
              : closeName[0];
          src.pos = e;
          if (name.equals(p.tree.value)) {
            done = true;
          } else {
            Parser.addText(s.substring(i, e), p.tree, ElementType.TEXT);
            p.warning("Found invalidly used HTML closing tag for '" + closeName[0] + "' on line "
                + line + " - ignoring it");
          }
        } else {
          int cp = Chars.cpAt(s, i);
          int n = Character.charCount(cp);
          Parser.addText(s.substring(i, i + n), p.tree, ElementType.TEXT);
          src.pos = i + n;
        }
      }
    } finally {
      p.depth--;
      p.tree = saved;
    }
  }

  /** {@code (?=<(UNAME|/|!--|\?))}: the next place raw HTML may hold markup, or -1. */
  private static int nextRawStart(String s, int from) {
    for (int i = s.indexOf('<', from); i >= 0; i = s.indexOf('<', i + 1)) {
      int c = Chars.at(s, i + 1);
      if (c == '/' || c == '?' || Chars.startsWith(s, i + 1, "!--")
          || HtmlSyntax.unameEnd(s, i + 1) >= 0) {
        return i;
      }
    }
    return -1;
  }

  private static Element comment(ElementType type, String value, int line) {
    Element c = new Element(type, line);
    c.value = value;
    c.category = Category.BLOCK;
    return c;
  }
}
