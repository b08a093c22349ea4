package io.github.linkpost.metadata.internal;

import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Titles without the site's name: pages append it ({@code "A title | Site"}) or put it first
 * ({@code "Site - A title"}); the name is known from the page or is its host's name.
 */
final class Titles {
  /** What stands between a title and a site's name, spaces included. */
  static final List<String> SEPARATORS = List.of(" | ", " - ", " \u2013 ", " \u2014 ", " \u00B7 ",
      " \u2022 ", " :: ", " \u00BB ", " / ", " \u2015 ", " ~ ", " \u2012 ", " \u2014", " |");
  private static final Pattern BY = Pattern.compile("(?i)by\\s+\\S.*");

  private Titles() {}

  /** The title without a prefix or suffix that names the site; the title itself otherwise. */
  static String strip(String title, Collection<String> siteNames, String host) {
    String t = title;
    for (int round = 0; round < 3; round++) {
      String next = stripOnce(t, siteNames, host);
      if (next.equals(t)) {
        break;
      }
      t = next;
    }
    return t;
  }

  private static String stripOnce(String title, Collection<String> siteNames, String host) {
    for (String separator : SEPARATORS) {
      int last = title.lastIndexOf(separator);
      if (last > 0) {
        String rest = title.substring(last + separator.length()).strip();
        String kept = title.substring(0, last).strip();
        if (!kept.isEmpty() && (isSite(rest, siteNames, host)
            || BY.matcher(rest).matches() && rest.split("\\s+").length <= 6)) {
          return kept;
        }
      }
      int first = title.indexOf(separator);
      if (first > 0) {
        String head = title.substring(0, first).strip();
        String kept = title.substring(first + separator.length()).strip();
        if (!kept.isEmpty() && isSite(head, siteNames, host)) {
          return kept;
        }
      }
    }
    return title;
  }

  /**
   * The part of a title that the page's heading repeats: {@code "Configuring the scheduler —
   * Tidepool 2.4 documentation"} under an {@code <h1>} "Configuring the scheduler" is that
   * heading; the title itself when no part is.
   */
  static String byHeading(String title, String heading) {
    if (heading == null) {
      return title;
    }
    String h = heading.replaceAll("[\\s\u00B6#]+$", "").strip();
    if (h.length() < 3 || title.equalsIgnoreCase(h)) {
      return title;
    }
    for (String separator : SEPARATORS) {
      if (title.contains(separator)) {
        for (String part : title.split(Pattern.quote(separator))) {
          if (part.strip().equalsIgnoreCase(h)) {
            return part.strip();
          }
        }
      }
    }
    return title;
  }

  /**
   * The title without a last part that names its author: {@code "A title | Jane Doe"},
   * {@code "A title - Jane Doe (jdoe)"}.
   */
  static String withoutAuthor(String title, List<String> authors) {
    for (String separator : SEPARATORS) {
      int last = title.lastIndexOf(separator);
      if (last <= 0) {
        continue;
      }
      String rest = title.substring(last + separator.length()).strip().toLowerCase(Locale.ROOT);
      for (String author : authors) {
        String name = author.toLowerCase(Locale.ROOT);
        if (rest.equals(name) || rest.startsWith(name + " ") || rest.startsWith(name + "'")
            || rest.startsWith(name + "’")) {
          return title.substring(0, last).strip();
        }
      }
    }
    return title;
  }

  /** Whether the text is one of the names, or the host's name spelled with spaces or not. */
  static boolean isSite(String text, Collection<String> siteNames, String host) {
    String t = text.strip();
    for (String name : siteNames) {
      if (name != null && t.equalsIgnoreCase(name.strip())) {
        return true;
      }
    }
    String letters = letters(t);
    if (letters.length() < 3) {
      return false;
    }
    for (String name : siteNames) {
      if (name != null && letters.equals(letters(name))) {
        return true;
      }
    }
    if (host != null) {
      String h = host.toLowerCase(Locale.ROOT);
      if (h.startsWith("www.")) {
        h = h.substring(4);
      }
      String withoutTld = h.contains(".") ? h.substring(0, h.lastIndexOf('.')) : h;
      return letters.equals(letters(h)) || letters.equals(letters(withoutTld))
          || letters.equals(letters(withoutTld.substring(withoutTld.lastIndexOf('.') + 1)));
    }
    return false;
  }

  private static String letters(String s) {
    StringBuilder out = new StringBuilder();
    s.toLowerCase(Locale.ROOT).codePoints().filter(Character::isLetterOrDigit)
        .forEach(out::appendCodePoint);
    return out.toString();
  }
}
