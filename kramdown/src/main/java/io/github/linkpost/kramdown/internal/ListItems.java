package io.github.linkpost.kramdown.internal;

/**
 * The line rules lists and definition lists share: how far the first line of an item indents
 * its content, and which following lines belong to the item (indented content, or lazy
 * continuation lines).
 */
final class ListItems {
  private ListItems() {}

  /** The content of an item's first line and the indentation its other lines need. */
  static final class FirstLine {
    final String content;
    final int indentation;

    FirstLine(String content, int indentation) {
      this.content = content;
      this.indentation = indentation;
    }
  }

  /**
   * Reads an item's first line: {@code markerLength} is the width of the spaces and marker,
   * {@code content} the rest of the line (from the character after the marker, with its line
   * feed).
   */
  static FirstLine firstLine(int markerLength, String content) {
    int indentation = markerLength;
    if (isEmptyOrIal(content)) {
      indentation = 4;
    } else {
      while (true) {
        int sp = 0;
        while (sp < content.length() && content.charAt(sp) == ' ') {
          sp++;
        }
        if (sp >= content.length() || content.charAt(sp) != '\t') {
          break;
        }
        int tabs = 0;
        while (sp + tabs < content.length() && content.charAt(sp + tabs) == '\t') {
          tabs++;
        }
        int col = sp + indentation;
        int width = 4 - (col % 4) + (tabs - 1) * 4;
        content = content.substring(0, sp) + " ".repeat(width) + content.substring(sp + tabs);
      }
      int sp = 0;
      while (sp < content.length() && content.charAt(sp) == ' ') {
        sp++;
      }
      indentation += sp;
    }
    int ws = 0;
    while (ws < content.length() && Chars.isSpace(content.charAt(ws))) {
      ws++;
    }
    return new FirstLine(content.substring(ws), indentation);
  }

  /** {@code ^(?:\{:...\})?\s*\n}: the line is empty or holds only an attribute list. */
  private static boolean isEmptyOrIal(String content) {
    int i = 0;
    int n = content.length();
    while (i < n && Chars.isSpace(content.charAt(i))) {
      i++;
    }
    if (i == n) {
      return content.indexOf('\n') >= 0;
    }
    int end = itemIal(content, i);
    if (end < 0) {
      return false;
    }
    while (end < n && Chars.isSpace(content.charAt(end))) {
      end++;
    }
    return end == n && content.endsWith("\n");
  }

  /**
   * An attribute list {@code {:...}} at {@code i} that is no definition or extension: the
   * index after its closing brace, or -1. The first unescaped brace closes it.
   */
  static int itemIal(String s, int i) {
    if (!Chars.startsWith(s, i, "{:")) {
      return -1;
    }
    int j = i + 2;
    int k = j;
    if (k < s.length() && Chars.isWord(s.charAt(k))) {
      k++;
      while (k < s.length() && (Chars.isWord(s.charAt(k)) || s.charAt(k) == '-')) {
        k++;
      }
      if (Chars.at(s, k) == ':') {
        return -1;
      }
    }
    int c = Chars.at(s, j);
    if (c == ':' || c == '/' || c == '}' || c < 0) {
      return -1;
    }
    for (int q = j; q < s.length(); q++) {
      char ch = s.charAt(q);
      if (ch == '\\' && q + 1 < s.length() && s.charAt(q + 1) == '}') {
        q++;
      } else if (ch == '}') {
        return q + 1;
      }
    }
    int last = s.lastIndexOf('}');
    return last > j ? last + 1 : -1;
  }

  /**
   * Removes a leading attribute list (with the white space after it) from an item's first
   * line, reading it into {@code ial}; returns the rest.
   */
  static String takeIal(Parser p, String content, Element item) {
    int i = 0;
    while (i < content.length() && Chars.isSpace(content.charAt(i))) {
      i++;
    }
    int end = itemIal(content, i);
    if (end < 0) {
      return content;
    }
    if (item.ial == null) {
      item.ial = new Ial();
    }
    p.parseAttributeList(content.substring(i + 2, end - 1), item.ial);
    while (end < content.length() && Chars.isSpace(content.charAt(end))) {
      end++;
    }
    return content.substring(end);
  }

  /** A line indented by at least {@code indentation} (tabs count four) with content. */
  static int contentLine(CharSequence s, int i, int indentation) {
    int q = indentation / 4;
    int r = indentation % 4;
    int j = units(s, i, q);
    boolean ok = false;
    if (j >= 0) {
      int k = j;
      int spaces = 0;
      while (spaces < r && Chars.at(s, k) == ' ') {
        k++;
        spaces++;
      }
      if (spaces == r) {
        ok = true;
        j = k;
      } else {
        int u = units(s, j, 1);
        if (u >= 0) {
          ok = true;
          j = u;
        }
      }
    }
    if (!ok) {
      return -1;
    }
    int e = Chars.lineEnd(s, j);
    if (e >= s.length() || !Lines.hasContent(s, j, e)) {
      return -1;
    }
    return e + 1;
  }

  private static int units(CharSequence s, int i, int count) {
    for (int u = 0; u < count; u++) {
      if (Chars.at(s, i) == '\t') {
        i++;
      } else if (Chars.startsWith(s, i, "    ")) {
        i += 4;
      } else {
        return -1;
      }
    }
    return i;
  }

  /**
   * A lazy line: any line with content, unless (after up to {@code min(indentation, 3)}
   * spaces) it starts with a block attribute list or an HTML tag that ends paragraphs.
   */
  static int lazyLine(Scanner src, int i, int indentation) {
    String s = src.s;
    int e = Chars.lineEnd(s, i);
    if (e >= src.len || !Lines.hasContent(s, i, e)) {
      return -1;
    }
    int max = Math.min(indentation, 3);
    int j = i;
    while (j < i + max && s.charAt(j) == ' ') {
      j++;
    }
    int c = s.charAt(j);
    if (c == '{' && Lines.ialBlockAt(src, j) >= 0) {
      return -1;
    }
    if (c == '<' && (HtmlSyntax.lazyEndStop(s, j) || HtmlSyntax.lazyEndStart(s, j))) {
      return -1;
    }
    return e + 1;
  }

  /** Leading tabs become four spaces each. */
  static String expandLeadingTabs(String line) {
    int t = 0;
    while (t < line.length() && line.charAt(t) == '\t') {
      t++;
    }
    return t == 0 ? line : " ".repeat(4 * t) + line.substring(t);
  }

  /** How many spaces a marker may be indented for a following item of this list. */
  static int markerSpaces(int indentation) {
    return indentation >= 4 ? 3 : Math.max(0, indentation - 1);
  }
}
