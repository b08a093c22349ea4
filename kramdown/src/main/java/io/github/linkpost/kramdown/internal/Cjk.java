package io.github.linkpost.kramdown.internal;

/** The remove_line_breaks_for_cjk option: a line break between two CJK characters goes. */
final class Cjk {
  private Cjk() {}

  private static boolean isCjk(int cp) {
    Character.UnicodeScript sc = Character.UnicodeScript.of(cp);
    return sc == Character.UnicodeScript.HAN || sc == Character.UnicodeScript.HIRAGANA
        || sc == Character.UnicodeScript.KATAKANA;
  }

  static String removeLineBreaks(String s) {
    if (s.indexOf('\n') < 0) {
      return s;
    }
    StringBuilder sb = new StringBuilder(s.length());
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c == '\n' && i > 0 && i + 1 < s.length()) {
        int before = Chars.cpBefore(s, i);
        int after = Chars.cpAt(s, i + 1);
        if (isCjk(before) && isCjk(after)) {
          continue;
        }
      }
      sb.append(c);
    }
    return sb.toString();
  }
}
