package io.github.linkpost.kramdown.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * What happens to the tree once all blocks are read: span parsing of the text blocks hold,
 * attribute lists applied, abbreviations marked, and GFM's header ids and backslash line
 * breaks.
 */
final class TreeUpdates {
  private TreeUpdates() {}

  /** Parses the spans of every text block and applies attribute lists (kramdown's update_tree). */
  static void updateTree(Parser p, Element element) {
    if (!element.hasChildren()) {
      return;
    }
    List<Element> out = new ArrayList<>(element.childCount());
    Element lastBlank = null;
    for (Element child : element.children()) {
      if (child.type == ElementType.RAW_TEXT) {
        lastBlank = null;
        p.resetEnv(new Scanner(child.text.toString(), element.line), ElementType.TEXT);
        child.setChildren(null);
        p.parseSpans(child, null, null, ElementType.TEXT);
        if (child.hasChildren()) {
          if (element.taskCheckbox) {
            Element first = child.firstChild();
            if (first.type == ElementType.HTML_ELEMENT && "input".equals(first.value)) {
              first.trusted = true;
            }
            element.taskCheckbox = false;
          }
          out.addAll(child.children());
        }
      } else if (child.type == ElementType.EOB) {
        if (child.ial != null) {
          p.updateAttrWithIal(child.attr(), child.ial);
        }
      } else if (child.type == ElementType.BLANK) {
        if (lastBlank != null) {
          lastBlank.text.append(child.text);
        } else {
          lastBlank = child;
          out.add(child);
        }
      } else {
        lastBlank = null;
        updateTree(p, child);
        if (child.ial != null) {
          p.updateAttrWithIal(child.attr(), child.ial);
        }
        if (child.type == ElementType.DT || child.type == ElementType.HEADER) {
          child.rawText = rawText(child);
        }
        out.add(child);
      }
    }
    element.setChildren(out);
  }

  /** The text a header id is made from: text, code, math and the characters of symbols. */
  static String rawText(Element item) {
    StringBuilder sb = new StringBuilder();
    appendRawText(item, sb);
    return sb.toString();
  }

  private static void appendRawText(Element el, StringBuilder sb) {
    switch (el.type) {
      case TEXT:
        sb.append(el.text);
        return;
      case CODESPAN:
      case MATH:
        sb.append(el.value);
        return;
      case ENTITY: {
        String c = el.entity.chars();
        if (c != null) {
          sb.append(c);
        }
        return;
      }
      case SMART_QUOTE:
        sb.append(Entities.byName(el.symbol).chars());
        return;
      case TYPOGRAPHIC_SYM:
        if (el.symbol.equals("laquo_space")) {
          sb.append("\u00AB\u00A0");
        } else if (el.symbol.equals("raquo_space")) {
          sb.append("\u00A0\u00BB");
        } else {
          sb.append(Entities.byName(el.symbol).chars());
        }
        return;
      default:
        if (el.hasChildren()) {
          for (Element c : el.children()) {
            appendRawText(c, sb);
          }
        }
    }
  }

  /** Marks the defined abbreviations in text, at word boundaries. */
  static void replaceAbbreviations(Parser p, Element el) {
    if (p.abbrevDefs.isEmpty()) {
      return;
    }
    List<String> keys = new ArrayList<>(p.abbrevDefs.keySet());
    keys.sort(Comparator.comparingInt(String::length).reversed());
    replaceAbbreviations(el, keys);
  }

  private static void replaceAbbreviations(Element el, List<String> keys) {
    if (!el.hasChildren()) {
      return;
    }
    List<Element> out = null;
    List<Element> children = el.children();
    for (int i = 0; i < children.size(); i++) {
      Element child = children.get(i);
      List<Element> replaced = null;
      if (child.type == ElementType.TEXT && el.contentModel != ContentModel.RAW) {
        replaced = splitAbbreviations(child, keys);
      } else {
        replaceAbbreviations(child, keys);
      }
      if (replaced != null) {
        if (out == null) {
          out = new ArrayList<>(children.subList(0, i));
        }
        out.addAll(replaced);
      } else if (out != null) {
        out.add(child);
      }
    }
    if (out != null) {
      el.setChildren(out);
    }
  }

  /** The first key that starts at {@code i}, or null. */
  private static String keyAt(String s, int i, List<String> keys, boolean wordEnd) {
    for (String k : keys) {
      if (s.startsWith(k, i) && (!wordEnd || !Chars.isWord(Chars.at(s, i + k.length())))) {
        return k;
      }
    }
    return null;
  }

  private static List<Element> splitAbbreviations(Element child, List<String> keys) {
    String s = child.text.toString();
    boolean any = false;
    for (String k : keys) {
      if (s.contains(k)) {
        any = true;
        break;
      }
    }
    if (!any) {
      return null;
    }
    List<Element> result = new ArrayList<>();
    int pos = 0;
    int n = s.length();
    while (pos <= n) {
      int found = -1;
      for (int q = pos; q <= n; q++) {
        boolean nonWord = q < n && !Chars.isWord(s.charAt(q));
        if (nonWord && keyAt(s, q + 1, keys, true) != null) {
          found = q;
          break;
        }
        boolean lineStart = q == pos || s.charAt(q - 1) == '\n';
        if (lineStart && keyAt(s, q, keys, true) != null) {
          found = q;
          break;
        }
      }
      if (found < 0) {
        break;
      }
      StringBuilder temp = new StringBuilder(s.substring(pos, found));
      int at = found;
      String abbr = keyAt(s, at, keys, false);
      if (abbr == null) {
        if (at < n && !Chars.isWord(s.charAt(at))) {
          temp.append(s.charAt(at));
          at++;
        }
        abbr = keyAt(s, at, keys, false);
      }
      if (abbr == null) {
        break;
      }
      result.add(Element.text(ElementType.TEXT, temp, child.line));
      Element a = new Element(ElementType.ABBREVIATION, child.line);
      a.value = abbr;
      result.add(a);
      pos = at + abbr.length();
    }
    result.add(Element.text(ElementType.TEXT, s.substring(Math.min(pos, n)), child.line));
    return result;
  }

  /** GFM's pass: header ids, and a backslash before a line break makes a {@code <br />}. */
  static void updateGfmElements(Parser p, Element element) {
    if (!element.hasChildren()) {
      return;
    }
    List<Element> children = element.children();
    List<Element> out = null;
    for (int i = 0; i < children.size(); i++) {
      Element child = children.get(i);
      List<Element> replaced = null;
      if (child.type == ElementType.TEXT && p.mayHaveHardBreaks
          && child.text.indexOf(hardBreak(p)) >= 0) {
        replaced = splitHardBreaks(p, element, child, i == children.size() - 1);
      } else if (child.type == ElementType.HTML_ELEMENT) {
        // left alone, with everything inside
      } else if (child.type == ElementType.HEADER && p.options.autoIds
          && child.attr("id") == null) {
        child.attr().put("id", gfmHeaderId(p, child.rawText));
      } else {
        updateGfmElements(p, child);
      }
      if (replaced != null) {
        if (out == null) {
          out = new ArrayList<>(children.subList(0, i));
        }
        out.addAll(replaced);
      } else if (out != null) {
        out.add(child);
      }
    }
    if (out != null) {
      element.setChildren(out);
    }
  }

  private static String hardBreak(Parser p) {
    return p.options.hardWrap ? "\n" : "\\\n";
  }

  private static List<Element> splitHardBreaks(Parser p, Element element, Element child,
      boolean isLast) {
    String sep = hardBreak(p);
    String value = child.text.toString();
    List<String> lines = new ArrayList<>();
    int from = 0;
    for (int k = value.indexOf(sep); k >= 0; k = value.indexOf(sep, from)) {
      lines.add(value.substring(from, k));
      from = k + sep.length();
    }
    lines.add(value.substring(from));
    boolean omitTrailing = lines.get(lines.size() - 1).isEmpty()
        && element.category() == Category.BLOCK && isLast;
    List<Element> out = new ArrayList<>();
    for (int i = 0; i < lines.size(); i++) {
      out.add(Element.text(ElementType.TEXT, i > 0 ? "\n" + lines.get(i) : lines.get(i),
          child.line + i));
      if (i < lines.size() - 2 || (i == lines.size() - 2 && !omitTrailing)) {
        out.add(new Element(ElementType.BR, child.line + i));
      }
    }
    return out;
  }

  /** GFM's header id: lower case, only word characters, hyphens and spaces (as hyphens). */
  static String gfmHeaderId(Parser p, String text) {
    String lower = Chars.downcase(text == null ? "" : text);
    StringBuilder sb = new StringBuilder(lower.length());
    for (int i = 0; i < lower.length(); ) {
      int cp = lower.codePointAt(i);
      i += Character.charCount(cp);
      if (cp == ' ' || cp == '\t') {
        sb.append('-');
      } else if (cp == '-' || Chars.isUnicodeWord(cp)) {
        sb.appendCodePoint(cp);
      }
    }
    String result = sb.toString();
    Map<String, Integer> counter = p.gfmIds;
    int n = counter.merge(result, 1, Integer::sum) - 1;
    if (n > 0) {
      result = result + "-" + n;
    }
    return p.options.autoIdPrefix + result;
  }
}
