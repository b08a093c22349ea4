package io.github.linkpost.kramdown.internal;

import java.util.ArrayList;
import java.util.List;

/**
 * One span-level construct. Span parsing jumps to the next place where any construct of the
 * current set may start (kramdown's union of start patterns), then tries the constructs in
 * order; the first whose start matches reads it, and where none does the character is text.
 */
abstract class SpanParser {
  static final int EMPHASIS = 1;
  static final int CODESPAN = 1 << 1;
  static final int AUTOLINK = 1 << 2;
  static final int SPAN_HTML = 1 << 3;
  static final int FOOTNOTE_MARKER = 1 << 4;
  static final int LINK = 1 << 5;
  static final int SMART_QUOTES = 1 << 6;
  static final int INLINE_MATH = 1 << 7;
  static final int SPAN_EXTENSIONS = 1 << 8;
  static final int HTML_ENTITY = 1 << 9;
  static final int TYPOGRAPHIC = 1 << 10;
  static final int LINE_BREAK = 1 << 11;
  static final int ESCAPED = 1 << 12;
  static final int STRIKETHROUGH = 1 << 13;

  static final SpanParser[] CODESPAN_ONLY = {Codespans.INSTANCE};
  static final SpanParser[] CODESPAN_AND_HTML = {Codespans.INSTANCE, SpanHtml.INSTANCE};
  static final SpanParser[] HTML_ONLY = {SpanHtml.INSTANCE};

  /** This construct's bit in a set. */
  abstract int bit();

  /**
   * Whether the construct's start pattern matches at the current position; a check may leave
   * what it matched in the parser's match fields for {@link #parse}.
   */
  abstract boolean startsAt(Parser p, Scanner src);

  /** Reads the construct at the current position (consuming at least one character). */
  abstract void parse(Parser p);

  private static final SpanParser[][] LISTS = new SpanParser[4][];

  /** The span constructs, in the order they are tried. */
  static SpanParser[] list(Settings options) {
    int key = (options.hardWrap ? 1 : 0) + (options.gfmQuirkNoAutoTypographic ? 2 : 0);
    SpanParser[] cached = LISTS[key];
    if (cached == null) {
      cached = make(options);
      LISTS[key] = cached;
    }
    return cached;
  }

  private static SpanParser[] make(Settings options) {
    List<SpanParser> list = new ArrayList<>(List.of(
        Emphasis.INSTANCE, Codespans.INSTANCE, Autolinks.INSTANCE, SpanHtml.INSTANCE,
        FootnoteMarkers.INSTANCE, Links.INSTANCE, SmartQuotes.INSTANCE, InlineMath.INSTANCE,
        SpanExtensions.INSTANCE, HtmlEntities.INSTANCE, TypographicSymbols.INSTANCE,
        LineBreaks.INSTANCE, EscapedChars.INSTANCE, Strikethrough.INSTANCE));
    if (options.hardWrap) {
      list.remove(LineBreaks.INSTANCE);
    }
    if (options.gfmQuirkNoAutoTypographic) {
      list.remove(TypographicSymbols.INSTANCE);
    }
    return list.toArray(new SpanParser[0]);
  }

  static long mask(SpanParser[] parsers) {
    long m = 0;
    for (SpanParser sp : parsers) {
      m |= sp.bit();
    }
    return m;
  }

  private static boolean isQuote(int c) {
    return c == '"' || c == '\'';
  }

  private static boolean angles(String s, int i) {
    int c = Chars.at(s, i);
    return (c == '<' || c == '>') && Chars.at(s, i + 1) == c;
  }

  /** For each set of constructs, the ASCII characters at which one of them may start. */
  private static final java.util.concurrent.ConcurrentHashMap<Long, boolean[]> TABLES =
      new java.util.concurrent.ConcurrentHashMap<>();

  private static boolean[] table(long mask) {
    boolean[] t = TABLES.get(mask);
    if (t != null) {
      return t;
    }
    t = new boolean[128];
    String chars = "";
    if ((mask & EMPHASIS) != 0) {
      chars += "*_";
    }
    if ((mask & CODESPAN) != 0) {
      chars += "`";
    }
    if ((mask & (AUTOLINK | SPAN_HTML | TYPOGRAPHIC)) != 0) {
      chars += "<";
    }
    if ((mask & (FOOTNOTE_MARKER | LINK)) != 0) {
      chars += "[";
    }
    if ((mask & LINK) != 0) {
      chars += "!";
    }
    if ((mask & SMART_QUOTES) != 0) {
      chars += "\"'";
    }
    if ((mask & INLINE_MATH) != 0) {
      chars += "$";
    }
    if ((mask & SPAN_EXTENSIONS) != 0) {
      chars += "{";
    }
    if ((mask & HTML_ENTITY) != 0) {
      chars += "&";
    }
    if ((mask & TYPOGRAPHIC) != 0) {
      chars += "-.> \\";
    }
    if ((mask & (ESCAPED | LINE_BREAK)) != 0) {
      chars += "\\";
    }
    if ((mask & LINE_BREAK) != 0) {
      chars += " ";
    }
    if ((mask & STRIKETHROUGH) != 0) {
      chars += "~";
    }
    for (int i = 0; i < chars.length(); i++) {
      t[chars.charAt(i)] = true;
    }
    TABLES.putIfAbsent(mask, t);
    return t;
  }

  /**
   * The first index at or after {@code from} where a construct of the set (or the stop) may
   * start, or -1.
   */
  static int nextStart(String s, int from, int len, long mask, Parser.Stop stop) {
    boolean[] table = table(mask);
    boolean smart = (mask & SMART_QUOTES) != 0;
    String stops = stop == null ? "" : stop.firstChars();
    for (int i = from; i < len; i++) {
      char c = s.charAt(i);
      boolean special = c < 128 && table[c];
      boolean stopChar = !stops.isEmpty() && stops.indexOf(c) >= 0;
      if (!special && !stopChar) {
        continue;
      }
      if (smart && (c == '"' || c == '\'') && i > from && s.charAt(i - 1) != '\\') {
        return i - 1;
      }
      if (stopChar && stop.matches(s, i)) {
        return i;
      }
      if (special && mayStart(s, i, c) && startsHere(s, i, len, c, mask)) {
        return i;
      }
    }
    return -1;
  }

  /** A quick look at the next character for the starts that need a second one. */
  private static boolean mayStart(String s, int i, char c) {
    int next = i + 1 < s.length() ? s.charAt(i + 1) : -1;
    switch (c) {
      case ' ':
        return next == ' ' || next == '<' || next == '>';
      case '-':
        return next == '-';
      case '.':
        return next == '.';
      case '>':
        return next == '>';
      case '{':
        return next == ':';
      case '!':
        return next == '[';
      case '~':
        return next == '~';
      default:
        return true;
    }
  }

  private static boolean startsHere(String s, int i, int len, char c, long mask) {
    switch (c) {
      case '*':
      case '_':
        return (mask & EMPHASIS) != 0;
      case '`':
        return (mask & CODESPAN) != 0;
      case '<':
        return (mask & (AUTOLINK | SPAN_HTML)) != 0
            || ((mask & TYPOGRAPHIC) != 0 && angles(s, i));
      case '[':
        return (mask & (FOOTNOTE_MARKER | LINK)) != 0;
      case '!':
        return (mask & LINK) != 0 && Chars.at(s, i + 1) == '[';
      case '"':
      case '\'':
        return (mask & SMART_QUOTES) != 0;
      case '$':
        return (mask & INLINE_MATH) != 0;
      case '{':
        return (mask & SPAN_EXTENSIONS) != 0 && Chars.at(s, i + 1) == ':';
      case '&':
        return (mask & HTML_ENTITY) != 0;
      case '-':
        return (mask & TYPOGRAPHIC) != 0 && Chars.at(s, i + 1) == '-';
      case '.':
        return (mask & TYPOGRAPHIC) != 0 && Chars.startsWith(s, i, "...");
      case '>':
        return (mask & TYPOGRAPHIC) != 0 && angles(s, i);
      case '\\':
        return (mask & ESCAPED) != 0
            || ((mask & TYPOGRAPHIC) != 0 && angles(s, i + 1))
            || ((mask & LINE_BREAK) != 0 && Chars.at(s, i + 1) == '\n');
      case ' ':
        return ((mask & TYPOGRAPHIC) != 0 && angles(s, i + 1))
            || ((mask & LINE_BREAK) != 0 && Chars.at(s, i + 1) == ' '
                && Chars.at(s, i + 2) == '\n');
      case '~':
        return (mask & STRIKETHROUGH) != 0 && Chars.at(s, i + 1) == '~';
      default:
        return false;
    }
  }
}
