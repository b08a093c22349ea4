package io.github.linkpost.markdown.internal;

import java.util.Arrays;
import java.util.function.IntUnaryOperator;

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
 *
 * <p>A span over several lines keeps its lines: the comment breaks where the span did, and each
 * of its lines starts as the span's line did, with the same container marks ({@code >}) and
 * indentation, so that the blocks around it and the lines after it are read as before. Such a
 * span is written so even without a {@code |} when it closes with three or more backticks at the
 * start of a line: the line's other code spans written as HTML could leave those backticks
 * alone at its start, a fence.
 */
final class PipedCode {
  private static final String OPEN = "<code>";
  private static final String CLOSE = "</code><!--";
  private static final String END = "-->";

  private PipedCode() {}

  /**
   * Whether the code span's source holds a {@code |} that kramdown would take for a cell
   * separator.
   */
  static boolean needed(String span) {
    for (int i = span.indexOf('|'); i >= 0; i = span.indexOf('|', i + 1)) {
      if (span.charAt(i - 1) != '\\') {
        return true;
      }
    }
    return false;
  }

  /**
   * The code span's source (backticks included), written as HTML with its source kept.
   * {@code prefixes[k]} is how many characters at the start of the span's line {@code k + 1} are
   * container marks and indentation, not content (a paragraph's own lines have none).
   */
  static void write(String span, int[] prefixes, StringBuilder out) {
    out.append(OPEN);
    encode(shown(span, prefixes), out);
    out.append(CLOSE);
    int line = 0;
    int i = 0;
    while (i < span.length()) {
      char c = span.charAt(i);
      if (c == '\n' || c == '\r') {
        out.append(c);
        i++;
        if (c == '\r' && i < span.length() && span.charAt(i) == '\n') {
          out.append('\n');
          i++;
        }
        int prefix = line < prefixes.length ? prefixes[line] : 0;
        line++;
        out.append(span, i, i + prefix);
        i += prefix;
        continue;
      }
      encodeInComment(c, out);
      i++;
    }
    out.append(END);
  }

  /** What {@link #write} wrote, found in a text: the code span's source and where it ends. */
  record Read(String source, int end) {}

  /**
   * What {@link #write} wrote, starting at {@code start}, when it is there and consistent (it is
   * what writing the kept source gives); null otherwise. {@code contentStart} gives, for the
   * index where a line of the text starts, the index where its content starts.
   */
  static Read read(String text, int start, IntUnaryOperator contentStart) {
    if (!text.startsWith(OPEN, start)) {
      return null;
    }
    // Each scan stops at the first character the encoding never writes ('<', '-', ...), so a
    // text of many unclosed look-alikes is still read in linear time.
    int close = encodedEnd(text, start + OPEN.length(), false);
    if (!text.startsWith(CLOSE, close)) {
      return null;
    }
    int from = close + CLOSE.length();
    int end = encodedEnd(text, from, true);
    if (!text.startsWith(END, end)) {
      return null;
    }
    int[] prefixes = new int[4];
    int lines = 0;
    StringBuilder span = new StringBuilder(end - from);
    int i = from;
    while (i < end) {
      char c = text.charAt(i);
      if (c == '\n' || c == '\r') {
        span.append(c);
        i++;
        if (c == '\r' && i < end && text.charAt(i) == '\n') {
          span.append('\n');
          i++;
        }
        int content = contentStart.applyAsInt(i);
        if (content < i || content > end || !isPrefix(text, i, content)) {
          return null;
        }
        if (lines == prefixes.length) {
          prefixes = Arrays.copyOf(prefixes, lines * 2);
        }
        prefixes[lines++] = content - i;
        span.append(text, i, content);
        i = content;
        continue;
      }
      int next = decodeOne(text, i, end, span);
      if (next < 0) {
        return null; // never written so: not ours
      }
      i = next;
    }
    String source = span.toString();
    if (!isCodeSpan(source)) {
      return null;
    }
    StringBuilder again = new StringBuilder(end + END.length() - start);
    write(source, Arrays.copyOf(prefixes, lines), again);
    return text.startsWith(again.toString(), start) ? new Read(source, end + END.length()) : null;
  }

  /** Whether {@code text[from, to)} is made of container marks and indentation only. */
  private static boolean isPrefix(String text, int from, int to) {
    for (int i = from; i < to; i++) {
      char c = text.charAt(i);
      if (c != ' ' && c != '\t' && c != '>') {
        return false;
      }
    }
    return true;
  }

  /** Where the encoded text from {@code from} ends; in a comment, line breaks and marks too. */
  private static int encodedEnd(String text, int from, boolean comment) {
    int i = from;
    while (i < text.length()) {
      char c = text.charAt(i);
      if (c < 128 && c != ' ' && c != '&' && c != '#' && c != ';' && !Character.isLetterOrDigit(c)
          && !(comment && (c == '\t' || c == '\n' || c == '\r' || c == '>'))) {
        break;
      }
      i++;
    }
    return i;
  }

  /**
   * The code CommonMark shows for a span's source: each line ending, with the container marks
   * ({@code prefixes}, as in {@link #write}) and the indentation of the line that follows (which
   * a paragraph drops), becomes a space, then one space is removed from each end when both ends
   * have one and the code is not all spaces.
   */
  static String shown(String span, int[] prefixes) {
    int ticks = 0;
    while (span.charAt(ticks) == '`') {
      ticks++;
    }
    int end = span.length() - ticks;
    StringBuilder code = new StringBuilder(end - ticks);
    int line = 0;
    for (int i = ticks; i < end; i++) {
      char c = span.charAt(i);
      if (c == '\r' || c == '\n') {
        if (c == '\r' && i + 1 < end && span.charAt(i + 1) == '\n') {
          i++;
        }
        i += line < prefixes.length ? prefixes[line] : 0;
        line++;
        while (i + 1 < end && (span.charAt(i + 1) == ' ' || span.charAt(i + 1) == '\t')) {
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

  /** As {@link #encode}, but for a comment's text, where tabs are kept as they are too. */
  private static void encodeInComment(char c, StringBuilder out) {
    if (c >= 128 || c == ' ' || c == '\t' || Character.isLetterOrDigit(c)) {
      out.append(c);
    } else {
      out.append("&#").append((int) c).append(';');
    }
  }

  /**
   * Decodes the one character at {@code text[i]} (a reference, or a character the encoding keeps)
   * into {@code out}; where the next one starts, or -1 when it is not such text.
   */
  private static int decodeOne(String text, int i, int to, StringBuilder out) {
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
        return -1;
      }
      out.append((char) code);
      return semi + 1;
    }
    if (c < 128 && c != ' ' && c != '\t' && !Character.isLetterOrDigit(c)) {
      return -1;
    }
    out.append(c);
    return i + 1;
  }
}
