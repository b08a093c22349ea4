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
    int n = text.length();
    for (int i = 0; i < n; i++) {
      char c = text.charAt(i);
      char prev = i > 0 ? text.charAt(i - 1) : before;
      char next = i + 1 < n ? text.charAt(i + 1) : after;
      char next2 = i + 2 < n ? text.charAt(i + 2) : i + 2 == n ? after : afterNext;
      switch (c) {
        case '-' -> {
          if (i + 2 < n && text.charAt(i + 1) == '-' && text.charAt(i + 2) == '-') {
            out.append('\u2014');
            i += 2;
          } else if (i + 1 < n && text.charAt(i + 1) == '-') {
            out.append('\u2013');
            i += 1;
          } else {
            out.append(c);
          }
        }
        case '.' -> {
          if (i + 2 < n && text.charAt(i + 1) == '.' && text.charAt(i + 2) == '.') {
            out.append('\u2026');
            i += 2;
          } else {
            out.append(c);
          }
        }
        case '<', '>' -> {
          if (i + 1 < n && text.charAt(i + 1) == c) {
            out.append(c == '<' ? '\u00AB' : '\u00BB');
            i += 1;
          } else {
            out.append(c);
          }
        }
        case '\'', '"' -> {
          // A pair like "' or '" before a word opens both.
          char other = c == '\'' ? '"' : '\'';
          if (next == other && isWord(next2)) {
            out.append(open(c)).append(open(other));
            i += 1;
            continue;
          }
          out.append(quote(c, prev, next, next2, text, i) ? open(c) : close(c));
        }
        default -> out.append(c);
      }
    }
    return out.toString();
  }

  /** Whether a quote opens (true) or closes (false). */
  private static boolean quote(char c, char prev, char next, char next2, String text, int i) {
    if (c == '\'' && Character.isDigit(next) && Character.isDigit(next2)
        && i + 3 < text.length() && text.charAt(i + 3) == 's') {
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
