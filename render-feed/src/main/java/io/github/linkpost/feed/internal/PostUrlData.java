package io.github.linkpost.feed.internal;

import io.github.linkpost.LinkPost;
import io.github.linkpost.LinkPostException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.TextStyle;
import java.time.temporal.IsoFields;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.StringJoiner;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What Jekyll knows of a post when it makes its URL: its path in the site, the slug and date of
 * its file name, and the front matter's {@code slug}, {@code categories}, {@code category} and
 * {@code date}; and the value of each placeholder (Jekyll's {@code UrlDrop}).
 */
public final class PostUrlData {
  /** {@code Document::DATE_FILENAME_MATCHER}. */
  private static final Pattern DATED =
      Pattern.compile("(?:.+/)*?(\\d{2,4}-\\d{1,2}-\\d{1,2})-([^/]*)(\\.[^.]+)");
  private static final Pattern TRAILING_DOTS = Pattern.compile("\\.*$");
  private static final Pattern MARKDOWN = Pattern.compile("\\.(markdown|mkdown|mkdn|mkd|md)",
      Pattern.CASE_INSENSITIVE);
  private static final String POSTS = "_posts";

  private final String relativePath;
  private final String ext;
  private final String basename;
  private final LocalDate fileDay;
  private final String slug;
  private final ZonedDateTime date;
  private final List<String> categories;
  private final String outputExt;
  private final String fileTitle;

  private PostUrlData(String relativePath, String ext, String basename, LocalDate fileDay,
      String slug, ZonedDateTime date, List<String> categories, String outputExt,
      String fileTitle) {
    this.relativePath = relativePath;
    this.ext = ext;
    this.fileDay = fileDay;
    this.basename = basename;
    this.slug = slug;
    this.date = date;
    this.categories = categories;
    this.outputExt = outputExt;
    this.fileTitle = fileTitle;
  }

  /**
   * @param path the post's path in the site, {@code /} between folders; one not in a
   *     {@code _posts} folder is taken as in {@code _posts}
   */
  public static PostUrlData of(String path, LinkPost post, ZoneId zone) {
    String relative = relativePath(path);
    Matcher dated = DATED.matcher(relative);
    if (!dated.matches()) {
      throw LinkPostException.invalid("post path",
          "must be a Jekyll post's: a file name that starts with its date (YYYY-MM-DD-) and"
              + " has an extension", path);
    }
    String fileSlug = TRAILING_DOTS.matcher(dated.group(2)).replaceFirst("");
    String name = relative.substring(relative.lastIndexOf('/') + 1);
    String basename = name.substring(0, name.length() - dated.group(3).length());
    Object frontSlug = post.extraFrontMatter().get("slug");
    if (frontSlug != null && !(frontSlug instanceof String)) {
      throw LinkPostException.invalid("front matter slug", "must be text for Jekyll to make a URL",
          frontSlug);
    }
    String slug = frontSlug != null ? (String) frontSlug : fileSlug;
    LocalDate fileDay = fileDate(dated.group(1), path);
    ZonedDateTime date = post.date().isPresent()
        ? post.date().get().atZoneSameInstant(zone)
        : fileDay.atStartOfDay(zone);
    String ext = dated.group(3);
    String outputExt = MARKDOWN.matcher(ext).matches() ? ".html" : ext;
    if (post.permalink().isPresent() && !post.permalink().get().endsWith("/")) {
      String permalinkExt = rubyExtname(post.permalink().get());
      if (!permalinkExt.isEmpty()) {
        outputExt = permalinkExt;
      }
    }
    return new PostUrlData(relative, ext, basename, fileDay, slug, date,
        categories(relative, name, post), outputExt, titleized(dated.group(2)));
  }

  /**
   * The title Jekyll gives a post whose front matter has none: the file name's slug, each word
   * between hyphens capitalised ({@code 2025-10-13-tide-tables.md} is "Tide Tables").
   */
  public String fileTitle() {
    return fileTitle;
  }

  private static String titleized(String slug) {
    // As Ruby's split: empty words between hyphens kept, trailing ones dropped.
    StringJoiner out = new StringJoiner(" ");
    for (String word : slug.split("-")) {
      out.add(word.isEmpty() ? word : word.substring(0, word.offsetByCodePoints(0, 1))
          .toUpperCase(Locale.ROOT) + word.substring(word.offsetByCodePoints(0, 1))
          .toLowerCase(Locale.ROOT));
    }
    return out.toString();
  }

  private static String relativePath(String path) {
    if (path.isEmpty() || path.startsWith("/") || path.indexOf('\\') >= 0
        || path.indexOf('\n') >= 0 || path.indexOf('\r') >= 0) {
      throw LinkPostException.invalid("post path",
          "must be relative to the site's folder, with / between folders", path);
    }
    for (String part : path.split("/", -1)) {
      if (part.equals(POSTS)) {
        return path;
      }
    }
    return POSTS + "/" + path;
  }

  private static LocalDate fileDate(String text, String path) {
    String[] parts = text.split("-");
    try {
      int year = Integer.parseInt(parts[0]);
      // Ruby reads a two-digit year as this century's, as Jekyll's Time.parse does.
      if (parts[0].length() == 2) {
        year += 2000;
      }
      return LocalDate.of(year, Integer.parseInt(parts[1]), Integer.parseInt(parts[2]));
    } catch (java.time.DateTimeException e) {
      throw LinkPostException.invalid("post path", "must start with a valid date", path);
    }
  }

  /**
   * Jekyll's categories: the folders above {@code _posts}, then the front matter's
   * {@code categories}, then {@code category} (or {@code categories} again), each once.
   */
  private static List<String> categories(String relative, String name, LinkPost post) {
    Set<String> all = new LinkedHashSet<>();
    int posts = relative.indexOf(POSTS);
    if (!relative.startsWith(POSTS)) {
      for (String dir : relative.substring(0, posts).split("/")) {
        if (!dir.isEmpty() && !dir.equals(POSTS) && !dir.equals(name)) {
          all.add(dir);
        }
      }
    }
    all.addAll(post.categories());
    Object category = post.extraFrontMatter().get("category");
    if (category != null) {
      flatten("front matter category", category, all);
    }
    return List.copyOf(all);
  }

  private static void flatten(String field, Object value, Set<String> into) {
    if (value instanceof List<?> list) {
      for (Object item : list) {
        flatten(field, item, into);
      }
    } else if (value instanceof java.util.Map<?, ?>) {
      throw LinkPostException.invalid(field, "must be text or a list for Jekyll's categories", value);
    } else {
      into.add(String.valueOf(value));
    }
  }

  /** Ruby's {@code File.extname}: the last dot of the last name and what follows, or nothing. */
  private static String rubyExtname(String path) {
    String name = path.substring(path.lastIndexOf('/') + 1);
    int start = 0;
    while (start < name.length() && name.charAt(start) == '.') {
      start++;
    }
    int dot = name.lastIndexOf('.');
    return dot < start ? "" : name.substring(dot);
  }

  /** Jekyll's {@code page.date}: the front matter's, else the file name's day, in the zone. */
  public ZonedDateTime date() {
    return date;
  }

  /** The path in the site, in {@code _posts} when it was given outside one. */
  public String relativePath() {
    return relativePath;
  }

  /** The day the file name starts with. */
  public LocalDate fileDay() {
    return fileDay;
  }

  /** Jekyll's categories of the post, each once, as the front matter and folders have them. */
  public List<String> categories() {
    return categories;
  }

  /**
   * Jekyll's tags: the front matter's {@code tag} when it has one, else its {@code tags}.
   */
  public static List<String> tags(LinkPost post) {
    Object tag = post.extraFrontMatter().get("tag");
    if (tag == null) {
      return post.tags();
    }
    Set<String> tags = new LinkedHashSet<>();
    flatten("front matter tag", tag, tags);
    return List.copyOf(tags);
  }

  /** The value of a placeholder, or null when Jekyll has none of that name. */
  public String value(String name) {
    return switch (name) {
      case "collection" -> "posts";
      case "path" -> path();
      case "name" -> JekyllSlugs.slug(basename);
      case "title" -> JekyllSlugs.prettyCased(slug);
      case "slug" -> JekyllSlugs.slug(slug);
      case "categories" -> join(categories, false);
      case "slugified_categories" -> join(categories, true);
      case "output_ext" -> outputExt;
      case "year" -> pad(date.getYear(), 4);
      case "month" -> pad(date.getMonthValue(), 2);
      case "day" -> pad(date.getDayOfMonth(), 2);
      case "hour" -> pad(date.getHour(), 2);
      case "minute" -> pad(date.getMinute(), 2);
      case "second" -> pad(date.getSecond(), 2);
      case "i_day" -> Integer.toString(date.getDayOfMonth());
      case "i_month" -> Integer.toString(date.getMonthValue());
      case "short_month" -> date.getMonth().getDisplayName(TextStyle.SHORT, Locale.ENGLISH);
      case "long_month" -> date.getMonth().getDisplayName(TextStyle.FULL, Locale.ENGLISH);
      case "short_year" -> pad(Math.floorMod(date.getYear(), 100), 2);
      case "w_year" -> Integer.toString(date.get(IsoFields.WEEK_BASED_YEAR));
      case "week" -> pad(date.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR), 2);
      case "w_day" -> Integer.toString(date.getDayOfWeek().getValue());
      case "short_day" -> shortDay(date.getDayOfWeek());
      case "long_day" -> date.getDayOfWeek().getDisplayName(TextStyle.FULL, Locale.ENGLISH);
      case "y_day" -> pad(date.getDayOfYear(), 3);
      default -> null;
    };
  }

  private static String shortDay(DayOfWeek day) {
    return day.getDisplayName(TextStyle.SHORT, Locale.ENGLISH);
  }

  /** {@code Document#cleaned_relative_path}: no extension, the first "_posts" out, no final dots. */
  private String path() {
    String noExt = relativePath.substring(0, relativePath.length() - ext.length());
    String cleaned = noExt.replaceFirst(Pattern.quote(POSTS), "");
    return TRAILING_DOTS.matcher(cleaned).replaceFirst("");
  }

  private static String join(List<String> categories, boolean slugified) {
    Set<String> seen = new LinkedHashSet<>();
    for (String category : categories) {
      seen.add(slugified ? JekyllSlugs.slug(category) : JekyllSlugs.downcase(category));
    }
    return String.join("/", new ArrayList<>(seen));
  }

  private static String pad(int value, int width) {
    String digits = Integer.toString(value);
    return digits.length() >= width ? digits : "0".repeat(width - digits.length()) + digits;
  }
}
