package io.github.linkpost.html.internal;

/**
 * Jekyll's typography (kramdown's): straight quotes become curly ones, {@code ---} an em dash,
 * {@code --} an en dash, {@code ...} an ellipsis, {@code <<} and {@code >>} guillemets.
 *
 * <p>A quote is decided by the characters around it, as kramdown decides: after white space it
 * opens; at the start of a text (also right after markup such as a link or emphasis) or after
 * an opening bracket or a dash it opens unless white space, the end, lone punctuation or a
 * possessive {@code s} follows; after any other character (a letter, punctuation) it closes, so
 * an apostrophe is a closing single quote, as in the '80s. The characters around a text may come from markup next to it ({@code *} of emphasis,
 * {@code )} of a link), which callers pass in.
 */
public final class Typography {
  /** Stands for "no character": the start or end of a block. */
  public static final char NONE = '\0';

  private Typography() {}

  /**
   * The text with typography applied.
   *
   * @param text a run of plain text
   * @param before the source character before the text, or {@link #NONE}
   * @param after the source character after the text, or {@link #NONE}
   * @param afterNext the source character after {@code after}, or {@link #NONE}
   */
  public static String apply(String text, char before, char after, char afterNext) {
    if (!needsWork(text)) {
      return text;
    }
    StringBuilder out = new StringBuilder(text.length());
    write(text, 0, text.length(), before, after, afterNext, false, out);
    return out.toString();
  }

  /**
   * Appends part of a text with typography applied, and escaped for HTML ({@code & < > "})
   * when asked: one pass, no intermediate string.
   *
   * @param text the source
   * @param from where the run of plain text starts in it
   * @param to where it ends
   * @param before the source character before the run, or {@link #NONE}
   * @param after the source character after the run, or {@link #NONE}
   * @param afterNext the source character after {@code after}, or {@link #NONE}
   * @param escape whether to escape for HTML
   * @param out where the text goes
   */
  public static void write(String text, int from, int to, char before, char after,
      char afterNext, boolean escape, StringBuilder out) {
    int plain = from; // the start of a run written as it is
    for (int i = from; i < to; i++) {
      char c = text.charAt(i);
      if (!special(c)) {
        continue;
      }
      out.append(text, plain, i);
      char prev = i > from ? text.charAt(i - 1) : before;
      char next = i + 1 < to ? text.charAt(i + 1) : after;
      char next2 = i + 2 < to ? text.charAt(i + 2) : i + 2 == to ? after : afterNext;
      switch (c) {
        case '-' -> {
          if (i + 2 < to && text.charAt(i + 1) == '-' && text.charAt(i + 2) == '-') {
            out.append('\u2014');
            i += 2;
          } else if (i + 1 < to && text.charAt(i + 1) == '-') {
            out.append('\u2013');
            i += 1;
          } else {
            out.append(c);
          }
        }
        case '.' -> {
          if (i + 2 < to && text.charAt(i + 1) == '.' && text.charAt(i + 2) == '.') {
            out.append('\u2026');
            i += 2;
          } else {
            out.append(c);
          }
        }
        case '<', '>' -> {
          if (i + 1 < to && text.charAt(i + 1) == c) {
            out.append(c == '<' ? '\u00AB' : '\u00BB');
            i += 1;
          } else if (escape) {
            out.append(c == '<' ? "&lt;" : "&gt;");
          } else {
            out.append(c);
          }
        }
        case '&' -> out.append(escape ? "&amp;" : "&");
        default -> { // a quote
          // A pair like "' or '" before a word opens both.
          char other = c == '\'' ? '"' : '\'';
          if (next == other && isWord(next2)) {
            out.append(open(c)).append(open(other));
            i += 1;
          } else {
            out.append(quote(c, prev, next, next2, text, i, to) ? open(c) : close(c));
          }
        }
      }
      plain = i + 1;
    }
    out.append(text, plain, to);
  }

  private static boolean special(char c) {
    return c == '\'' || c == '"' || c == '-' || c == '.' || c == '<' || c == '>' || c == '&';
  }

  /** Whether a quote opens (true) or closes (false). */
  private static boolean quote(char c, char prev, char next, char next2, String text, int i, int to) {
    if (c == '\'' && Character.isDigit(next) && Character.isDigit(next2)
        && i + 3 < to && text.charAt(i + 3) == 's') {
      return false; // a decade: the '80s
    }
    if (prev != NONE && Character.isWhitespace(prev)) {
      return true;
    }
    if (prev == NONE || "[{(-".indexOf(prev) >= 0) {
      if ((next == '*' || next == '_') && next2 != NONE && !Character.isWhitespace(next2)) {
        return true; // before emphasis
      }
      if (isPunctuation(next) && !isWord(next2) && !(next == '.' && next2 == '.')) {
        return false;
      }
      if (next == 's' && !isWord(next2)) {
        return false; // the 's after markup
      }
      return next != NONE && !Character.isWhitespace(next);
    }
    return false; // after a word or punctuation
  }

  private static char open(char c) {
    return c == '\'' ? '\u2018' : '\u201C';
  }

  private static char close(char c) {
    return c == '\'' ? '\u2019' : '\u201D';
  }

  private static boolean isWord(char c) {
    return c != NONE && (Character.isLetterOrDigit(c) || c == '_');
  }

  private static boolean isPunctuation(char c) {
    return c != NONE && c < 128 && "!\"#$%&'()*+,-./:;<=>?@[\\]^_`{|}~".indexOf(c) >= 0;
  }

  private static boolean needsWork(String text) {
    for (int i = 0; i < text.length(); i++) {
      switch (text.charAt(i)) {
        case '\'', '"', '-', '.', '<', '>' -> {
          return true;
        }
        default -> { }
      }
    }
    return false;
  }
}
