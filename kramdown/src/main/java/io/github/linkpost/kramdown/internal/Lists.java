package io.github.linkpost.kramdown.internal;

import java.util.ArrayList;
import java.util.List;

/**
 * Bullet ({@code * + -}) and ordered ({@code 1.}) lists. Items are collected line by line with
 * kramdown's indentation rules, then each item's text is parsed as blocks; whether an item's
 * first paragraph shows as a {@code <p>} follows kramdown's looseness rules. GFM task list
 * items ({@code [ ]}, {@code [x]}) get their check boxes afterwards.
 */
final class Lists extends BlockParser {
  static final Lists INSTANCE = new Lists();

  static final String BOX_UNCHECKED =
      "<input type=\"checkbox\" class=\"task-list-item-checkbox\" disabled=\"disabled\" />";
  static final String BOX_CHECKED = "<input type=\"checkbox\" class=\"task-list-item-checkbox\" "
      + "disabled=\"disabled\" checked=\"checked\" />";

  @Override
  int parse(Parser p) {
    Scanner src = p.src;
    String s = src.s;
    boolean ul = Lines.bulletMarker(s, src.pos, 3) >= 0;
    if (!ul && Lines.orderedMarker(s, src.pos, 3) < 0) {
      return NO;
    }
    if (p.tooDeep()) {
      return NO;
    }
    ElementType type = ul ? ElementType.UL : ElementType.OL;
    Element list = p.newBlockEl(type, src.lineNumber());
    List<List<StringBuilder>> values = new ArrayList<>();
    List<StringBuilder> value = null;
    int indentation = 0;
    int markerSpaces = 3;
    boolean eobFound = false;
    boolean nestedListFound = false;
    boolean lastIsBlank = false;
    while (!src.eos()) {
      int line = src.lineNumber();
      int pos = src.pos;
      int m;
      int e;
      if (lastIsBlank && HorizontalRules.match(s, pos) >= 0) {
        break;
      } else if ((e = Lines.eob(s, pos)) >= 0) {
        src.pos = e;
        eobFound = true;
        break;
      } else if ((m = ul ? Lines.bulletMarker(s, pos, markerSpaces)
          : Lines.orderedMarker(s, pos, markerSpaces)) >= 0) {
        int next = Chars.nextLine(s, m);
        if (list.firstListMarker == null) {
          list.firstListMarker = Chars.strip(s.substring(pos, m));
        }
        Element item = new Element(ElementType.LI, line);
        ListItems.FirstLine first = ListItems.firstLine(m - pos, s.substring(m, next));
        indentation = first.indentation;
        list.children().add(item);
        String content = ListItems.takeIal(p, first.content, item);
        markerSpaces = ListItems.markerSpaces(indentation);
        nestedListFound = Lines.listStart(content, 0);
        lastIsBlank = false;
        value = new ArrayList<>();
        value.add(new StringBuilder(content));
        values.add(value);
        src.pos = next;
      } else if ((e = ListItems.contentLine(s, pos, indentation)) >= 0
          || (!lastIsBlank && (e = ListItems.lazyLine(src, pos, indentation)) >= 0)) {
        String result = ListItems.expandLeadingTabs(s.substring(pos, e));
        boolean indentationFound = result.startsWith(" ".repeat(indentation));
        if (indentationFound) {
          result = result.substring(indentation);
        }
        if (!nestedListFound && indentationFound && Lines.listStart(result, 0)) {
          value.add(new StringBuilder());
          nestedListFound = true;
        } else if (nestedListFound && !indentationFound && Lines.listStart(result, 0)) {
          result = " ".repeat(indentation + 4) + result;
        }
        value.get(value.size() - 1).append(result);
        lastIsBlank = false;
        src.pos = e;
      } else if ((e = Lines.blankLines(s, pos)) >= 0) {
        nestedListFound = true;
        lastIsBlank = true;
        value.get(value.size() - 1).append(s, pos, e);
        src.pos = e;
      } else {
        break;
      }
    }
    p.tree.children().add(list);

    Element last = null;
    List<Element> items = list.children();
    for (int i = 0; i < items.size(); i++) {
      Element it = items.get(i);
      Element temp = new Element(ElementType.TEMP, it.line);
      Parser.Env env = p.saveEnv();
      int location = it.line;
      for (StringBuilder chunk : values.get(i)) {
        p.src = new Scanner(chunk.toString(), location);
        p.parseBlocks(temp, null);
        location = p.src.lineNumber();
      }
      env.restore();
      it.setChildren(temp.hasChildren() ? temp.children() : null);
      if (!it.hasChildren()) {
        continue;
      }
      List<Element> ch = it.children();
      if (ch.get(0).type == ElementType.P && ch.size() >= 2
          && ch.get(1).type == ElementType.EOB && ch.get(0).ial != null) {
        ch.remove(1);
      }
      Element first = ch.get(0);
      boolean isLast = i == items.size() - 1;
      if (first.type == ElementType.P
          && (ch.size() < 2 || ch.get(1).type != ElementType.BLANK
              || (isLast && ch.size() == 2 && !eobFound))
          && (!isLast || items.size() == 1 || anyNotPlainParagraph(items))) {
        if (ch.size() > 1 && ch.get(1).type != ElementType.BLANK && first.hasChildren()) {
          first.firstChild().text.append('\n');
        }
        first.transparent = true;
      }
      last = ch.get(ch.size() - 1).type == ElementType.BLANK ? ch.remove(ch.size() - 1) : null;
    }
    if (last != null && !eobFound) {
      p.tree.children().add(last);
    }
    markTaskList(p, list);
    return DONE;
  }

  /** Whether some item but the last does not start with a paragraph shown as {@code <p>}. */
  private static boolean anyNotPlainParagraph(List<Element> items) {
    for (int i = 0; i < items.size() - 1; i++) {
      Element first = items.get(i).firstChild();
      if (first == null || first.type != ElementType.P || first.transparent) {
        return true;
      }
    }
    return false;
  }

  /** GFM task lists: a first paragraph starting with {@code [ ]} or {@code [x]}. */
  private static void markTaskList(Parser p, Element list) {
    boolean isTaskList = false;
    for (Element li : list.children()) {
      Element first = li.firstChild();
      if (first == null || first.type != ElementType.P || !first.hasChildren()) {
        continue;
      }
      StringBuilder text = first.firstChild().text;
      if (text != null && (replaceBox(text, false) | replaceBox(text, true))) {
        isTaskList = true;
        first.taskCheckbox = true;
      }
      if (isTaskList) {
        li.attr().put("class", "task-list-item");
      }
    }
    if (isTaskList) {
      list.attr().put("class", "task-list");
    }
  }

  /** {@code \A\s*\[ \]\s+} (or {@code [x]}, either case) becomes the check box. */
  private static boolean replaceBox(StringBuilder text, boolean checked) {
    int i = 0;
    int n = text.length();
    while (i < n && Chars.isSpace(text.charAt(i))) {
      i++;
    }
    if (i + 3 > n || text.charAt(i) != '[' || text.charAt(i + 2) != ']') {
      return false;
    }
    char c = text.charAt(i + 1);
    if (checked ? c != 'x' && c != 'X' : c != ' ') {
      return false;
    }
    int j = i + 3;
    if (j >= n || !Chars.isSpace(text.charAt(j))) {
      return false;
    }
    while (j < n && Chars.isSpace(text.charAt(j))) {
      j++;
    }
    text.replace(0, j, checked ? BOX_CHECKED : BOX_UNCHECKED);
    return true;
  }
}
