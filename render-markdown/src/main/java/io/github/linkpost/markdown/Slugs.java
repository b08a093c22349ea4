package io.github.linkpost.markdown;

import io.github.linkpost.LinkPostException;
import java.net.URI;
import java.text.Normalizer;
import java.util.Locale;

/**
 * Slugs for post file names: never empty, only {@code [a-z0-9-]}, accents transliterated
 * ({@code "Café Déjà"} gives {@code "cafe-deja"}), at most {@link #MAX_LENGTH} characters.
 *
 * <pre>{@code
 * Slugs.fromUrl(URI.create("https://example.org/blog/Tide_Tables.html")); // "tide-tables"
 * Slugs.fromUrl(URI.create("https://www.example.org/"));                // "www-example-org"
 * Slugs.of("Ça va? Très bien!");                                        // "ca-va-tres-bien"
 * }</pre>
 */
public final class Slugs {
  /** The longest slug made. */
  public static final int MAX_LENGTH = 80;

  /** The slug when the text has no letter or digit that can be written in {@code [a-z0-9]}. */
  public static final String FALLBACK = "post";

  private Slugs() {}

  /**
   * The slug the reference blog makes from a URL: the last path segment with its extension
   * dropped, or the host with dots as dashes when the path is {@code /} or empty.
   *
   * @param url the page's URL
   * @return the slug
   */
  public static String fromUrl(URI url) {
    LinkPostException.notNull("url", url);
    String path = url.getPath() == null ? "" : url.getPath();
    int end = path.length();
    while (end > 0 && path.charAt(end - 1) == '/') {
      end--;
    }
    String segment = path.substring(path.lastIndexOf('/', end - 1) + 1, end);
    int dot = segment.lastIndexOf('.');
    if (dot > 0) {
      segment = segment.substring(0, dot);
    }
    if (segment.isEmpty()) {
      String host = url.getHost() == null ? "" : url.getHost();
      return of(host.replace('.', '-'));
    }
    return of(segment);
  }

  /**
   * A slug made from any text, a title say.
   *
   * @param text the text
   * @return the slug
   */
  public static String of(String text) {
    String folded = Normalizer.normalize(LinkPostException.notNull("text", text),
        Normalizer.Form.NFKD);
    StringBuilder out = new StringBuilder(Math.min(folded.length(), MAX_LENGTH + 8));
    boolean dash = false;
    for (int i = 0; i < folded.length() && out.length() < MAX_LENGTH + 1; ) {
      int cp = folded.codePointAt(i);
      i += Character.charCount(cp);
      if (Character.getType(cp) == Character.NON_SPACING_MARK) {
        continue;
      }
      String mapped = transliterate(cp);
      if (mapped == null) {
        dash = out.length() > 0;
        continue;
      }
      if (dash) {
        out.append('-');
        dash = false;
      }
      out.append(mapped);
    }
    String slug = out.length() > MAX_LENGTH ? cut(out.toString()) : out.toString();
    return slug.isEmpty() ? FALLBACK : slug;
  }

  /** Cuts at the last dash within the limit, so that a word is not broken when possible. */
  private static String cut(String slug) {
    String head = slug.substring(0, MAX_LENGTH);
    int dash = head.lastIndexOf('-');
    String cut = dash > MAX_LENGTH / 2 ? head.substring(0, dash) : head;
    while (cut.endsWith("-")) {
      cut = cut.substring(0, cut.length() - 1);
    }
    return cut;
  }

  private static String transliterate(int cp) {
    if (cp < 128) {
      char c = Character.toLowerCase((char) cp);
      return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') ? String.valueOf(c) : null;
    }
    return switch (cp) {
      case 'ß' -> "ss";
      case 'æ', 'Æ' -> "ae";
      case 'ø', 'Ø' -> "o";
      case 'œ', 'Œ' -> "oe";
      case 'đ', 'Đ', 'ð', 'Ð' -> "d";
      case 'ł', 'Ł' -> "l";
      case 'þ', 'Þ' -> "th";
      case 'ı' -> "i";
      default -> {
        String lower = new String(Character.toChars(cp)).toLowerCase(Locale.ROOT);
        yield lower.length() == 1 && lower.charAt(0) < 128 ? transliterate(lower.charAt(0)) : null;
      }
    };
  }
}
