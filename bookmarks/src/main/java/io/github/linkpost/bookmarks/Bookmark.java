package io.github.linkpost.bookmarks;

import io.github.linkpost.LinkPostException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * One bookmark as an export holds it: the URL, the title, when it was added and last changed,
 * the notes, the tags, the folders it is filed in, whether it is private or marked to read, and
 * the line of the file it was read from.
 *
 * <pre>{@code
 * Bookmark mark = Bookmark.builder()
 *     .url("https://example.org/tides/")
 *     .title("Tide tables, explained")
 *     .added(Instant.parse("2025-10-13T18:59:00Z"))
 *     .notes("Read the part on \"spring\" tides.")
 *     .addTags("sea", "science")
 *     .addFolders("Bookmarks Menu", "Reading")
 *     .build();
 * mark.isWebPage(); // true: an http or https URL
 * }</pre>
 *
 * <p>Values are kept as the file gives them: the URL as written (any scheme; {@link
 * #isWebPage()} tells an http or https one), the title and notes as plain text. Tags are one
 * line each, without repeats (a repeated tag is kept once, where it first stands). The line
 * takes no part in equality: two bookmarks read from different lines are equal when their
 * values are.
 */
@Value.Immutable
@SuppressWarnings("exports") // Immutables' annotations are compile-time only
public abstract class Bookmark {
  Bookmark() {}

  /**
   * Starts a bookmark.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * The URL, as the file gives it.
   *
   * @return the URL, not blank, one line
   */
  public abstract String url();

  /**
   * The title: plain text.
   *
   * @return the title, when the bookmark has one that is not blank
   */
  public abstract Optional<String> title();

  /**
   * When the bookmark was added.
   *
   * @return the instant, when the file says
   */
  public abstract Optional<Instant> added();

  /**
   * When the bookmark was last changed.
   *
   * @return the instant, when the file says
   */
  public abstract Optional<Instant> modified();

  /**
   * The notes (a description, an annotation, Pinboard's "extended"): plain text as the file
   * gives it, line breaks included.
   *
   * @return the notes, when there are any that are not blank
   */
  public abstract Optional<String> notes();

  /**
   * The tags, in the file's order.
   *
   * @return the tags, each one line, no repeats; possibly empty
   */
  public abstract List<String> tags();

  /**
   * The folders the bookmark is filed in, outermost first: its folder path.
   *
   * @return the folder names, possibly empty
   */
  public abstract List<String> folders();

  /**
   * Whether the bookmark is private (not shared).
   *
   * @return false unless set
   */
  @Value.Default
  public boolean isPrivate() {
    return false;
  }

  /**
   * Whether the bookmark is marked "to read" (unread).
   *
   * @return false unless set
   */
  @Value.Default
  public boolean isToRead() {
    return false;
  }

  /**
   * The 1-based line of the file the bookmark starts on; not part of the content.
   *
   * @return the line, or 0 when the bookmark was not read from a file
   */
  @Value.Default
  @Value.Auxiliary
  public int line() {
    return 0;
  }

  /**
   * Whether the URL is an http or https one (the scheme in any case), which a link post can
   * point at. Bookmarklets ({@code javascript:}), a browser's own places ({@code place:},
   * {@code about:}, {@code chrome:}), files and {@code data:} URLs are not.
   *
   * @return true for an http or https URL
   */
  public boolean isWebPage() {
    String scheme = scheme(url());
    return scheme.equals("http") || scheme.equals("https");
  }

  /**
   * A copy read from another line.
   *
   * @param line the 1-based line, or 0
   * @return the copy
   */
  public abstract Bookmark withLine(int line);

  /**
   * A builder with this bookmark's values.
   *
   * @return a new builder
   */
  public Builder toBuilder() {
    return builder().from(this);
  }

  /** The URL's scheme, lower-cased, as a browser reads it (leading spaces and controls aside). */
  static String scheme(String url) {
    int start = 0;
    while (start < url.length() && url.charAt(start) <= ' ') {
      start++;
    }
    int i = start;
    while (i < url.length()) {
      char c = url.charAt(i);
      boolean letter = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
      if (!(letter || (i > start && ((c >= '0' && c <= '9') || c == '+' || c == '-' || c == '.')))) {
        break;
      }
      i++;
    }
    return i > start && i < url.length() && url.charAt(i) == ':'
        ? url.substring(start, i).toLowerCase(Locale.ROOT) : "";
  }

  @Value.Check
  Bookmark normalize() {
    if (tags().size() > 1 && new LinkedHashSet<>(tags()).size() < tags().size()) {
      return ImmutableBookmark.newBuilder().from(this)
          .tags(new ArrayList<>(new LinkedHashSet<>(tags()))).build();
    }
    if (url().isBlank()) {
      throw LinkPostException.invalid("Bookmark.url", "must not be blank", url());
    }
    if (url().indexOf('\n') >= 0 || url().indexOf('\r') >= 0) {
      throw LinkPostException.invalid("Bookmark.url", "must be one line", url());
    }
    title().ifPresent(t -> notBlank("Bookmark.title", t));
    notes().ifPresent(n -> notBlank("Bookmark.notes", n));
    for (String tag : tags()) {
      notBlank("Bookmark.tags", tag);
      if (tag.indexOf('\n') >= 0 || tag.indexOf('\r') >= 0) {
        throw LinkPostException.invalid("Bookmark.tags", "must be one line each", tag);
      }
    }
    if (line() < 0) {
      throw LinkPostException.invalid("Bookmark.line", "must not be negative", line());
    }
    return this;
  }

  private static void notBlank(String field, String value) {
    if (value.isBlank()) {
      throw LinkPostException.invalid(field, "must not be blank", value);
    }
  }

  /**
   * Builds a {@link Bookmark}: {@code url} is required; everything else is optional.
   * {@link #build()} checks every rule and names the field that breaks one.
   */
  public static final class Builder {
    private final ImmutableBookmark.Builder values = ImmutableBookmark.newBuilder();

    Builder() {}

    /**
     * Copies every value of a bookmark, its line included.
     *
     * @param bookmark the bookmark to copy
     * @return this builder
     */
    public Builder from(Bookmark bookmark) {
      values.from(bookmark);
      return this;
    }

    /**
     * The URL (required).
     *
     * @param url not blank, one line, any scheme
     * @return this builder
     */
    public Builder url(String url) {
      values.url(url);
      return this;
    }

    /**
     * The title.
     *
     * @param title plain text, not blank
     * @return this builder
     */
    public Builder title(String title) {
      values.title(title);
      return this;
    }

    /**
     * The title, or none.
     *
     * @param title the title, or empty
     * @return this builder
     */
    public Builder title(Optional<String> title) {
      values.title(title);
      return this;
    }

    /**
     * When the bookmark was added.
     *
     * @param added the instant
     * @return this builder
     */
    public Builder added(Instant added) {
      values.added(added);
      return this;
    }

    /**
     * When the bookmark was added, or not known.
     *
     * @param added the instant, or empty
     * @return this builder
     */
    public Builder added(Optional<Instant> added) {
      values.added(added);
      return this;
    }

    /**
     * When the bookmark was last changed.
     *
     * @param modified the instant
     * @return this builder
     */
    public Builder modified(Instant modified) {
      values.modified(modified);
      return this;
    }

    /**
     * When the bookmark was last changed, or not known.
     *
     * @param modified the instant, or empty
     * @return this builder
     */
    public Builder modified(Optional<Instant> modified) {
      values.modified(modified);
      return this;
    }

    /**
     * The notes.
     *
     * @param notes plain text, not blank
     * @return this builder
     */
    public Builder notes(String notes) {
      values.notes(notes);
      return this;
    }

    /**
     * The notes, or none.
     *
     * @param notes the notes, or empty
     * @return this builder
     */
    public Builder notes(Optional<String> notes) {
      values.notes(notes);
      return this;
    }

    /**
     * Adds tags.
     *
     * @param tags each one line, not blank
     * @return this builder
     */
    public Builder addTags(String... tags) {
      values.addTags(tags);
      return this;
    }

    /**
     * Adds tags.
     *
     * @param tags each one line, not blank
     * @return this builder
     */
    public Builder addAllTags(Iterable<String> tags) {
      values.addAllTags(tags);
      return this;
    }

    /**
     * Adds folders to the folder path, after those added so far.
     *
     * @param folders folder names, outermost first
     * @return this builder
     */
    public Builder addFolders(String... folders) {
      values.addFolders(folders);
      return this;
    }

    /**
     * Replaces the folder path.
     *
     * @param folders folder names, outermost first
     * @return this builder
     */
    public Builder folders(Iterable<String> folders) {
      values.folders(folders);
      return this;
    }

    /**
     * Whether the bookmark is private.
     *
     * @param isPrivate default false
     * @return this builder
     */
    public Builder isPrivate(boolean isPrivate) {
      values.isPrivate(isPrivate);
      return this;
    }

    /**
     * Whether the bookmark is marked to read.
     *
     * @param isToRead default false
     * @return this builder
     */
    public Builder isToRead(boolean isToRead) {
      values.isToRead(isToRead);
      return this;
    }

    /**
     * The line of the file the bookmark starts on.
     *
     * @param line 1-based, or 0 (the default) when not read from a file
     * @return this builder
     */
    public Builder line(int line) {
      values.line(line);
      return this;
    }

    /**
     * Builds the bookmark.
     *
     * @return the bookmark
     * @throws LinkPostException when a value breaks a rule or the URL is missing
     */
    public Bookmark build() {
      try {
        return values.build();
      } catch (IllegalStateException e) {
        throw new LinkPostException("Bookmark: " + e.getMessage(), e);
      }
    }
  }
}
