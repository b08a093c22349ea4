package io.github.linkpost.examples.cli;

import io.github.linkpost.LinkPostException;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One bookmark line as link-saving apps export it: an optional leading {@code Oct 13, 2025 18:59},
 * a Markdown link {@code [title](url)} (brackets and parentheses inside are fine when they pair
 * up, or are backslash-escaped), then optional remarks, with a leading arrow ({@code <--},
 * {@code <---}, {@code -->}, {@code <—}) dropped.
 */
record BookmarkLine(Optional<Instant> at, String title, String url, Optional<String> remarks) {
  private static final Pattern LEADING_TIME = Pattern.compile(
      "^\\s*([A-Z][a-z]{2} \\d{1,2}, \\d{4} \\d{1,2}:\\d{2})\\s*");
  private static final Pattern ARROW = Pattern.compile("^(?:<-{2,}|-{2,}>|<—|<–)\\s*");
  private static final DateTimeFormatter TIME =
      DateTimeFormatter.ofPattern("MMM d, yyyy H:mm", Locale.ENGLISH);

  static BookmarkLine parse(String line, ZoneId zone) {
    String rest = line.strip();
    Optional<Instant> at = Optional.empty();
    Matcher time = LEADING_TIME.matcher(rest);
    if (time.lookingAt()) {
      try {
        at = Optional.of(LocalDateTime.parse(time.group(1), TIME).atZone(zone).toInstant());
      } catch (DateTimeParseException e) {
        throw LinkPostException.invalid("--item", "has a time that is not a date", time.group(1));
      }
      rest = rest.substring(time.end());
    }
    int open = rest.indexOf('[');
    if (open < 0) {
      throw LinkPostException.invalid("--item", "must hold a Markdown link [title](url)", line);
    }
    int close = closing(rest, open, '[', ']');
    if (close < 0 || close + 1 >= rest.length() || rest.charAt(close + 1) != '(') {
      throw LinkPostException.invalid("--item", "must hold a Markdown link [title](url)", line);
    }
    int end = closing(rest, close + 1, '(', ')');
    if (end < 0) {
      throw LinkPostException.invalid("--item", "has a link whose ( is not closed", line);
    }
    String title = unescape(rest.substring(open + 1, close));
    String url = rest.substring(close + 2, end).strip();
    if (url.startsWith("<") && url.endsWith(">")) {
      url = url.substring(1, url.length() - 1);
    }
    String after = rest.substring(end + 1).strip();
    after = ARROW.matcher(after).replaceFirst("");
    return new BookmarkLine(at, title, url, after.isBlank() ? Optional.empty() : Optional.of(after));
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
