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

  /** The span constructs, in the order they are tried. */
  static SpanParser[] list(Settings options) {
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

  /**
   * The first index at or after {@code from} where a construct of the set (or the stop) may
   * start, or -1.
   */
  static int nextStart(String s, int from, int len, long mask, Parser.Stop stop) {
    boolean smart = (mask & SMART_QUOTES) != 0;
    for (int i = from; i < len; i++) {
      char c = s.charAt(i);
      if (stop != null && stop.matches(s, i)) {
        return i;
      }
      if (smart && c != '\\' && i + 1 < len && isQuote(s.charAt(i + 1))) {
        return i;
      }
      switch (c) {
        case '*':
        case '_':
          if ((mask & EMPHASIS) != 0) {
            return i;
          }
          break;
        case '`':
          if ((mask & CODESPAN) != 0) {
            return i;
          }
          break;
        case '<':
          if ((mask & (AUTOLINK | SPAN_HTML)) != 0
              || ((mask & TYPOGRAPHIC) != 0 && angles(s, i))) {
            return i;
          }
          break;
        case '[':
          if ((mask & (FOOTNOTE_MARKER | LINK)) != 0) {
            return i;
          }
          break;
        case '!':
          if ((mask & LINK) != 0 && Chars.at(s, i + 1) == '[') {
            return i;
          }
          break;
        case '"':
        case '\'':
          if (smart) {
            return i;
          }
          break;
        case '$':
          if ((mask & INLINE_MATH) != 0) {
            return i;
          }
          break;
        case '{':
          if ((mask & SPAN_EXTENSIONS) != 0 && Chars.at(s, i + 1) == ':') {
            return i;
          }
          break;
        case '&':
          if ((mask & HTML_ENTITY) != 0) {
            return i;
          }
          break;
        case '-':
          if ((mask & TYPOGRAPHIC) != 0 && Chars.at(s, i + 1) == '-') {
            return i;
          }
          break;
        case '.':
          if ((mask & TYPOGRAPHIC) != 0 && Chars.startsWith(s, i, "...")) {
            return i;
          }
          break;
        case '>':
          if ((mask & TYPOGRAPHIC) != 0 && angles(s, i)) {
            return i;
          }
          break;
        case '\\':
          if ((mask & ESCAPED) != 0
              || ((mask & TYPOGRAPHIC) != 0 && angles(s, i + 1))
              || ((mask & LINE_BREAK) != 0 && Chars.at(s, i + 1) == '\n')) {
            return i;
          }
          break;
        case ' ':
          if (((mask & TYPOGRAPHIC) != 0 && angles(s, i + 1))
              || ((mask & LINE_BREAK) != 0 && Chars.at(s, i + 1) == ' '
                  && Chars.at(s, i + 2) == '\n')) {
            return i;
          }
          break;
        case '~':
          if ((mask & STRIKETHROUGH) != 0 && Chars.at(s, i + 1) == '~') {
            return i;
          }
          break;
        default:
          break;
      }
    }
    return -1;
  }
}
