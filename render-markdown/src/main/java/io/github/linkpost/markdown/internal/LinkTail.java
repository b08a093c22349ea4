package io.github.linkpost.markdown.internal;

/**
 * The destination and title of an inline link in Markdown the renderer writes, after the link
 * text's {@code ](}. kramdown keeps a backslash typed there (an escaped {@code |} would become
 * part of the URL, and a browser reads a backslash in a URL as a {@code /}), so a {@code |} and
 * {@code $$} are written there as character references, which kramdown, CommonMark and HTML read
 * as the signs. Only a tail that a {@code )} closes on its line is such; the reader finds the
 * same tails in what was written, where code spans written as HTML stand in for code spans.
 */
final class LinkTail {
  private LinkTail() {}

  /**
   * At the {@code ]} at {@code at}: when a link's tail follows, copies it ({@link #copy}) and
   * returns where the text goes on; -1 otherwise, having written nothing.
   */
  static int at(String text, int at, int to, int[] looked, boolean writing, StringBuilder out) {
    if (at + 1 >= to || text.charAt(at + 1) != '(') {
      return -1;
    }
    int end = end(text, at, to, looked);
    return end < 0 ? -1 : copy(text, at, end, writing, out);
  }

  /**
   * At the {@code ](} at {@code at}, where an inline link's destination and title end: before
   * the {@code )} that closes them on the line; -1 when they are not such. {@code looked[0]} is
   * how far that was looked for in vain before: not again there, which keeps a line of many
   * {@code ](} linear.
   */
  private static int end(String text, int at, int to, int[] looked) {
    if (at < looked[0]) {
      return -1;
    }
    int end = destinationEnd(text, at + 2, to);
    if (end < 0) {
      looked[0] = -1 - end;
      return -1;
    }
    int k = spaces(text, end, to);
    char open = k > end && k < to ? text.charAt(k) : ' ';
    if (open == '"' || open == '\'' || open == '(') {
      char close = open == '(' ? ')' : open;
      k++;
      while (k < to && text.charAt(k) != close && text.charAt(k) != '\n' && text.charAt(k) != '\r'
          && !(open == '(' && text.charAt(k) == '(')) {
        k += text.charAt(k) == '\\' && k + 1 < to ? 2 : 1;
      }
      if (k >= to || text.charAt(k) != close) {
        looked[0] = k;
        return -1;
      }
      end = k + 1;
      k = spaces(text, end, to);
    }
    if (k < to && text.charAt(k) == ')') {
      return end;
    }
    looked[0] = k;
    return -1;
  }

  private static int spaces(String text, int from, int to) {
    int i = from;
    while (i < to && (text.charAt(i) == ' ' || text.charAt(i) == '\t')) {
      i++;
    }
    return i;
  }

  /**
   * Copies the {@code ](} at {@code at} and the tail after it up to {@code end} (from
   * {@link #end}), writing a {@code |} and {@code $$} as character references ({@code writing})
   * or reading them back. Returns {@code end}.
   */
  private static int copy(String text, int at, int end, boolean writing, StringBuilder out) {
    out.append("](");
    for (int i = at + 2; i < end; ) {
      char c = text.charAt(i);
      if (c == '\\' && i + 1 < end) {
        out.append(c).append(text.charAt(i + 1));
        i += 2;
      } else if (writing && c == '|') {
        out.append(MarkdownText.PIPE);
        i++;
      } else if (writing && c == '$' && i + 1 < end && text.charAt(i + 1) == '$') {
        out.append(MarkdownText.DOLLARS);
        i += 2;
      } else if (!writing && text.startsWith(MarkdownText.PIPE, i) && i + MarkdownText.PIPE.length() <= end) {
        out.append('|');
        i += MarkdownText.PIPE.length();
      } else if (!writing && text.startsWith(MarkdownText.DOLLARS, i) && i + MarkdownText.DOLLARS.length() <= end) {
        out.append("$$");
        i += MarkdownText.DOLLARS.length();
      } else {
        out.append(c);
        i++;
      }
    }
    return end;
  }

  /**
   * Where a link destination starting at {@code from} ends, on its line: in angle brackets, or
   * a run without white space whose parentheses pair up, neither holding {@code <} or a
   * backtick (what follows may be HTML or code) nor going past the line. When there is
   * none, {@code -1 - stop}, where {@code stop} is how far it was looked for. The reader finds
   * the same in what the writer wrote.
   */
  private static int destinationEnd(String text, int from, int to) {
    int i = spaces(text, from, to);
    if (i < to && text.charAt(i) == '<') {
      if (text.startsWith("<code>", i)) {
        return -1 - i; // or a code span the writer wrote as HTML
      }
      for (int k = i + 1; k < to; k++) {
        char c = text.charAt(k);
        if (c == '>') {
          return k + 1;
        }
        if (c == '<' || c == '`' || c == '\n' || c == '\r') {
          return -1 - k;
        }
        if (c == '\\') {
          k++;
        }
      }
      return -1 - to;
    }
    int depth = 0;
    int k = i;
    while (k < to) {
      char c = text.charAt(k);
      if (c <= ' ' || c == '<' || c == '`') {
        break;
      }
      if (c == '\\' && k + 1 < to && text.charAt(k + 1) > ' ') {
        k += 2;
        continue;
      }
      if (c == '(') {
        depth++;
      } else if (c == ')') {
        if (depth == 0) {
          break;
        }
        depth--;
      }
      k++;
    }
    return depth == 0 && k > i ? k : -1 - k;
  }
}
