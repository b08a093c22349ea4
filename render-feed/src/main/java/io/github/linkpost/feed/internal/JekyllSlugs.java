package io.github.linkpost.feed.internal;

import java.util.regex.Pattern;

/**
 * Jekyll's {@code Utils.slugify} in the two modes its URLs use: {@code default} (letters, marks
 * and digits; lower-cased) and {@code pretty} (those and {@code ._~!$&'()+,;=@}). Every run of
 * other characters becomes one hyphen, and a hyphen at either end is dropped.
 */
public final class JekyllSlugs {
  private static final Pattern DEFAULT = Pattern.compile("[^\\p{M}\\p{L}\\p{Nd}]+");
  private static final Pattern PRETTY = Pattern.compile("[^\\p{M}\\p{L}\\p{Nd}._~!$&'()+,;=@]+");

  private JekyllSlugs() {}

  /** The {@code default} mode: for {@code :slug}, {@code :name} and slugified categories. */
  public static String slug(String text) {
    return downcase(hyphens(DEFAULT, text));
  }

  /** The {@code pretty} mode with case kept: for {@code :title}. */
  public static String prettyCased(String text) {
    return hyphens(PRETTY, text);
  }

  private static String hyphens(Pattern replaced, String text) {
    String slug = replaced.matcher(text).replaceAll("-");
    int from = slug.startsWith("-") ? 1 : 0;
    int to = slug.length() > from && slug.endsWith("-") ? slug.length() - 1 : slug.length();
    return slug.substring(from, to);
  }

  /**
   * Ruby's {@code String#downcase}: the full Unicode lower-case mapping of each character, with no
   * context (so a final capital sigma becomes σ, not ς, unlike {@link String#toLowerCase}).
   */
  public static String downcase(String text) {
    StringBuilder out = null;
    for (int i = 0; i < text.length(); ) {
      int cp = text.codePointAt(i);
      int n = Character.charCount(cp);
      int lower = Character.toLowerCase(cp);
      if (lower != cp || cp == 0x130) {
        if (out == null) {
          out = new StringBuilder(text.length() + 4).append(text, 0, i);
        }
        if (cp == 0x130) {
          out.append("i\u0307"); // the one character whose lower case is two
        } else {
          out.appendCodePoint(lower);
        }
      } else if (out != null) {
        out.append(text, i, i + n);
      }
      i += n;
    }
    return out == null ? text : out.toString();
  }
}
