package io.github.linkpost.metadata.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Authors' names out of what pages write: bylines ({@code "By Jane Doe and John Roe"}), lists,
 * {@code "Doe, Jane"} as papers write it; never a URL, an e-mail address or a handle.
 */
final class Names {
  private static final Pattern LEADING_BY = Pattern.compile(
      "^(?:(?:written|posted|published|words|text|story|reporting)\\s+)?"
      + "(?:by|von|par|por|door|di|av|af)\\b\\s*:?\\s*|^(?:authors?|bylines?|autor(?:in)?|auteur)\\s*:\\s*",
      Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
  private static final Pattern SPLIT = Pattern.compile(
      "\\s+(?:and|&|und|et|y|e|en|och|og)\\s+|\\s*[;|\u00B7\u2022]\\s*|\\s*&\\s*",
      Pattern.CASE_INSENSITIVE);
  private static final Pattern URL = Pattern.compile(
      "^(?:[a-z][a-z0-9+.-]*://|www\\.)\\S*$|^\\S+\\.[a-z]{2,}/\\S*$", Pattern.CASE_INSENSITIVE);
  private static final Pattern EMAIL = Pattern.compile("\\S+@\\S+\\.\\S+");
  private static final Pattern ASIDE = Pattern.compile("\\s*[(\\[][^()\\[\\]]*[)\\]]");
  private static final Pattern ROLE = Pattern.compile(
      ".*\\b(?:writer|editor|reporter|correspondent|contributor|columnist|staff|journalist|"
      + "producer|analyst|photographer|intern|freelancer|senior|deputy)s?\\b.*",
      Pattern.CASE_INSENSITIVE);
  /** Words of an organization's name, which is never "Last, First". */
  private static final Pattern ORGANIZATION = Pattern.compile(
      ".*\\b(?:office|unit|department|ministry|university|institute|group|team|agency|"
      + "council|cent(?:er|re)|committee|board|association|society|foundation|services?|"
      + "division|lab|laboratory|press|news|staff|editors|company|inc|ltd|gmbh|llc|corp)\\b.*",
      Pattern.CASE_INSENSITIVE);
  private static final int MAX_LENGTH = 100;
  private static final int MAX_WORDS = 7;

  private Names() {}

  /**
   * The names a byline or author value holds, in order, without repeats.
   *
   * @param raw the value as the page gives it
   * @param lastFirst whether {@code "Doe, Jane"} means Jane Doe (scholarly metadata)
   */
  static List<String> of(String raw, boolean lastFirst) {
    if (raw == null) {
      return List.of();
    }
    String s = Text.fromMarkup(raw);
    if (s.isEmpty() || URL.matcher(s).matches()) {
      return List.of();
    }
    s = ASIDE.matcher(s).replaceAll(m -> m.group().contains("@") || m.group().contains("/")
        || m.group().contains(".") ? "" : m.group());
    s = LEADING_BY.matcher(s).replaceFirst("");
    if (s.indexOf(',') > 0 && ORGANIZATION.matcher(s.substring(0, s.indexOf(','))).matches()
        && SPLIT.split(s).length == 1) {
      return one(s);
    }
    if (lastFirst && s.indexOf(',') > 0 && s.indexOf(',') == s.lastIndexOf(',')) {
      String last = s.substring(0, s.indexOf(',')).strip();
      String first = s.substring(s.indexOf(',') + 1).strip();
      if (!first.isEmpty() && !last.isEmpty() && words(first) <= 3 && words(last) <= 3) {
        return one(first + " " + last);
      }
    }
    List<String> parts = new ArrayList<>();
    for (String part : SPLIT.split(s)) {
      parts.addAll(commaList(part));
    }
    Map<String, String> names = new LinkedHashMap<>();
    for (String part : parts) {
      String name = name(part);
      if (name != null) {
        names.putIfAbsent(name.toLowerCase(Locale.ROOT), name);
      }
    }
    return List.copyOf(names.values());
  }

  /** "Jane Doe, John Roe" is two names; "Jane Doe, Staff Writer" one; "Doe, Jane" one. */
  private static List<String> commaList(String part) {
    if (part.indexOf(',') < 0) {
      return List.of(part);
    }
    String[] pieces = part.split("\\s*,\\s*");
    List<String> kept = new ArrayList<>();
    boolean allFull = true;
    for (int i = 0; i < pieces.length; i++) {
      if (pieces[i].isBlank()) {
        continue;
      }
      if (i > 0 && ROLE.matcher(pieces[i]).matches()) {
        continue;
      }
      kept.add(pieces[i]);
      allFull &= words(pieces[i]) >= 2;
    }
    return allFull || kept.size() == 1 ? kept : List.of(String.join(", ", kept));
  }

  private static String name(String part) {
    String s = LEADING_BY.matcher(part.strip()).replaceFirst("").strip();
    s = EMAIL.matcher(s).replaceAll("").strip();
    if (s.startsWith("@") || URL.matcher(s).matches()) {
      return null;
    }
    s = s.replaceAll("^[\\p{Punct}\\s]+|[\\s,;:|\\-\u2013\u2014]+$", "");
    if (s.isEmpty() || s.length() > MAX_LENGTH || words(s) > MAX_WORDS
        || s.codePoints().noneMatch(Character::isLetter)) {
      return null;
    }
    return s;
  }

  private static List<String> one(String name) {
    String n = name(name);
    return n == null ? List.of() : List.of(n);
  }

  private static int words(String s) {
    String t = s.strip();
    return t.isEmpty() ? 0 : t.split("\\s+").length;
  }
}
