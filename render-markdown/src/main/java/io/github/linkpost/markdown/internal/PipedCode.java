package io.github.linkpost.markdown.internal;

/**
 * A code span holding a {@code |}, written so that kramdown cannot read it as a table cell
 * separator.
 *
 * <p>kramdown starts a table at any line with a {@code |} not preceded by a backslash, whatever
 * code span it is in, and only then checks the line's code spans with rules of its own that
 * differ from CommonMark's (a single backtick before white space, runs inside longer runs,
 * escaped backticks). Inside a CommonMark code span a backslash is literal, so the {@code |}
 * cannot be escaped there. Such a span is written instead as {@code <code>TEXT</code>}, the HTML
 * both parsers make of it, with every ASCII sign in TEXT as a numeric character reference, then
 * the span's own source in an HTML comment, likewise encoded, from which the reader restores it
 * exactly. The line then holds no {@code |} at all, and both parsers show the same code.
 */
final class PipedCode {
  private static final String OPEN = "<code>";
  private static final String CLOSE = "</code><!--";
  private static final String END = "-->";

  private PipedCode() {}

  /** Whether the code span's source holds a {@code |} that kramdown would take for a cell separator. */
  static boolean needed(String span) {
    for (int i = span.indexOf('|'); i >= 0; i = span.indexOf('|', i + 1)) {
      if (span.charAt(i - 1) != '\\') {
        return true;
      }
    }
    return false;
  }

  /** The code span's source (backticks included), written as HTML with its source kept. */
  static void write(String span, StringBuilder out) {
    out.append(OPEN);
    encode(shown(span), out);
    out.append(CLOSE);
    encode(span, out);
    out.append(END);
  }

  /** What {@link #write} wrote, found in a text: the code span's source and where it ends. */
  record Read(String source, int end) {}

  /**
   * What {@link #write} wrote, starting at {@code start}, when it is there and consistent (the
   * shown code is the one the kept source shows); null otherwise.
   */
  static Read read(String text, int start) {
    if (!text.startsWith(OPEN, start)) {
      return null;
    }
    // Each scan stops at the first character the encoding never writes ('<', '-', ...), so a
    // text of many unclosed look-alikes is still read in linear time.
    int close = encodedEnd(text, start + OPEN.length());
    if (!text.startsWith(CLOSE, close)) {
      return null;
    }
    int end = encodedEnd(text, close + CLOSE.length());
    if (!text.startsWith(END, end)) {
      return null;
    }
    String span = decode(text, close + CLOSE.length(), end);
    if (span == null || !isCodeSpan(span) || !needed(span)) {
      return null;
    }
    StringBuilder shown = new StringBuilder();
    encode(shown(span), shown);
    return close - start - OPEN.length() == shown.length()
        && text.startsWith(shown.toString(), start + OPEN.length())
        ? new Read(span, end + END.length()) : null;
  }

  private static int encodedEnd(String text, int from) {
    int i = from;
    while (i < text.length()) {
      char c = text.charAt(i);
      if (c < 128 && c != ' ' && c != '&' && c != '#' && c != ';' && !Character.isLetterOrDigit(c)) {
        break;
      }
      i++;
    }
    return i;
  }

  /**
   * The code CommonMark shows for a span's source: line endings (with the indentation of the
   * line that follows, which a paragraph drops) become a space, then one space is removed from
   * each end when both ends have one and the code is not all spaces.
   */
  static String shown(String span) {
    int ticks = 0;
    while (span.charAt(ticks) == '`') {
      ticks++;
    }
    String raw = span.substring(ticks, span.length() - ticks);
    StringBuilder code = new StringBuilder(raw.length());
    for (int i = 0; i < raw.length(); i++) {
      char c = raw.charAt(i);
      if (c == '\r' || c == '\n') {
        if (c == '\r' && i + 1 < raw.length() && raw.charAt(i + 1) == '\n') {
          i++;
        }
        while (i + 1 < raw.length() && (raw.charAt(i + 1) == ' ' || raw.charAt(i + 1) == '\t')) {
          i++;
        }
        code.append(' ');
      } else {
        code.append(c);
      }
    }
    int n = code.length();
    if (n >= 2 && code.charAt(0) == ' ' && code.charAt(n - 1) == ' ' && !code.toString().isBlank()) {
      return code.substring(1, n - 1);
    }
    return code.toString();
  }

  /** Whether the text is one whole code span: equal runs of backticks around code without such a run. */
  private static boolean isCodeSpan(String span) {
    int ticks = 0;
    while (ticks < span.length() && span.charAt(ticks) == '`') {
      ticks++;
    }
    if (ticks == 0 || span.length() <= 2 * ticks) {
      return false;
    }
    return new BacktickRuns(span).codeSpanEnd(0) == span.length();
  }

  /** Letters, digits, spaces and non-ASCII as they are; every other ASCII character as {@code &#N;}. */
  private static void encode(String text, StringBuilder out) {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c >= 128 || c == ' ' || Character.isLetterOrDigit(c)) {
        out.append(c);
      } else {
        out.append("&#").append((int) c).append(';');
      }
    }
  }

  /** The inverse of {@link #encode} over {@code text[from, to)}; null when it is not such text. */
  private static String decode(String text, int from, int to) {
    StringBuilder out = new StringBuilder(to - from);
    int i = from;
    while (i < to) {
      char c = text.charAt(i);
      if (c == '&' && i + 2 < to && text.charAt(i + 1) == '#') {
        int semi = i + 2;
        int code = 0;
        while (semi < to && semi < i + 5 && text.charAt(semi) >= '0' && text.charAt(semi) <= '9') {
          code = code * 10 + text.charAt(semi) - '0';
          semi++;
        }
        if (semi == i + 2 || semi >= to || text.charAt(semi) != ';' || code >= 128 || code == ' '
            || Character.isLetterOrDigit(code)) {
          return null; // never written so: not ours
        }
        out.append((char) code);
        i = semi + 1;
      } else if (c < 128 && c != ' ' && !Character.isLetterOrDigit(c)) {
        return null;
      } else {
        out.append(c);
        i++;
      }
    }
    return out.toString();
  }
}
