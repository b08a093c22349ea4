package io.github.linkpost.bookmarks;

import io.github.linkpost.LinkPostException;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One bookmark on one line, as link-saving apps export a link and as {@code linkpost new
 * --item} takes it: an optional leading time ({@code Oct 13, 2025 18:59}), a Markdown link
 * {@code [title](url)}, then optional remarks, with a leading arrow ({@code <--}, {@code <---},
 * {@code -->}, {@code <—}) dropped.
 *
 * <pre>{@code
 * Bookmark mark = BookmarkLine.parse(
 *     "Oct 13, 2025 18:59 [A [bracketed] title](https://example.org/a_(b)) <-- my remark",
 *     ZoneId.of("UTC"));
 * mark.title();  // Optional[A [bracketed] title]
 * mark.url();    // https://example.org/a_(b)
 * mark.added();  // Optional[2025-10-13T18:59:00Z]
 * mark.notes();  // Optional[my remark]
 * }</pre>
 *
 * <p>Brackets and parentheses inside the title and URL are fine when they pair up, or when they
 * are backslash-escaped; {@code \[}, {@code \]}, {@code \(}, {@code \)} and {@code \\} in the
 * title stand for the signs. A URL in angle brackets ({@code (<url>)}) loses them. The remarks
 * are the rest of the line as typed.
 */
public final class BookmarkLine {
  private static final Pattern LEADING_TIME = Pattern.compile(
      "^\\s*([A-Z][a-z]{2} \\d{1,2}, \\d{4} \\d{1,2}:\\d{2})\\s*");
  private static final Pattern ARROW = Pattern.compile("^(?:<-{2,}|-{2,}>|<—|<–)\\s*");
  private static final DateTimeFormatter TIME =
      // Strict: a day the month has not (Feb 31) is refused, not moved to the month's last.
      DateTimeFormatter.ofPattern("MMM d, uuuu H:mm", Locale.ENGLISH)
          .withResolverStyle(ResolverStyle.STRICT);

  private BookmarkLine() {}

  /**
   * Reads a bookmark line.
   *
   * @param line the line
   * @param zone the zone of its leading time
   * @return the bookmark: URL, title, added time and notes as the line gives them
   * @throws LinkPostException when the line holds no {@code [title](url)} link, or its time is
   *     not a date
   */
  public static Bookmark parse(String line, ZoneId zone) {
    LinkPostException.notNull("line", line);
    LinkPostException.notNull("zone", zone);
    String rest = line.strip();
    Bookmark.Builder bookmark = Bookmark.builder();
    Matcher time = LEADING_TIME.matcher(rest);
    if (time.lookingAt()) {
      try {
        bookmark.added(LocalDateTime.parse(time.group(1), TIME).atZone(zone).toInstant());
      } catch (DateTimeParseException e) {
        throw LinkPostException.invalid("bookmark line", "has a time that is not a date", time.group(1));
      }
      rest = rest.substring(time.end());
    }
    int open = rest.indexOf('[');
    int close = open < 0 ? -1 : closing(rest, open, '[', ']');
    if (close < 0 || close + 1 >= rest.length() || rest.charAt(close + 1) != '(') {
      throw LinkPostException.invalid("bookmark line", "must hold a Markdown link [title](url)", line);
    }
    int end = closing(rest, close + 1, '(', ')');
    if (end < 0) {
      throw LinkPostException.invalid("bookmark line", "has a link whose ( is not closed", line);
    }
    String title = unescape(rest.substring(open + 1, close));
    String url = rest.substring(close + 2, end).strip();
    if (url.startsWith("<") && url.endsWith(">")) {
      url = url.substring(1, url.length() - 1);
    }
    if (url.isBlank()) {
      throw LinkPostException.invalid("bookmark line", "has a link without a URL", line);
    }
    String after = ARROW.matcher(rest.substring(end + 1).strip()).replaceFirst("");
    if (!title.isBlank()) {
      bookmark.title(title);
    }
    if (!after.isBlank()) {
      bookmark.notes(after);
    }
    return bookmark.url(url).build();
  }

  /** The index of the bracket closing the one at {@code start}, counting nesting and escapes. */
  private static int closing(String s, int start, char open, char close) {
    int depth = 0;
    for (int i = start; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c == '\\') {
        i++;
      } else if (c == open) {
        depth++;
      } else if (c == close && --depth == 0) {
        return i;
      }
    }
    return -1;
  }

  private static String unescape(String text) {
    StringBuilder out = new StringBuilder(text.length());
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '\\' && i + 1 < text.length() && "[]()\\".indexOf(text.charAt(i + 1)) >= 0) {
        c = text.charAt(++i);
      }
      out.append(c);
    }
    return out.toString();
  }
}
