package io.github.linkpost.kramdown.internal;

import java.util.ArrayList;
import java.util.List;

/**
 * Definition lists: the paragraph before a line starting with {@code :} gives the terms (one a
 * line), and the {@code :} lines and what belongs to them the definitions. A list directly
 * after another one continues it.
 */
final class DefinitionLists extends BlockParser {
  static final DefinitionLists INSTANCE = new DefinitionLists();

  @Override
  int parse(Parser p) {
    Scanner src = p.src;
    String s = src.s;
    if (!Lines.definitionListStart(s, src.pos)) {
      return NO;
    }
    List<Element> children = p.tree.children();
    int size = children.size();
    Element lastChild = p.tree.lastChild();
    if (lastChild == null
        || (size == 1 && lastChild.type != ElementType.P)
        || (size >= 2 && lastChild.type != ElementType.P
            && (lastChild.type != ElementType.BLANK || !"\n".contentEquals(lastChild.text)
                || children.get(size - 2).type != ElementType.P))) {
      return NO;
    }
    boolean firstAsPara = false;
    Element deflist = p.newBlockEl(ElementType.DL, 0);
    Element para = children.remove(children.size() - 1);
    if (para.type == ElementType.BLANK) {
      para = children.remove(children.size() - 1);
      firstAsPara = true;
    }
    deflist.line = para.line;
    String terms = para.hasChildren() ? para.firstChild().textValue() : "";
    for (String term : splitLines(terms)) {
      Element dt = new Element(ElementType.DT, src.lineNumber());
      term = ListItems.takeIal(p, term, dt);
      dt.rawText = term;
      dt.children().add(Element.text(ElementType.RAW_TEXT, term, dt.line));
      deflist.children().add(dt);
    }
    deflist.ial = para.ial;

    Element item = null;
    StringBuilder value = null;
    List<StringBuilder> values = new ArrayList<>();
    int indentation = 0;
    int markerSpaces = 3;
    boolean lastIsBlank = false;
    while (!src.eos()) {
      int line = src.lineNumber();
      int pos = src.pos;
      int m;
      int e;
      if ((m = Lines.definitionMarker(s, pos, markerSpaces)) >= 0) {
        int next = Chars.nextLine(s, m);
        item = new Element(ElementType.DD, line);
        item.firstAsPara = firstAsPara;
        ListItems.FirstLine first = ListItems.firstLine(m - pos, s.substring(m, next));
        indentation = first.indentation;
        deflist.children().add(item);
        value = new StringBuilder(ListItems.takeIal(p, first.content, item));
        values.add(value);
        markerSpaces = ListItems.markerSpaces(indentation);
        firstAsPara = false;
        lastIsBlank = false;
        src.pos = next;
      } else if (Lines.eob(s, pos) >= 0) {
        break;
      } else if ((e = ListItems.contentLine(s, pos, indentation)) >= 0
          || (!lastIsBlank && (e = ListItems.lazyLine(src, pos, indentation)) >= 0)) {
        String result = ListItems.expandLeadingTabs(s.substring(pos, e));
        if (result.startsWith(" ".repeat(indentation))) {
          result = result.substring(indentation);
        }
        value.append(result);
        firstAsPara = false;
        lastIsBlank = false;
        src.pos = e;
      } else if ((e = Lines.blankLines(s, pos)) >= 0) {
        firstAsPara = true;
        value.append(s, pos, e);
        lastIsBlank = true;
        src.pos = e;
      } else {
        break;
      }
    }

    Element last = null;
    int v = 0;
    for (Element it : deflist.children()) {
      if (it.type == ElementType.DT) {
        continue;
      }
      p.parseBlocks(it, values.get(v++).toString());
      if (!it.hasChildren()) {
        continue;
      }
      List<Element> ch = it.children();
      last = ch.get(ch.size() - 1).type == ElementType.BLANK ? ch.remove(ch.size() - 1) : null;
      if (!ch.isEmpty() && ch.get(0).type == ElementType.P && !it.firstAsPara) {
        if (ch.size() > 1 && ch.get(0).hasChildren()) {
          ch.get(0).firstChild().text.append('\n');
        }
        ch.get(0).transparent = true;
      }
      it.firstAsPara = false;
    }

    children = p.tree.children();
    Element end = p.tree.lastChild();
    if (end != null && end.type == ElementType.DL) {
      end.children().addAll(deflist.children());
    } else if (children.size() >= 2 && end.type == ElementType.BLANK
        && children.get(children.size() - 2).type == ElementType.DL) {
      children.remove(children.size() - 1);
      p.tree.lastChild().children().addAll(deflist.children());
    } else {
      children.add(deflist);
    }
    if (last != null) {
      children.add(last);
    }
    return DONE;
  }

  /** Ruby's {@code split(/\n/)}: trailing empty pieces dropped. */
  static List<String> splitLines(String text) {
    List<String> out = new ArrayList<>();
    int i = 0;
    int n = text.length();
    while (i <= n) {
      int e = text.indexOf('\n', i);
      if (e < 0) {
        e = n;
      }
      out.add(text.substring(i, e));
      i = e + 1;
    }
    while (!out.isEmpty() && out.get(out.size() - 1).isEmpty()) {
      out.remove(out.size() - 1);
    }
    return out;
  }
}
