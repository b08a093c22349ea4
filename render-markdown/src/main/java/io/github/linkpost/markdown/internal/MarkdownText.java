package io.github.linkpost.markdown.internal;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;

/**
 * Escaping for the text the renderer writes into a Jekyll post body, so that kramdown (Jekyll's
 * Markdown) and CommonMark read back what went in.
 *
 * <p>Plain text (link texts) is escaped with backslashes and, where kramdown and CommonMark
 * share no backslash escape, numeric character references. Markdown source (remarks, excerpt
 * paragraphs) is kept as typed but for the few constructs that only kramdown knows (a {@code |}
 * that would make a table row, in a code span too, a line-initial {@code :} or <code>{:</code>,
 * {@code $$}). Liquid ({@code {{}, {@code {%}) is neutralised last, over the whole generated
 * text. Each escape has an inverse here, used by the reader.
 */
public final class MarkdownText {
  private static final String LIQUID_OUTPUT = "{{ \"{{\" }}";
  private static final String LIQUID_TAG = "{{ \"{%\" }}";
  /** A {@code ^} as a character reference, which both parsers show as {@code ^}. */
  private static final String CARET = "&#94;";

  private MarkdownText() {}

  /** Plain text inside a link's brackets: shows exactly the same text in kramdown and CommonMark. */
  public static String plain(String text) {
    StringBuilder out = new StringBuilder(text.length() + 8);
    int n = text.length();
    for (int i = 0; i < n; i++) {
      char c = text.charAt(i);
      char prev = i > 0 ? text.charAt(i - 1) : ' ';
      char next = i + 1 < n ? text.charAt(i + 1) : ' ';
      switch (c) {
        case '\\', '`', '*', '[', ']', '<', '|' -> out.append('\\').append(c);
        case '_' -> {
          // Inside a word an underscore is literal in both; at a word's edge it may emphasise.
          if (Character.isLetterOrDigit(prev) && Character.isLetterOrDigit(next)) {
            out.append(c);
          } else {
            out.append("\\_");
          }
        }
        case '&' -> out.append(isEntityAt(text, i) ? "&amp;" : "&");
        case '$' -> out.append(prev == '$' || next == '$' ? "\\$" : "$");
        case '~' -> out.append(prev == '~' || next == '~' ? "&#126;" : "~");
        case '{' -> out.append(next == ':' ? "\\{" : "{");
        case '^' -> out.append(i == 0 ? "&#94;" : "^");
        default -> out.append(c);
      }
    }
    return out.toString();
  }

  /** A link destination: the URL as it is, but for parentheses that do not pair up. */
  public static String url(URI url) {
    String text = url.toString();
    if (text.indexOf('(') < 0 && text.indexOf(')') < 0) {
      return text;
    }
    // Both parsers accept balanced parentheses; an unbalanced one is percent-encoded.
    boolean[] encode = new boolean[text.length()];
    int[] open = new int[text.length()];
    int depth = 0;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '(') {
        open[depth++] = i;
        encode[i] = true;
      } else if (c == ')') {
        if (depth > 0) {
          encode[open[--depth]] = false;
        } else {
          encode[i] = true;
        }
      }
    }
    StringBuilder out = new StringBuilder(text.length() + 8);
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (encode[i]) {
        out.append(c == '(' ? "%28" : "%29");
      } else {
        out.append(c);
      }
    }
    return out.toString();
  }

  /**
   * Markdown source, made to mean in kramdown what it means in CommonMark: a {@code |} outside
   * code spans is escaped (kramdown would start a table), a code span holding one is written as
   * HTML ({@link PipedCode}), and a line-initial {@code :} (a definition), <code>{:</code> (an
   * attribute list) and {@code $$} (maths) are escaped. A line of a lone {@code ^}, which
   * kramdown takes for the end of a block and drops, is written {@code &#94;} (kramdown has no
   * backslash escape for it). No {@code |} is left that kramdown could read as a cell separator.
   */
  public static String markdown(String source) {
    BacktickRuns backticks = new BacktickRuns(source);
    StringBuilder out = new StringBuilder(source.length() + 8);
    int n = source.length();
    boolean lineStart = true;
    int indent = 0;
    int i = 0;
    while (i < n) {
      char c = source.charAt(i);
      if (c == '`') {
        int end = backticks.codeSpanEnd(i);
        String span = source.substring(i, end);
        if (PipedCode.needed(span)) { // an unclosed run is backticks alone, never a |
          PipedCode.write(span, out);
        } else {
          out.append(span);
        }
        i = end;
        lineStart = false;
        continue;
      }
      if (c == '\\' && i + 1 < n) {
        char next = source.charAt(i + 1);
        out.append(c).append(next);
        i += 2;
        lineStart = next == '\n' || next == '\r'; // a backslash ending a line
        indent = 0;
        continue;
      }
      if (lineStart && (c == ' ' || c == '\t')) {
        out.append(c);
        indent += c == ' ' ? 1 : 4;
        i++;
        continue;
      }
      if (lineStart && c == '^' && indent < 4 && blankToLineEnd(source, i + 1)) {
        out.append(CARET);
      } else if (lineStart && c == ':' ) {
        out.append("\\:");
      } else if (lineStart && c == '{' && i + 1 < n && source.charAt(i + 1) == ':') {
        out.append("\\{");
      } else if (c == '|') {
        out.append("\\|");
      } else if (c == '$' && i + 1 < n && source.charAt(i + 1) == '$') {
        out.append("\\$\\$");
        i += 2;
        lineStart = false;
        continue;
      } else {
        out.append(c);
      }
      lineStart = c == '\n' || c == '\r';
      indent = 0;
      i++;
    }
    return out.toString();
  }

  /**
   * The inverse of {@link #markdown(String)}. A line of a lone {@code &#94;} typed as such reads
   * back as {@code ^}, which means the same.
   */
  public static String unmarkdown(String escaped) {
    BacktickRuns backticks = new BacktickRuns(escaped);
    StringBuilder out = new StringBuilder(escaped.length());
    int n = escaped.length();
    boolean lineStart = true;
    int indent = 0;
    int i = 0;
    while (i < n) {
      char c = escaped.charAt(i);
      if (c == '`') {
        int end = backticks.codeSpanEnd(i);
        out.append(escaped, i, end);
        i = end;
        lineStart = false;
        continue;
      }
      PipedCode.Read piped = c == '<' ? PipedCode.read(escaped, i) : null;
      if (piped != null) {
        out.append(piped.source());
        i = piped.end();
        lineStart = false;
        continue;
      }
      if (lineStart && (c == ' ' || c == '\t')) {
        out.append(c);
        indent += c == ' ' ? 1 : 4;
        i++;
        continue;
      }
      if (lineStart && c == '&' && indent < 4 && escaped.startsWith(CARET, i)
          && blankToLineEnd(escaped, i + CARET.length())) {
        out.append('^');
        i += CARET.length();
        lineStart = false;
        continue;
      }
      if (c == '\\' && i + 1 < n) {
        char next = escaped.charAt(i + 1);
        if (next == '|' || (lineStart && (next == ':' || next == '{'))) {
          out.append(next);
        } else if (next == '$' && escaped.startsWith("\\$\\$", i)) {
          out.append("$$");
          i += 4;
          lineStart = false;
          continue;
        } else {
          out.append(c).append(next);
        }
        i += 2;
        lineStart = next == '\n' || next == '\r';
        indent = 0;
        continue;
      }
      out.append(c);
      lineStart = c == '\n' || c == '\r';
      indent = 0;
      i++;
    }
    return out.toString();
  }

  /** Whether only spaces and tabs stand from {@code from} to the end of the line. */
  private static boolean blankToLineEnd(String text, int from) {
    int end = lineEnd(text, from);
    for (int i = from; i < end; i++) {
      if (text.charAt(i) != ' ' && text.charAt(i) != '\t') {
        return false;
      }
    }
    return true;
  }

  /** Makes every <code>{{</code> and <code>{%</code> print literally instead of running as Liquid. */
  public static String liquid(String text) {
    int first = firstLiquid(text, 0);
    if (first < 0) {
      return text;
    }
    StringBuilder out = new StringBuilder(text.length() + 32).append(text, 0, first);
    int i = first;
    while (i < text.length()) {
      char c = text.charAt(i);
      if (c == '{' && i + 1 < text.length()) {
        char next = text.charAt(i + 1);
        if (next == '{') {
          out.append(LIQUID_OUTPUT);
          i += 2;
          continue;
        }
        if (next == '%') {
          out.append(LIQUID_TAG);
          i += 2;
          continue;
        }
      }
      out.append(c);
      i++;
    }
    return out.toString();
  }

  /** The inverse of {@link #liquid(String)}. */
  public static String unliquid(String text) {
    if (text.indexOf("{{ \"{") < 0) {
      return text;
    }
    StringBuilder out = new StringBuilder(text.length());
    int i = 0;
    while (i < text.length()) {
      if (text.startsWith(LIQUID_OUTPUT, i)) {
        out.append("{{");
        i += LIQUID_OUTPUT.length();
      } else if (text.startsWith(LIQUID_TAG, i)) {
        out.append("{%");
        i += LIQUID_TAG.length();
      } else {
        out.append(text.charAt(i));
        i++;
      }
    }
    return out.toString();
  }

  /**
   * The text's lines, split at LF, CR LF and a lone CR, without the line breaks; a text ending
   * with a line break ends with an empty line.
   */
  public static List<String> lines(String text) {
    List<String> lines = new ArrayList<>();
    int start = 0;
    while (true) {
      int end = lineEnd(text, start);
      lines.add(text.substring(start, end));
      if (end == text.length()) {
        return lines;
      }
      start = text.startsWith("\r\n", end) ? end + 2 : end + 1;
    }
  }

  /** Where the line holding {@code from} ends: the index of its LF or CR, or the text's end. */
  public static int lineEnd(String text, int from) {
    // The JDK's searches, not a loop over the characters: they are compiled from the start of a
    // run, and much faster than a loop of ours until it is. A CR is looked for within the line
    // only, so that finding every line of a text stays linear.
    if (from >= text.length()) {
      return text.length();
    }
    int lf = text.indexOf('\n', from);
    int end = lf < 0 ? text.length() : lf;
    int cr = text.substring(from, end).indexOf('\r');
    return cr < 0 ? end : from + cr;
  }

  /**
   * Whether the text holds Liquid of its own: a <code>{{</code> or <code>{%</code> that is not
   * part of what {@link #liquid(String)} writes. Jekyll would run it, so its meaning is not the
   * text's.
   */
  public static boolean hasRawLiquid(String text) {
    int i = firstLiquid(text, 0);
    while (i >= 0) {
      if (text.startsWith(LIQUID_OUTPUT, i)) {
        i = firstLiquid(text, i + LIQUID_OUTPUT.length());
      } else if (text.startsWith(LIQUID_TAG, i)) {
        i = firstLiquid(text, i + LIQUID_TAG.length());
      } else {
        return true;
      }
    }
    return false;
  }

  private static int firstLiquid(String text, int from) {
    for (int i = text.indexOf('{', from); i >= 0 && i + 1 < text.length();
        i = text.indexOf('{', i + 1)) {
      char next = text.charAt(i + 1);
      if (next == '{' || next == '%') {
        return i;
      }
    }
    return -1;
  }

  private static boolean isEntityAt(String s, int amp) {
    int i = amp + 1;
    int n = s.length();
    if (i < n && s.charAt(i) == '#') {
      i++;
      boolean hex = i < n && (s.charAt(i) == 'x' || s.charAt(i) == 'X');
      if (hex) {
        i++;
      }
      int digits = 0;
      while (i < n && (hex ? Character.digit(s.charAt(i), 16) >= 0 : isAsciiDigit(s.charAt(i)))) {
        i++;
        digits++;
      }
      return digits > 0 && i < n && s.charAt(i) == ';';
    }
    int letters = 0;
    while (i < n && (isAsciiLetter(s.charAt(i)) || (letters > 0 && isAsciiDigit(s.charAt(i))))) {
      i++;
      letters++;
    }
    return letters > 0 && i < n && s.charAt(i) == ';';
  }

  private static boolean isAsciiLetter(char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
  }

  private static boolean isAsciiDigit(char c) {
    return c >= '0' && c <= '9';
  }
}
