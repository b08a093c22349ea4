package io.github.linkpost.kramdown.internal;

/**
 * Character classes as kramdown's patterns see them: {@code \s}, {@code \w} and {@code \b} are
 * ASCII only, {@code [[:alpha:]]}, {@code [[:alnum:]]} and {@code \p{Word}} are Unicode.
 */
final class Chars {
  private Chars() {}

  /** {@code \s}: space, tab, line feed, vertical tab, form feed, carriage return. */
  static boolean isSpace(int c) {
    return c == ' ' || (c >= '\t' && c <= '\r');
  }

  /** {@code \s} other than a line feed. */
  static boolean isInlineSpace(int c) {
    return c == ' ' || c == '\t' || c == 0x0B || c == '\f' || c == '\r';
  }

  /** What Ruby's {@code strip} removes: {@code \s} and NUL. */
  static boolean isStrippable(int c) {
    return c == 0 || isSpace(c);
  }

  /** {@code \w}: ASCII letters, digits and the underscore. */
  static boolean isWord(int c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_';
  }

  /**
   * A word character as {@code \b} sees it (unlike {@code \w}, Unicode): letters, marks,
   * numbers and connector punctuation.
   */
  static boolean isBoundaryWord(int cp) {
    if (cp < 128) {
      return isWord(cp);
    }
    if (Character.isAlphabetic(cp)) {
      return true;
    }
    switch (Character.getType(cp)) {
      case Character.NON_SPACING_MARK:
      case Character.ENCLOSING_MARK:
      case Character.COMBINING_SPACING_MARK:
      case Character.DECIMAL_DIGIT_NUMBER:
      case Character.LETTER_NUMBER:
      case Character.OTHER_NUMBER:
      case Character.CONNECTOR_PUNCTUATION:
        return true;
      default:
        return false;
    }
  }

  static boolean isAsciiLetter(int c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
  }

  static boolean isDigit(int c) {
    return c >= '0' && c <= '9';
  }

  static boolean isHexDigit(int c) {
    return isDigit(c) || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
  }

  /** {@code [[:alpha:]]}: the Unicode Alphabetic property. */
  static boolean isAlpha(int cp) {
    return cp < 128 ? isAsciiLetter(cp) : Character.isAlphabetic(cp);
  }

  /** {@code [[:alnum:]]}: Alphabetic or a decimal digit. */
  static boolean isAlnum(int cp) {
    if (cp < 128) {
      return isAsciiLetter(cp) || isDigit(cp);
    }
    return Character.isAlphabetic(cp) || Character.getType(cp) == Character.DECIMAL_DIGIT_NUMBER;
  }

  /** {@code \p{Word}}: Alphabetic, marks, decimal digits and connector punctuation. */
  static boolean isUnicodeWord(int cp) {
    if (cp < 128) {
      return isWord(cp);
    }
    if (Character.isAlphabetic(cp)) {
      return true;
    }
    int type = Character.getType(cp);
    return type == Character.NON_SPACING_MARK
        || type == Character.ENCLOSING_MARK
        || type == Character.COMBINING_SPACING_MARK
        || type == Character.DECIMAL_DIGIT_NUMBER
        || type == Character.CONNECTOR_PUNCTUATION;
  }

  /** The code point at {@code i}, or -1 past the end. */
  static int cpAt(CharSequence s, int i) {
    if (i < 0 || i >= s.length()) {
      return -1;
    }
    char c = s.charAt(i);
    if (Character.isHighSurrogate(c) && i + 1 < s.length()
        && Character.isLowSurrogate(s.charAt(i + 1))) {
      return Character.toCodePoint(c, s.charAt(i + 1));
    }
    return c;
  }

  /** The code point that ends just before {@code i}, or -1 at the start. */
  static int cpBefore(CharSequence s, int i) {
    if (i <= 0) {
      return -1;
    }
    char c = s.charAt(i - 1);
    if (Character.isLowSurrogate(c) && i >= 2 && Character.isHighSurrogate(s.charAt(i - 2))) {
      return Character.toCodePoint(s.charAt(i - 2), c);
    }
    return c;
  }

  /** The char at {@code i}, or -1 outside the string. */
  static int at(String s, int i) {
    return i >= 0 && i < s.length() ? s.charAt(i) : -1;
  }

  /** The char at {@code i}, or -1 outside the sequence. */
  static int at(CharSequence s, int i) {
    return i >= 0 && i < s.length() ? s.charAt(i) : -1;
  }

  static boolean startsWith(String s, int i, String prefix) {
    return i >= 0 && s.startsWith(prefix, i);
  }

  static boolean startsWith(CharSequence s, int i, String prefix) {
    int n = prefix.length();
    if (i < 0 || i + n > s.length()) {
      return false;
    }
    for (int k = 0; k < n; k++) {
      if (s.charAt(i + k) != prefix.charAt(k)) {
        return false;
      }
    }
    return true;
  }

  static boolean startsWithIgnoreCase(CharSequence s, int i, String prefix) {
    int n = prefix.length();
    if (i < 0 || i + n > s.length()) {
      return false;
    }
    for (int k = 0; k < n; k++) {
      char a = s.charAt(i + k);
      char b = prefix.charAt(k);
      if (a != b && Character.toLowerCase(a) != Character.toLowerCase(b)) {
        return false;
      }
    }
    return true;
  }

  /** Ruby's {@code strip}. */
  static String strip(String s) {
    int from = 0;
    int to = s.length();
    while (from < to && isStrippable(s.charAt(from))) {
      from++;
    }
    while (to > from && isStrippable(s.charAt(to - 1))) {
      to--;
    }
    return s.substring(from, to);
  }

  static String lstrip(String s) {
    int from = 0;
    while (from < s.length() && isStrippable(s.charAt(from))) {
      from++;
    }
    return s.substring(from);
  }

  static String rstrip(String s) {
    int to = s.length();
    while (to > 0 && isStrippable(s.charAt(to - 1))) {
      to--;
    }
    return s.substring(0, to);
  }

  static boolean isBlank(CharSequence s) {
    for (int i = 0; i < s.length(); i++) {
      if (!isStrippable(s.charAt(i))) {
        return false;
      }
    }
    return true;
  }

  /** Index of the next line feed at or after {@code i}, or the length. */
  static int lineEnd(CharSequence s, int i) {
    if (s instanceof String) {
      int k = ((String) s).indexOf('\n', i);
      return k < 0 ? s.length() : k;
    }
    int n = s.length();
    while (i < n && s.charAt(i) != '\n') {
      i++;
    }
    return i;
  }

  /** Index just after the line starting at or containing {@code i} (past its line feed). */
  static int nextLine(CharSequence s, int i) {
    int e = lineEnd(s, i);
    return e < s.length() ? e + 1 : e;
  }

  /** Lower case as Ruby's {@code downcase} does it (full Unicode mapping, no context). */
  static String downcase(String s) {
    boolean ascii = true;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c >= 128) {
        ascii = false;
        break;
      }
    }
    if (ascii) {
      return s.toLowerCase(java.util.Locale.ROOT);
    }
    StringBuilder out = new StringBuilder(s.length());
    for (int i = 0; i < s.length(); ) {
      int cp = s.codePointAt(i);
      i += Character.charCount(cp);
      if (cp == 0x130) {
        out.append("i\u0307");
      } else if (cp == 0x3A3) {
        out.append('\u03C3');
      } else {
        out.appendCodePoint(Character.toLowerCase(cp));
      }
    }
    return out.toString();
  }
}
