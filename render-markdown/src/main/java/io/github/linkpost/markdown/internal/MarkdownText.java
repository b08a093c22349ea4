package io.github.linkpost.markdown.internal;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.function.IntUnaryOperator;

/**
 * Escaping for the text the renderer writes into a Jekyll post body, so that kramdown (Jekyll's
 * Markdown) and CommonMark read back what went in.
 *
 * <p>Plain text (link texts) is escaped with backslashes and, where kramdown and CommonMark
 * share no backslash escape, numeric character references. Markdown source (remarks, excerpt
 * paragraphs) is kept as typed but for the few constructs that only kramdown knows (a {@code |}
 * that would make a table row, in a code span too, a line-initial {@code :} or <code>{:</code>,
 * {@code $$}, signs in a link's URL and title, {@link LinkTail}); excerpt paragraphs block by
 * block ({@link QuotedBlocks}). Liquid ({@code {{}, {@code {%}) is neutralised last, over the
 * whole generated text. Each escape has an inverse here, used by the reader.
 */
public final class MarkdownText {
  private static final String LIQUID_OUTPUT = "{{ \"{{\" }}";
  private static final String LIQUID_TAG = "{{ \"{%\" }}";
  /** A {@code ^} as a character reference, which both parsers show as {@code ^}. */
  private static final String CARET = "&#94;";
  /** In raw HTML: a line-initial {@code :}, <code>{:</code>, a {@code |} and {@code $$}. */
  private static final String COLON = "&#58;";
  private static final String BRACE = "&#123;";
  static final String PIPE = "&#124;";
  static final String DOLLARS = "&#36;&#36;";

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

  /**
   * A style's label as written: plain text shown as typed, escaped as {@link #plain(String)}
   * escapes but for a {@code <} that cannot open a tag or an autolink (so {@code <--} stays as
   * it is); at the start of a line (or of a list item's or a quote's content), a sign that would
   * start a block there ({@code #}, {@code >}, {@code -}, {@code +}, {@code =}, a number's
   * {@code .} or {@code )}) is escaped too. The reader looks for labels spelled this way.
   */
  public static String label(String text, boolean lineStart) {
    StringBuilder out = new StringBuilder(text.length() + 8);
    String plain = plain(text);
    for (int i = 0; i < plain.length(); i++) {
      char c = plain.charAt(i);
      if (c == '\\' && i + 1 < plain.length() && plain.charAt(i + 1) == '<'
          && !opensTag(plain, i + 2)) {
        continue; // a < that opens nothing needs no backslash
      }
      out.append(c);
    }
    if (lineStart && out.length() > 0) {
      char first = out.charAt(0);
      if ("#>-+=".indexOf(first) >= 0) {
        out.insert(0, '\\');
      } else if (isAsciiDigit(first)) {
        int i = 0;
        while (i < out.length() && isAsciiDigit(out.charAt(i))) {
          i++;
        }
        if (i < out.length() && (out.charAt(i) == '.' || out.charAt(i) == ')')) {
          out.insert(i, '\\');
        }
      }
    }
    return out.toString();
  }

  /**
   * Plain text of any number of lines as Markdown for one paragraph that kramdown and CommonMark
   * both show as exactly these characters: each line is escaped as {@link #plain(String)} escapes
   * a link text, and what kramdown would make typographic ({@code '}, {@code "}, {@code --},
   * {@code ...}, {@code >>}) is backslash-escaped too, and a backslash ending a line (which
   * kramdown would read as a line break) is written {@code &#92;}. Lines lose the white space around them and
   * blank lines are left out (they would end the paragraph); lines are joined by line feeds.
   */
  public static String literal(String text) {
    StringBuilder out = new StringBuilder(text.length() + 16);
    int start = 0;
    while (start <= text.length()) {
      int end = lineEnd(text, start);
      String line = text.substring(start, end).strip();
      if (!line.isEmpty()) {
        if (out.length() > 0) {
          out.append('\n');
        }
        untypographic(plain(line), out);
        if (out.length() >= 2 && out.charAt(out.length() - 1) == '\\'
            && out.charAt(out.length() - 2) == '\\') {
          // kramdown reads two backslashes ending a line as a line break; a reference is a
          // backslash in both.
          out.setLength(out.length() - 2);
          out.append("&#92;");
        }
      }
      if (end == text.length()) {
        break;
      }
      start = text.startsWith("\r\n", end) ? end + 2 : end + 1;
    }
    return out.toString();
  }

  /** Whether what follows a {@code <} could make it a tag, a comment or an autolink. */
  private static boolean opensTag(String text, int at) {
    if (at >= text.length()) {
      return false;
    }
    char c = text.charAt(at);
    return isAsciiLetter(c) || c == '/' || c == '!' || c == '?';
  }

  /** Escapes what kramdown would turn into curly quotes, dashes, an ellipsis or guillemets. */
  private static void untypographic(String escaped, StringBuilder out) {
    int n = escaped.length();
    for (int i = 0; i < n; i++) {
      char c = escaped.charAt(i);
      char prev = i > 0 ? escaped.charAt(i - 1) : ' ';
      char next = i + 1 < n ? escaped.charAt(i + 1) : ' ';
      boolean escape = switch (c) {
        case '\'', '"' -> true;
        case '-' -> prev == '-' || next == '-';
        case '>' -> prev == '>' || next == '>';
        case '.' -> run(escaped, i, '.') >= 3;
        default -> false;
      };
      if (escape) {
        out.append('\\');
      }
      out.append(c);
    }
  }

  /** The length of the run of {@code c} that the character at {@code i} stands in. */
  private static int run(String text, int i, char c) {
    int from = i;
    while (from > 0 && text.charAt(from - 1) == c) {
      from--;
    }
    int to = i + 1;
    while (to < text.length() && text.charAt(to) == c) {
      to++;
    }
    return to - from;
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
   * backslash escape for it); in a link's URL and title, a {@code |} and {@code $$} are written
   * as character references ({@link LinkTail}). No {@code |} is left that kramdown could read as
   * a cell separator. The source is read as one paragraph (remarks, whose lines the post
   * indents).
   */
  public static String markdown(String source) {
    return escape(source, List.of(new QuotedBlocks.Region(0, source.length(), QuotedBlocks.Kind.TEXT)));
  }

  /**
   * An excerpt paragraph, escaped as {@link #markdown(String)} does but block by block, as
   * CommonMark reads the paragraph in a post (each line after a {@code >}): code spans never
   * pair across blocks; a code block that kramdown reads as code too is kept as typed; in an
   * HTML block the signs are written as character references where HTML reads them
   * ({@link HtmlText}), which HTML shows as the signs.
   */
  public static String quoted(String paragraph) {
    if (paragraph.indexOf('|') < 0 && paragraph.indexOf('$') < 0 && paragraph.indexOf(':') < 0
        && paragraph.indexOf('{') < 0 && paragraph.indexOf('^') < 0) {
      return paragraph; // nothing kramdown reads otherwise
    }
    return escape(paragraph, QuotedBlocks.of(paragraph));
  }

  /** The inverse of {@link #quoted(String)}. */
  public static String unquoted(String escaped) {
    if (escaped.indexOf('\\') < 0 && escaped.indexOf("&#") < 0 && escaped.indexOf("<code>") < 0) {
      return escaped;
    }
    return unescape(escaped, QuotedBlocks.of(escaped));
  }

  /** Where a line starts and how far it is indented, carried from one region to the next. */
  private static final class LineState {
    boolean lineStart = true;
    int indent;

    /** After a character that is not white space at a line's start. */
    void after(char c) {
      lineStart = c == '\n' || c == '\r';
      indent = 0;
    }

    /** Consumes white space at a line's start; true when {@code c} was such. */
    boolean indentation(char c, StringBuilder out) {
      if (lineStart && (c == ' ' || c == '\t')) {
        out.append(c);
        indent += c == ' ' ? 1 : 4;
        return true;
      }
      return false;
    }
  }

  private static String escape(String source, List<QuotedBlocks.Region> regions) {
    return byRegion(source, regions, true);
  }

  /** Inline Markdown; with {@code spans} false, backticks are kept as they are (code blocks). */
  private static void escapeText(String source, QuotedBlocks.Region region, boolean spans,
      LineState line, StringBuilder out) {
    int from = region.start();
    int to = region.end();
    BacktickRuns backticks = null;
    // Where the current line's content starts in the output (-1: inside a code span), and where
    // the next line's starts in the source.
    int contentOut = out.length();
    int nextContent = -1;
    int[] looked = new int[1];
    int i = from;
    while (i < to) {
      if (i == nextContent) {
        contentOut = out.length();
      }
      char c = source.charAt(i);
      if (c == '`' && spans) {
        if (backticks == null) {
          backticks = new BacktickRuns(source.substring(from, to));
        }
        int end = backticks.codeSpanEnd(i - from) + from;
        String span = source.substring(i, end);
        // An unclosed run is backticks alone, never a |.
        if (PipedCode.needed(span) || closesAtContentStart(source, i, end, region)) {
          if (contentOut >= 0) {
            guardFence(out, contentOut);
            contentOut = -1; // decided for this line by its first such span
          }
          PipedCode.write(span, prefixes(source, i, end, region), out);
        } else {
          out.append(span);
        }
        if (hasLineBreak(source, i, end)) {
          contentOut = -1;
          nextContent = -1;
        }
        i = end;
        line.after('`');
        continue;
      }
      if (c == '\\' && i + 1 < to) {
        char next = source.charAt(i + 1);
        out.append(c).append(next);
        i += 2;
        line.after(next); // a backslash ending a line
        if (next == '\n' || next == '\r') {
          contentOut = -1;
          nextContent = region.contentStart(lineStartAfter(source, i - 1));
        }
        continue;
      }
      int tail = c == ']' && spans ? LinkTail.at(source, i, to, looked, true, out) : -1;
      if (tail >= 0) {
        i = tail;
        line.after(')');
        continue;
      }
      if (line.indentation(c, out)) {
        i++;
        continue;
      }
      if (line.lineStart && c == '^' && line.indent < 4 && blankToLineEnd(source, i + 1)) {
        out.append(CARET);
      } else if (line.lineStart && c == ':' && definitionAt(source, i, to)) {
        out.append("\\:");
      } else if (line.lineStart && c == '{' && i + 1 < to && source.charAt(i + 1) == ':') {
        out.append("\\{");
      } else if (c == '|') {
        out.append("\\|");
      } else if (c == '$' && i + 1 < to && source.charAt(i + 1) == '$') {
        out.append("\\$\\$");
        i += 2;
        line.after('$');
        continue;
      } else {
        out.append(c);
        if (c == '\n' || c == '\r') {
          contentOut = -1;
          nextContent = region.contentStart(lineStartAfter(source, i));
        }
      }
      line.after(c);
      i++;
    }
  }

  /**
   * Whether the code span {@code source[from, to)} goes over lines and closes with three or more
   * backticks at the start of a line's content. Written as HTML, it keeps that line from opening
   * a fenced code block once the line's later code spans are written as HTML too.
   */
  private static boolean closesAtContentStart(String source, int from, int to,
      QuotedBlocks.Region region) {
    int ticks = 0;
    while (from + ticks < to && source.charAt(from + ticks) == '`') {
      ticks++;
    }
    if (ticks < 3 || to - from <= 2 * ticks) {
      return false;
    }
    int closing = to - ticks;
    int lineStart = closing;
    while (lineStart > from && source.charAt(lineStart - 1) != '\n'
        && source.charAt(lineStart - 1) != '\r') {
      lineStart--;
    }
    if (lineStart == from) {
      return false; // on one line
    }
    int i = region.contentStart(lineStart);
    while (i < closing && (source.charAt(i) == ' ' || source.charAt(i) == '\t')) {
      i++;
    }
    return i == closing;
  }

  /** Where the line after the line break at {@code i} starts. */
  private static int lineStartAfter(String text, int i) {
    return text.charAt(i) == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n' ? i + 2 : i + 1;
  }

  private static boolean hasLineBreak(String text, int from, int to) {
    for (int i = from; i < to; i++) {
      if (text.charAt(i) == '\n' || text.charAt(i) == '\r') {
        return true;
      }
    }
    return false;
  }

  /** For each line of {@code source[from, to)} after the first, how many characters are not content. */
  private static int[] prefixes(String source, int from, int to, QuotedBlocks.Region region) {
    int count = 0;
    for (int i = from; i < to; i++) {
      char c = source.charAt(i);
      if (c == '\n' || (c == '\r' && (i + 1 >= to || source.charAt(i + 1) != '\n'))) {
        count++;
      }
    }
    int[] prefixes = new int[count];
    int k = 0;
    for (int i = from; i < to && k < count; i++) {
      char c = source.charAt(i);
      if (c == '\n' || (c == '\r' && (i + 1 >= to || source.charAt(i + 1) != '\n'))) {
        int start = i + 1;
        prefixes[k++] = Math.max(0, Math.min(region.contentStart(start), to) - start);
      }
    }
    return prefixes;
  }

  /**
   * Before a code span written as HTML: when the line's content so far is a run of three or
   * more backticks and nothing else but text without a backtick, taking the span's backticks
   * away would make the line open a fenced code block; the run's backticks are escaped.
   */
  private static void guardFence(StringBuilder out, int contentOut) {
    int i = contentOut;
    while (i < out.length() && (out.charAt(i) == ' ' || out.charAt(i) == '\t')) {
      i++;
    }
    int run = i;
    while (run < out.length() && out.charAt(run) == '`') {
      run++;
    }
    if (run - i < 3) {
      return;
    }
    for (int k = run; k < out.length(); k++) {
      if (out.charAt(k) == '`') {
        return;
      }
    }
    StringBuilder escaped = new StringBuilder(2 * (run - i));
    for (int k = i; k < run; k++) {
      escaped.append("\\`");
    }
    out.replace(i, run, escaped.toString());
  }

  /**
   * Raw HTML: the signs {@link #escapeText} escapes, as character references where HTML reads
   * them ({@link HtmlText}); elsewhere (a tag's name, a comment, a script) as typed.
   */
  private static void escapeHtml(String source, int from, int to, HtmlText html, LineState line,
      StringBuilder out) {
    boolean[] referenced = html.referenced(source, from, to);
    for (int i = from; i < to; i++) {
      char c = source.charAt(i);
      if (line.indentation(c, out)) {
        continue;
      }
      boolean read = referenced[i - from];
      if (read && line.lineStart && c == '^' && line.indent < 4 && blankToLineEnd(source, i + 1)) {
        out.append(CARET);
      } else if (read && line.lineStart && c == ':' && definitionAt(source, i, to)) {
        out.append(COLON);
      } else if (read && line.lineStart && c == '{' && i + 1 < to && source.charAt(i + 1) == ':') {
        out.append(BRACE);
      } else if (read && c == '|') {
        out.append(PIPE);
      } else if (read && c == '$' && i + 1 < to && source.charAt(i + 1) == '$'
          && referenced[i + 1 - from]) {
        out.append(DOLLARS);
        i++;
      } else {
        out.append(c);
      }
      line.after(c);
    }
  }

  /**
   * The inverse of {@link #markdown(String)}. A line of a lone {@code &#94;} typed as such reads
   * back as {@code ^}, which means the same.
   */
  public static String unmarkdown(String escaped) {
    return unescape(escaped, List.of(new QuotedBlocks.Region(0, escaped.length(), QuotedBlocks.Kind.TEXT)));
  }

  private static String unescape(String escaped, List<QuotedBlocks.Region> regions) {
    return byRegion(escaped, regions, false);
  }

  /** Escapes ({@code writing}) or unescapes the text, each region in the way of its kind. */
  private static String byRegion(String text, List<QuotedBlocks.Region> regions, boolean writing) {
    StringBuilder out = new StringBuilder(text.length() + 8);
    LineState line = new LineState();
    HtmlText html = new HtmlText();
    for (QuotedBlocks.Region region : regions) {
      switch (region.kind()) {
        case TEXT, CODE_TEXT -> {
          boolean spans = region.kind() == QuotedBlocks.Kind.TEXT;
          if (writing) {
            escapeText(text, region, spans, line, out);
          } else {
            unescapeText(text, region, spans, line, out);
          }
        }
        case HTML -> {
          if (writing) {
            escapeHtml(text, region.start(), region.end(), html, line, out);
          } else {
            unescapeHtml(text, region.start(), region.end(), html, line, out);
          }
        }
        case CODE -> {
          if (region.end() > region.start()) {
            out.append(text, region.start(), region.end());
            line.after(text.charAt(region.end() - 1));
          }
        }
      }
    }
    return out.toString();
  }

  private static void unescapeText(String escaped, QuotedBlocks.Region region, boolean spans,
      LineState line, StringBuilder out) {
    int from = region.start();
    int to = region.end();
    BacktickRuns backticks = null;
    IntUnaryOperator contentStart = region::contentStart;
    int nextContent = from;
    int[] looked = new int[1];
    int i = from;
    while (i < to) {
      char c = escaped.charAt(i);
      if (i == nextContent && spans) {
        int guarded = guardedFence(escaped, i, to, contentStart);
        if (guarded > i) {
          // Written by guardFence: the run's backticks, escaped, after the indentation.
          for (int k = i; k < guarded; k++) {
            char g = escaped.charAt(k);
            if (g != '\\') {
              out.append(g);
            }
          }
          i = guarded;
          line.after('`');
          continue;
        }
      }
      if (c == '`' && spans) {
        if (backticks == null) {
          backticks = new BacktickRuns(escaped.substring(from, to));
        }
        int end = backticks.codeSpanEnd(i - from) + from;
        out.append(escaped, i, end);
        if (hasLineBreak(escaped, i, end)) {
          nextContent = -1;
        }
        i = end;
        line.after('`');
        continue;
      }
      PipedCode.Read piped = c == '<' && spans ? PipedCode.read(escaped, i, contentStart) : null;
      if (piped != null && piped.end() <= to) {
        out.append(piped.source());
        if (hasLineBreak(escaped, i, piped.end())) {
          nextContent = -1;
        }
        i = piped.end();
        line.after('`');
        continue;
      }
      int tail = c == ']' && spans ? LinkTail.at(escaped, i, to, looked, false, out) : -1;
      if (tail >= 0) {
        i = tail;
        line.after(')');
        continue;
      }
      if (line.indentation(c, out)) {
        i++;
        continue;
      }
      if (line.lineStart && c == '&' && line.indent < 4 && escaped.startsWith(CARET, i)
          && blankToLineEnd(escaped, i + CARET.length())) {
        out.append('^');
        i += CARET.length();
        line.after('^');
        continue;
      }
      if (c == '\\' && i + 1 < to) {
        char next = escaped.charAt(i + 1);
        if (next == '|' || (line.lineStart && (next == ':' || next == '{'))) {
          out.append(next);
        } else if (next == '$' && escaped.startsWith("\\$\\$", i) && i + 4 <= to) {
          out.append("$$");
          i += 4;
          line.after('$');
          continue;
        } else {
          out.append(c).append(next);
          if (next == '\n' || next == '\r') {
            nextContent = region.contentStart(lineStartAfter(escaped, i + 1));
          }
        }
        i += 2;
        line.after(next);
        continue;
      }
      out.append(c);
      if (c == '\n' || c == '\r') {
        nextContent = region.contentStart(lineStartAfter(escaped, i));
      }
      line.after(c);
      i++;
    }
  }

  /**
   * Where what {@link #guardFence} wrote at a line's content start {@code at} ends (its
   * indentation, then three or more escaped backticks, then text without a backtick up to a code
   * span written as HTML); {@code at} when it is not there.
   */
  private static int guardedFence(String escaped, int at, int to, IntUnaryOperator contentStart) {
    int i = at;
    while (i < to && (escaped.charAt(i) == ' ' || escaped.charAt(i) == '\t')) {
      i++;
    }
    int run = i;
    while (run + 1 < to && escaped.charAt(run) == '\\' && escaped.charAt(run + 1) == '`') {
      run += 2;
    }
    if (run - i < 6) {
      return at;
    }
    int lineEnd = Math.min(lineEnd(escaped, run), to);
    for (int k = run; k < lineEnd; k++) {
      char c = escaped.charAt(k);
      if (c == '`') {
        return at;
      }
      if (c == '<' && PipedCode.read(escaped, k, contentStart) != null) {
        return run;
      }
    }
    return at;
  }

  private static void unescapeHtml(String escaped, int from, int to, HtmlText html, LineState line,
      StringBuilder out) {
    boolean[] referenced = html.referenced(escaped, from, to);
    int i = from;
    while (i < to) {
      char c = escaped.charAt(i);
      if (line.indentation(c, out)) {
        i++;
        continue;
      }
      String reference = null;
      String signs = null;
      if (c == '&' && referenced[i - from]) {
        if (line.lineStart && line.indent < 4 && escaped.startsWith(CARET, i)
            && blankToLineEnd(escaped, i + CARET.length())) {
          reference = CARET;
          signs = "^";
        } else if (line.lineStart && escaped.startsWith(COLON, i)) {
          reference = COLON;
          signs = ":";
        } else if (line.lineStart && escaped.startsWith(BRACE + ":", i)) {
          reference = BRACE;
          signs = "{";
        } else if (escaped.startsWith(PIPE, i)) {
          reference = PIPE;
          signs = "|";
        } else if (escaped.startsWith(DOLLARS, i)) {
          reference = DOLLARS;
          signs = "$$";
        }
      }
      if (reference != null && i + reference.length() <= to) {
        out.append(signs);
        i += reference.length();
        line.after(signs.charAt(0));
        continue;
      }
      out.append(c);
      line.after(c);
      i++;
    }
  }

  /**
   * Whether the line-initial {@code :} at {@code i} would start a definition in kramdown: it is
   * followed by a space, a tab or a {@code |}.
   */
  private static boolean definitionAt(String text, int i, int to) {
    if (i + 1 >= to) {
      return false;
    }
    char next = text.charAt(i + 1);
    return next == ' ' || next == '\t' || next == '|';
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

  /**
   * Whether {@code html} is exactly a code span as {@link PipedCode} writes it
   * ({@code <code>...</code><!--...-->}, its later lines starting with indentation and {@code >}
   * marks or nothing).
   */
  public static boolean isPipedCode(String html) {
    PipedCode.Read read = PipedCode.read(html, 0, i -> afterMarks(html, i));
    return read != null && read.end() == html.length();
  }

  /** Where a line's content starts after its indentation and {@code >} marks. */
  private static int afterMarks(String text, int lineStart) {
    int i = lineStart;
    while (i < text.length() && (text.charAt(i) == ' ' || text.charAt(i) == '\t'
        || text.charAt(i) == '>')) {
      i++;
    }
    return i;
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
