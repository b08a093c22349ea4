package io.github.linkpost.bookmarks.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/** What readers do alike to the text an export holds. */
final class Texts {
  private Texts() {}

  /** The text stripped, or none when it is blank. */
  static Optional<String> nonBlank(String text) {
    String stripped = text.strip();
    return stripped.isEmpty() ? Optional.empty() : Optional.of(stripped);
  }

  /**
   * Notes as a page shows their lines: each line without the white space around it (the
   * indentation of the file, for one), no blank lines before the first or after the last, lines
   * ending in line feeds; none when nothing is left.
   */
  static Optional<String> notes(String text) {
    String[] lines = text.replace("\r\n", "\n").replace('\r', '\n').split("\n", -1);
    int first = 0;
    int last = lines.length - 1;
    while (first <= last && lines[first].isBlank()) {
      first++;
    }
    while (last >= first && lines[last].isBlank()) {
      last--;
    }
    if (first > last) {
      return Optional.empty();
    }
    StringBuilder out = new StringBuilder(text.length());
    for (int i = first; i <= last; i++) {
      if (i > first) {
        out.append('\n');
      }
      out.append(lines[i].strip());
    }
    return Optional.of(out.toString());
  }

  /**
   * Tags from a list split at {@code separator} (a comma in HTML exports, white space in
   * Pinboard's JSON): each stripped, its white space runs made one space, empty ones dropped.
   */
  static List<String> tags(String list, Pattern separator) {
    if (list.isEmpty()) {
      return List.of();
    }
    List<String> tags = new ArrayList<>();
    for (String tag : separator.split(list)) {
      String one = tag.strip();
      if (!one.isEmpty()) {
        tags.add(SPACES.matcher(one).find() ? SPACES.matcher(one).replaceAll(" ") : one);
      }
    }
    return tags;
  }

  /** White space in a tag, which becomes one space; a run of two or more, or any but a space. */
  private static final Pattern SPACES = Pattern.compile("\\s{2,}|[\\s&&[^ ]]");
  /** What separates the tags of an HTML export. */
  static final Pattern COMMA = Pattern.compile(",");
  /** What separates the tags of Pinboard's JSON. */
  static final Pattern WHITE_SPACE = Pattern.compile("\\s+");
  /** What separates the items of a tag list read from a JSON array. */
  static final Pattern NUL = Pattern.compile("\u0000");

  /** Whether an attribute's value says yes: {@code 1}, {@code true}, {@code yes} or {@code on}. */
  static boolean yes(String value) {
    String v = value.strip().toLowerCase(Locale.ROOT);
    return v.equals("1") || v.equals("true") || v.equals("yes") || v.equals("on");
  }
}
