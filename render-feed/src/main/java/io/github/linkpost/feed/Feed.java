package io.github.linkpost.feed;

import io.github.linkpost.LinkPostException;
import io.github.linkpost.feed.internal.Texts;
import io.github.linkpost.feed.internal.WebUrls;
import java.net.URI;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * What a feed says of itself: its title, the site's home page, where the feed is served, its
 * author, language and icon.
 *
 * <pre>{@code
 * Feed feed = Feed.builder("Notes", URI.create("https://blog.example.org/"))
 *     .feedUrl(URI.create("https://blog.example.org/feed.xml"))
 *     .author("Ada Lovelace")
 *     .language("en")
 *     .build();
 * }</pre>
 *
 * <p>The title and home page are required; the rest is optional. Text is plain text, shown
 * exactly as typed; URLs are absolute http(s). Immutable.
 */
public final class Feed {
  private static final Pattern LANGUAGE = Pattern.compile("[A-Za-z]{1,8}(-[A-Za-z0-9]{1,8})*");

  private final String title;
  private final URI home;
  private final Optional<URI> feedUrl;
  private final Optional<String> author;
  private final Optional<URI> authorUrl;
  private final Optional<String> language;
  private final Optional<URI> icon;
  private final Optional<OffsetDateTime> updated;

  private Feed(Builder b) {
    this.title = b.title;
    this.home = b.home;
    this.feedUrl = b.feedUrl;
    this.author = b.author;
    this.authorUrl = b.authorUrl;
    this.language = b.language;
    this.icon = b.icon;
    this.updated = b.updated;
  }

  /**
   * Starts a feed.
   *
   * @param title plain text, not blank
   * @param home the site's home page, an absolute http(s) URL
   * @return a new builder
   * @throws LinkPostException when the title is blank or the URL is not one
   */
  public static Builder builder(String title, URI home) {
    return new Builder(title, home);
  }

  /**
   * The title: plain text.
   *
   * @return the title
   */
  public String title() {
    return title;
  }

  /**
   * The site's home page.
   *
   * @return an absolute http(s) URL
   */
  public URI home() {
    return home;
  }

  /**
   * Where the feed itself is served (Atom's {@code rel="self"}, JSON Feed's {@code feed_url}).
   *
   * @return the URL, when set
   */
  public Optional<URI> feedUrl() {
    return feedUrl;
  }

  /**
   * Who writes the posts, unless a post names its own {@code author}.
   *
   * @return the name, when set
   */
  public Optional<String> author() {
    return author;
  }

  /**
   * The author's page.
   *
   * @return the URL, when set
   */
  public Optional<URI> authorUrl() {
    return authorUrl;
  }

  /**
   * The language of the posts.
   *
   * @return a language tag such as {@code en} or {@code pt-BR}, when set
   */
  public Optional<String> language() {
    return language;
  }

  /**
   * The feed's icon.
   *
   * @return the URL, when set
   */
  public Optional<URI> icon() {
    return icon;
  }

  /**
   * When the feed last changed, when set; otherwise a writer takes the date of its first (the
   * newest) entry.
   *
   * @return the time, when set
   */
  public Optional<OffsetDateTime> updated() {
    return updated;
  }

  /**
   * A builder with this feed's values.
   *
   * @return a new builder
   */
  public Builder toBuilder() {
    Builder b = new Builder(title, home);
    b.feedUrl = feedUrl;
    b.author = author;
    b.authorUrl = authorUrl;
    b.language = language;
    b.icon = icon;
    b.updated = updated;
    return b;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Feed f && title.equals(f.title) && home.equals(f.home)
        && feedUrl.equals(f.feedUrl) && author.equals(f.author) && authorUrl.equals(f.authorUrl)
        && language.equals(f.language) && icon.equals(f.icon) && updated.equals(f.updated);
  }

  @Override
  public int hashCode() {
    return Objects.hash(title, home, feedUrl, author, authorUrl, language, icon, updated);
  }

  @Override
  public String toString() {
    return "Feed[" + title + ", " + home + "]";
  }

  /** Builds a {@link Feed}; every method checks its value at once. */
  public static final class Builder {
    private final String title;
    private final URI home;
    private Optional<URI> feedUrl = Optional.empty();
    private Optional<String> author = Optional.empty();
    private Optional<URI> authorUrl = Optional.empty();
    private Optional<String> language = Optional.empty();
    private Optional<URI> icon = Optional.empty();
    private Optional<OffsetDateTime> updated = Optional.empty();

    private Builder(String title, URI home) {
      this.title = Texts.plain("Feed.title", LinkPostException.notNull("title", title));
      this.home = WebUrls.web("Feed.home", LinkPostException.notNull("home", home));
    }

    /**
     * Where the feed is served.
     *
     * @param feedUrl an absolute http(s) URL
     * @return this builder
     */
    public Builder feedUrl(URI feedUrl) {
      this.feedUrl = Optional.of(WebUrls.web("Feed.feedUrl", LinkPostException.notNull("feedUrl", feedUrl)));
      return this;
    }

    /**
     * Who writes the posts.
     *
     * @param name plain text on one line, not blank
     * @return this builder
     */
    public Builder author(String name) {
      this.author = Optional.of(Texts.oneLine("Feed.author", LinkPostException.notNull("name", name)));
      return this;
    }

    /**
     * The author's page.
     *
     * @param url an absolute http(s) URL
     * @return this builder
     */
    public Builder authorUrl(URI url) {
      this.authorUrl = Optional.of(WebUrls.web("Feed.authorUrl", LinkPostException.notNull("url", url)));
      return this;
    }

    /**
     * The posts' language.
     *
     * @param language a language tag ({@code en}, {@code pt-BR})
     * @return this builder
     */
    public Builder language(String language) {
      LinkPostException.notNull("language", language);
      if (!LANGUAGE.matcher(language).matches()) {
        throw LinkPostException.invalid("Feed.language", "must be a language tag such as en or pt-BR",
            language);
      }
      this.language = Optional.of(language);
      return this;
    }

    /**
     * The feed's icon.
     *
     * @param icon an absolute http(s) URL of an image
     * @return this builder
     */
    public Builder icon(URI icon) {
      this.icon = Optional.of(WebUrls.web("Feed.icon", LinkPostException.notNull("icon", icon)));
      return this;
    }

    /**
     * When the feed last changed.
     *
     * @param updated the time (kept to the second); by default the newest entry's date
     * @return this builder
     */
    public Builder updated(OffsetDateTime updated) {
      this.updated = Optional.of(LinkPostException.notNull("updated", updated).truncatedTo(ChronoUnit.SECONDS));
      return this;
    }

    /**
     * The feed.
     *
     * @return an immutable value
     */
    public Feed build() {
      return new Feed(this);
    }
  }
}
