package io.github.linkpost.kramdown.internal;

import java.util.ArrayList;
import java.util.List;

/**
 * Tables: consecutive lines holding an unescaped {@code |}, between block boundaries; a
 * separator line of {@code -} ends the header (and gives the alignment), further ones split
 * bodies, a line of {@code =} starts the footer. Pipes inside code spans do not split cells.
 */
final class Tables extends BlockParser {
  static final Tables INSTANCE = new Tables();

  /** kramdown's TABLE_LINE at a line start: a pipe first, or one no backslash precedes. */
  static boolean pipeLine(CharSequence s, int i) {
    if (Chars.at(s, i) == '|') {
      return true;
    }
    int e = Chars.lineEnd(s, i);
    if (e >= s.length()) {
      return false;
    }
    for (int k = i + 1; k < e; k++) {
      if (s.charAt(k) == '|' && s.charAt(k - 1) != '\\') {
        return true;
      }
    }
    return false;
  }

  /** A line of {@code +|: \t} and {@code c} (which must occur): its end, or -1. */
  private static int separatorLine(CharSequence s, int i, char c) {
    int e = Chars.lineEnd(s, i);
    if (e >= s.length()) {
      return -1;
    }
    boolean seen = false;
    for (int k = i; k < e; k++) {
      char d = s.charAt(k);
      if (d == c) {
        seen = true;
      } else if (d != '+' && d != '|' && d != ':' && d != ' ' && d != '\t') {
        return -1;
      }
    }
    return seen ? e + 1 : -1;
  }

  /** The line without trailing spaces and tabs. */
  private static String rowText(String s, int i, int e) {
    int t = e;
    while (t > i && (s.charAt(t - 1) == ' ' || s.charAt(t - 1) == '\t')) {
      t--;
    }
    return s.substring(i, t);
  }

  @Override
  int parse(Parser p) {
    Scanner src = p.src;
    String s = src.s;
    int j = HtmlSyntax.optSpace(s, src.pos);
    if (j >= src.len || Chars.isSpace(s.charAt(j)) || !pipeLine(s, j)) {
      return NO;
    }
    if (!p.afterBlockBoundary()) {
      return NO;
    }
    int orig = src.pos;
    int startLine = src.lineNumber();
    Element table = p.newBlockEl(ElementType.TABLE, startLine);
    table.alignment = new ArrayList<>();
    int first = orig;
    while (first < src.len && Chars.isSpace(s.charAt(first)) && s.charAt(first) != '\n') {
      first++;
    }
    boolean leadingPipe = Chars.at(s, first) == '|';
    int sep = separatorLine(s, src.pos, '-');
    if (sep >= 0) {
      src.pos = sep;
    }
    List<Element> rows = new ArrayList<>();
    boolean hasFooter = false;
    int columns = 0;
    boolean alignmentSet = false;
    while (!src.eos()) {
      int pos = src.pos;
      if (!pipeLine(s, pos)) {
        break;
      }
      int le = Chars.lineEnd(s, pos);
      int e;
      if ((e = separatorLine(s, pos, '-')) >= 0) {
        src.pos = e;
        if (rows.isEmpty()) {
          continue;
        } else if (!alignmentSet && !hasFooter) {
          rows = addContainer(table, ElementType.THEAD, rows, hasFooter, false);
          table.alignment = alignments(rowText(s, pos, le));
          alignmentSet = true;
        } else {
          rows = addContainer(table, ElementType.TBODY, rows, hasFooter, false);
        }
      } else if ((e = separatorLine(s, pos, '=')) >= 0) {
        src.pos = e;
        if (!rows.isEmpty()) {
          rows = addContainer(table, ElementType.TBODY, rows, hasFooter, true);
        }
        hasFooter = true;
      } else {
        int line = src.lineNumber();
        List<StringBuilder> cells = cells(p, rowText(s, pos, le), line);
        src.pos = le + 1;
        if (!cells.isEmpty() && leadingPipe && Chars.isBlank(cells.get(0))) {
          cells.remove(0);
        }
        if (!cells.isEmpty() && Chars.isBlank(cells.get(cells.size() - 1))) {
          cells.remove(cells.size() - 1);
        }
        Element tr = new Element(ElementType.TR, line);
        for (StringBuilder cell : cells) {
          Element td = new Element(ElementType.TD, line);
          td.children().add(Element.text(ElementType.RAW_TEXT, Chars.strip(cell.toString()), line));
          tr.children().add(td);
        }
        columns = Math.max(columns, cells.size());
        rows.add(tr);
      }
    }
    if (!p.beforeBlockBoundary()) {
      src.pos = orig;
      return NO;
    }
    if (!pipeOnEveryLine(p, s.substring(orig, src.pos - 1), startLine)) {
      src.pos = orig;
      return NO;
    }
    if (!rows.isEmpty()) {
      addContainer(table, hasFooter ? ElementType.TFOOT : ElementType.TBODY, rows, hasFooter,
          false);
    }
    boolean hasBody = false;
    for (Element part : table.children()) {
      hasBody |= part.type == ElementType.TBODY;
    }
    if (!hasBody) {
      p.warning("Found table without body on line " + startLine + " - ignoring it");
      src.pos = orig;
      return NO;
    }
    for (Element part : table.children()) {
      for (Element row : part.children()) {
        while (row.childCount() < columns) {
          row.children().add(new Element(ElementType.TD, row.line));
        }
      }
    }
    List<Alignment> alignment = table.alignment;
    if (alignment.size() > columns) {
      table.alignment = new ArrayList<>(alignment.subList(0, columns));
    } else {
      while (alignment.size() < columns) {
        alignment.add(Alignment.DEFAULT);
      }
    }
    p.tree.children().add(table);
    return DONE;
  }

  private static List<Element> addContainer(Element table, ElementType type, List<Element> rows,
      boolean hasFooter, boolean force) {
    if (!hasFooter || type != ElementType.TBODY || force) {
      Element part = new Element(type, rows.isEmpty() ? table.line : rows.get(0).line);
      part.setChildren(rows);
      table.children().add(part);
      return new ArrayList<>();
    }
    return rows;
  }

  /** {@code [ \t]?(:?)-+(:?)[ \t]?} scanned over a separator line. */
  private static List<Alignment> alignments(String line) {
    List<Alignment> out = new ArrayList<>();
    int n = line.length();
    int i = 0;
    while (i < n) {
      int q = i;
      if (line.charAt(q) == ' ' || line.charAt(q) == '\t') {
        q++;
      }
      boolean left = false;
      if (q < n && line.charAt(q) == ':' && q + 1 < n && line.charAt(q + 1) == '-') {
        left = true;
        q++;
      }
      if (q >= n || line.charAt(q) != '-') {
        i++;
        continue;
      }
      while (q < n && line.charAt(q) == '-') {
        q++;
      }
      boolean right = false;
      if (q < n && line.charAt(q) == ':') {
        right = true;
        q++;
      }
      if (q < n && (line.charAt(q) == ' ' || line.charAt(q) == '\t')) {
        q++;
      }
      out.add(!left && !right ? Alignment.DEFAULT : !right ? Alignment.LEFT
          : !left ? Alignment.RIGHT : Alignment.CENTER);
      i = q;
    }
    return out;
  }

  /** Splits a row into cells at pipes outside code spans and {@code <code>} elements. */
  private static List<StringBuilder> cells(Parser p, String row, int line) {
    List<StringBuilder> cells = new ArrayList<>();
    List<String> parts = splitCodeElements(row);
    Parser.Env env = p.saveEnv();
    for (int i = 0; i < parts.size(); i++) {
      String str = parts.get(i);
      if (i % 2 == 1) {
        append(cells, str);
        continue;
      }
      List<Element> pieces0;
      if (str.indexOf('`') < 0) {
        // without a backtick the code span parse gives the text back whole
        pieces0 = str.isEmpty() ? List.of() : List.of(Element.text(ElementType.RAW_TEXT, str, line));
      } else {
        p.resetEnv(new Scanner(str, line), ElementType.RAW_TEXT);
        Element root = new Element(ElementType.ROOT, line);
        p.parseSpans(root, null, SpanParser.CODESPAN_ONLY, ElementType.RAW_TEXT);
        pieces0 = root.hasChildren() ? root.children() : List.of();
      }
      for (Element c : pieces0) {
        if (c.type == ElementType.RAW_TEXT) {
          List<String> pieces = splitAtPipes(c.textValue());
          if (pieces.isEmpty()) {
            continue;
          }
          append(cells, pieces.get(0));
          for (int k = 1; k < pieces.size(); k++) {
            cells.add(new StringBuilder(pieces.get(k)));
          }
        } else {
          String code = c.value;
          int longest = 0;
          int run = 0;
          for (int k = 0; k < code.length(); k++) {
            run = code.charAt(k) == '`' ? run + 1 : 0;
            longest = Math.max(longest, run);
          }
          String delim = "`".repeat(longest + 1);
          String pad = delim.length() > 1 ? " " : "";
          append(cells, delim + pad + code + pad + delim);
        }
      }
    }
    env.restore();
    return cells;
  }

  private static void append(List<StringBuilder> cells, String str) {
    if (cells.isEmpty()) {
      cells.add(new StringBuilder(str));
    } else {
      cells.get(cells.size() - 1).append(str);
    }
  }

  /** Ruby's {@code split(/(<code.*?>.*?<\/code>)/)}: text and code elements alternating. */
  static List<String> splitCodeElements(String row) {
    List<String> parts = new ArrayList<>();
    int from = 0;
    int i = row.indexOf("<code", from);
    while (i >= 0) {
      int gt = row.indexOf('>', i + 5);
      int close = gt < 0 ? -1 : row.indexOf("</code>", gt + 1);
      if (close < 0) {
        break;
      }
      parts.add(row.substring(from, i));
      parts.add(row.substring(i, close + 7));
      from = close + 7;
      i = row.indexOf("<code", from);
    }
    parts.add(row.substring(from));
    while (!parts.isEmpty() && parts.get(parts.size() - 1).isEmpty()) {
      parts.remove(parts.size() - 1);
    }
    return parts;
  }

  /** Splits at pipes no backslash precedes, keeping empty pieces; {@code \|} becomes a pipe. */
  private static List<String> splitAtPipes(String text) {
    List<String> pieces = new ArrayList<>();
    if (text.isEmpty()) {
      return pieces;
    }
    int from = 0;
    for (int i = text.indexOf('|'); i >= 0; i = text.indexOf('|', i + 1)) {
      if (i == 0 || text.charAt(i - 1) != '\\') {
        pieces.add(unescapePipes(text.substring(from, i)));
        from = i + 1;
      }
    }
    pieces.add(unescapePipes(text.substring(from)));
    return pieces;
  }

  private static String unescapePipes(String piece) {
    return piece.indexOf('\\') < 0 ? piece : piece.replace("\\|", "|");
  }

  /**
   * kramdown's check that every line of the table has a pipe outside code spans and span HTML
   * (a code span may run over one line break when the line before had a pipe).
   */
  private static boolean pipeOnEveryLine(Parser p, String text, int line) {
    List<Element> parts;
    if (text.indexOf('`') < 0 && text.indexOf('<') < 0) {
      // nothing for the code span and HTML parse to find: the text comes back whole
      parts = List.of(Element.text(ElementType.RAW_TEXT, text, line));
    } else {
      Parser.Env env = p.saveEnv();
      p.resetEnv(new Scanner(text, line), ElementType.RAW_TEXT);
      Element root = new Element(ElementType.ROOT, line);
      p.parseSpans(root, null, SpanParser.CODESPAN_AND_HTML, ElementType.RAW_TEXT);
      env.restore();
      parts = root.hasChildren() ? root.children() : List.of();
    }
    boolean pipeOnLine = false;
    for (Element c : parts) {
      String value = c.textValue();
      if (value == null) {
        continue;
      }
      List<String> lines = DefinitionLists.splitLines(value);
      if (c.type == ElementType.CODESPAN) {
        if (lines.size() > 2 || (lines.size() == 2 && !pipeOnLine)) {
          break;
        } else if (lines.size() == 2) {
          pipeOnLine = false;
        }
      } else {
        if (lines.size() > 1 && !pipeOnLine && !pipeCheck(lines.get(0))) {
          break;
        }
        boolean lastHasPipe = !lines.isEmpty() && pipeCheck(lines.get(lines.size() - 1));
        pipeOnLine = (lines.size() > 1 ? false : pipeOnLine) || lastHasPipe;
      }
    }
    return pipeOnLine;
  }

  /** {@code ^(?:\||.*?[^\\\n]\|)} on one line. */
  private static boolean pipeCheck(String line) {
    if (line.startsWith("|")) {
      return true;
    }
    for (int k = 1; k < line.length(); k++) {
      if (line.charAt(k) == '|' && line.charAt(k - 1) != '\\') {
        return true;
      }
    }
    return false;
  }
}
