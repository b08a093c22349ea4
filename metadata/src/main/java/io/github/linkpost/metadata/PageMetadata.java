package io.github.linkpost.metadata;

import io.github.linkpost.LinkPostException;
import io.github.linkpost.metadata.internal.MetadataExtractor;
import java.net.URI;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * What a web page says about itself: its title, authors, publication date, site name,
 * description and canonical URL, each with the {@link MetadataSource} it was read from.
 *
 * <pre>{@code
 * WebPage page = PageFetcher.standard().fetch(URI.create("https://example.org/2024/11/10/notes/"));
 * PageMetadata meta = PageMetadata.read(page);
 * meta.title();                         // Optional["Notes on local models"]
 * meta.author();                        // Optional["Jane Doe and John Roe"]
 * meta.published();                     // Optional[2024-11-10]
 * meta.source(PageMetadata.Field.TITLE) // Optional[JSON_LD]
 * }</pre>
 *
 * <h2>Where each value comes from</h2>
 * Each field is taken from the first of these sources that gives a usable value:
 * <ol>
 *   <li>schema.org JSON-LD: the page's article ({@code Article}, {@code NewsArticle},
 *       {@code BlogPosting}, {@code TechArticle}, {@code ScholarlyArticle}, {@code Report} and
 *       their kin; else another creative work; else the {@code WebPage}), found in
 *       {@code @graph}s and arrays, {@code @id} references followed: {@code headline} or
 *       {@code name}, {@code author}, {@code datePublished}, {@code publisher} or the
 *       {@code WebSite}'s {@code name}, {@code description}, {@code url};
 *   <li>the microformats2 {@code h-entry}: {@code p-name}, {@code p-author} (its
 *       {@code h-card}'s name), {@code dt-published};
 *   <li>Open Graph: {@code og:title}, {@code og:site_name}, {@code og:description},
 *       {@code og:url}, {@code article:author}, {@code article:published_time};
 *   <li>{@code <meta name>}: {@code author}, {@code byl}, {@code parsely-*},
 *       {@code description}, {@code application-name}, dates such as {@code pubdate};
 *   <li>{@code citation_*} (scholarly papers): title, authors, publication date, journal;
 *   <li>Dublin Core ({@code DC.*}, {@code dcterms.*});
 *   <li>schema.org microdata ({@code itemprop});
 *   <li>Twitter cards ({@code twitter:title}, {@code twitter:description});
 *   <li>the first {@code <time datetime>} inside the {@code <article>} (or {@code <main>});
 *   <li>the visible byline: a {@code rel="author"} link, an element of class {@code byline};
 *   <li>a date in the URL's path ({@code /2024/11/10/});
 *   <li>the {@code <title>} element.
 * </ol>
 * The markup made for machines comes first: JSON-LD and microformats describe the article
 * itself (a page's Open Graph tags are often written for sharing, with the site name added),
 * and what a page shows to people (bylines, {@code <time>}) is the least precise. Two rules
 * mend what the order alone gets wrong on real pages: a JSON-LD {@code headline} that another
 * source shows to be cut short (search engines ask for at most 110 characters) gives way to
 * the whole title; and an author that is the site or its publisher (an {@code Organization})
 * gives way to a person named by a later source. The canonical URL comes from
 * {@code <link rel="canonical">} first, since that is what the element declares.
 *
 * <h2>How values are cleaned</h2>
 * Text has its character references decoded, markup removed and white space collapsed. A
 * title loses a site-name prefix or suffix ({@code " | Site"}, {@code " - Site"},
 * {@code " — Site"}, {@code " · Site"}, ...) when the site name is known, or is the host's
 * name. Authors are names: a byline such as {@code "By Jane Doe and John Roe"} gives two
 * names, {@code "Doe, Jane"} (as papers write it) gives {@code "Jane Doe"}, and URLs of
 * profiles, e-mail addresses and handles are no names. A date is kept as the page gives it:
 * a day ({@link #published()}), and with its time when the page gives one with an offset
 * ({@link #publishedAt()}); ISO 8601, RFC 1123, {@code 2024/11/10}, {@code 20241110} and
 * English forms such as {@code November 10, 2024} or {@code 10 Nov 2024} are read. Malformed
 * markup and JSON-LD are read around: what can be read is, the rest is left.
 *
 * <p>Values are immutable and thread-safe. Absent values are empty, never {@code null}.
 */
public final class PageMetadata {
  /** The fields of a page's metadata, for {@link #source(Field)}. */
  public enum Field {
    /** {@link #title()}. */
    TITLE,
    /** {@link #authors()}. */
    AUTHOR,
    /** {@link #published()} and {@link #publishedAt()}. */
    PUBLISHED,
    /** {@link #siteName()}. */
    SITE_NAME,
    /** {@link #description()}. */
    DESCRIPTION,
    /** {@link #canonicalUrl()}. */
    CANONICAL_URL
  }

  private static final PageMetadata EMPTY = builder().build();

  private final String title;
  private final List<String> authors;
  private final LocalDate published;
  private final OffsetDateTime publishedAt;
  private final String siteName;
  private final String description;
  private final URI canonicalUrl;
  private final Map<Field, MetadataSource> sources;

  private PageMetadata(Builder b) {
    this.title = b.title;
    this.authors = List.copyOf(b.authors);
    this.published = b.publishedAt != null ? b.publishedAt.toLocalDate() : b.published;
    this.publishedAt = b.publishedAt;
    this.siteName = b.siteName;
    this.description = b.description;
    this.canonicalUrl = b.canonicalUrl;
    EnumMap<Field, MetadataSource> kept = new EnumMap<>(Field.class);
    b.sources.forEach((field, source) -> {
      if (has(field)) {
        kept.put(field, source);
      }
    });
    this.sources = Collections.unmodifiableMap(kept);
  }

  private boolean has(Field field) {
    return switch (field) {
      case TITLE -> title != null;
      case AUTHOR -> !authors.isEmpty();
      case PUBLISHED -> published != null;
      case SITE_NAME -> siteName != null;
      case DESCRIPTION -> description != null;
      case CANONICAL_URL -> canonicalUrl != null;
    };
  }

  /**
   * Reads a page's metadata.
   *
   * @param page the page (its HTML and the URL it was found at)
   * @return what the page says about itself; empty fields where it says nothing usable
   */
  public static PageMetadata read(WebPage page) {
    Objects.requireNonNull(page, "page");
    return MetadataExtractor.read(page.html(), page.url());
  }

  /**
   * Reads a page's metadata from its HTML.
   *
   * @param html the page's HTML
   * @param url the absolute URL the page was found at (relative URLs on the page are resolved
   *     against it, and a date in its path is one of the sources)
   * @return what the page says about itself
   */
  public static PageMetadata read(String html, URI url) {
    return read(WebPage.of(html, url));
  }

  /**
   * Metadata with no values.
   *
   * @return the empty value
   */
  public static PageMetadata empty() {
    return EMPTY;
  }

  /**
   * Starts a value; used by readers, and by tests that need one.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * A builder with this value's values.
   *
   * @return a new builder
   */
  public Builder toBuilder() {
    Builder b = new Builder();
    b.title = title;
    b.authors.addAll(authors);
    b.published = published;
    b.publishedAt = publishedAt;
    b.siteName = siteName;
    b.description = description;
    b.canonicalUrl = canonicalUrl;
    b.sources.putAll(sources);
    return b;
  }

  /**
   * The page's title, without the site's name.
   *
   * @return the title: one line, not blank
   */
  public Optional<String> title() {
    return Optional.ofNullable(title);
  }

  /**
   * Who wrote the page, in the order the page names them.
   *
   * @return the names, possibly none
   */
  public List<String> authors() {
    return authors;
  }

  /**
   * The authors as one line: {@code "Ada"}, {@code "Ada and Bo"}, {@code "Ada, Bo and Cy"}.
   *
   * @return the line, when the page names an author
   */
  public Optional<String> author() {
    if (authors.isEmpty()) {
      return Optional.empty();
    }
    if (authors.size() == 1) {
      return Optional.of(authors.get(0));
    }
    return Optional.of(String.join(", ", authors.subList(0, authors.size() - 1))
        + " and " + authors.get(authors.size() - 1));
  }

  /**
   * The day the page was published, as the page gives it (in its own offset when it gives a
   * time).
   *
   * @return the date, when known
   */
  public Optional<LocalDate> published() {
    return Optional.ofNullable(published);
  }

  /**
   * The instant the page was published, with the offset the page gives it in.
   *
   * @return the date and time, when the page gives a time with an offset
   */
  public Optional<OffsetDateTime> publishedAt() {
    return Optional.ofNullable(publishedAt);
  }

  /**
   * The name of the site the page belongs to.
   *
   * @return the name, when known
   */
  public Optional<String> siteName() {
    return Optional.ofNullable(siteName);
  }

  /**
   * The page's summary of itself.
   *
   * @return the description, when there is one
   */
  public Optional<String> description() {
    return Optional.ofNullable(description);
  }

  /**
   * The URL the page names as its own.
   *
   * @return an absolute http or https URL, when the page names one
   */
  public Optional<URI> canonicalUrl() {
    return Optional.ofNullable(canonicalUrl);
  }

  /**
   * Where a field's value was found.
   *
   * @param field the field
   * @return the source, when the field has a value and its source is known
   */
  public Optional<MetadataSource> source(Field field) {
    return Optional.ofNullable(sources.get(Objects.requireNonNull(field, "field")));
  }

  /**
   * Where each field with a value was found.
   *
   * @return the sources, by field
   */
  public Map<Field, MetadataSource> sources() {
    return sources;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof PageMetadata m && Objects.equals(title, m.title)
        && authors.equals(m.authors) && Objects.equals(published, m.published)
        && Objects.equals(publishedAt, m.publishedAt) && Objects.equals(siteName, m.siteName)
        && Objects.equals(description, m.description)
        && Objects.equals(canonicalUrl, m.canonicalUrl) && sources.equals(m.sources);
  }

  @Override
  public int hashCode() {
    return Objects.hash(title, authors, published, publishedAt, siteName, description,
        canonicalUrl, sources);
  }

  @Override
  public String toString() {
    StringBuilder s = new StringBuilder("PageMetadata{");
    List<String> parts = new ArrayList<>();
    if (title != null) {
      parts.add("title=" + title);
    }
    if (!authors.isEmpty()) {
      parts.add("authors=" + authors);
    }
    if (publishedAt != null) {
      parts.add("publishedAt=" + publishedAt);
    } else if (published != null) {
      parts.add("published=" + published);
    }
    if (siteName != null) {
      parts.add("siteName=" + siteName);
    }
    if (description != null) {
      parts.add("description=" + description);
    }
    if (canonicalUrl != null) {
      parts.add("canonicalUrl=" + canonicalUrl);
    }
    if (!sources.isEmpty()) {
      parts.add("sources=" + sources);
    }
    return s.append(String.join(", ", parts)).append('}').toString();
  }

  /**
   * Builds a {@link PageMetadata}. Every value is optional; text values must be one line and
   * not blank, the canonical URL absolute http or https.
   */
  public static final class Builder {
    private String title;
    private final List<String> authors = new ArrayList<>();
    private LocalDate published;
    private OffsetDateTime publishedAt;
    private String siteName;
    private String description;
    private URI canonicalUrl;
    private final EnumMap<Field, MetadataSource> sources = new EnumMap<>(Field.class);

    private Builder() {}

    /**
     * The title.
     *
     * @param title one line, not blank
     * @return this builder
     */
    public Builder title(String title) {
      this.title = line("PageMetadata.title", title);
      return this;
    }

    /**
     * Adds an author after those added so far.
     *
     * @param author a name: one line, not blank
     * @return this builder
     */
    public Builder addAuthor(String author) {
      authors.add(line("PageMetadata.authors", author));
      return this;
    }

    /**
     * The publication day.
     *
     * @param published the date
     * @return this builder
     */
    public Builder published(LocalDate published) {
      this.published = Objects.requireNonNull(published, "published");
      this.publishedAt = null;
      return this;
    }

    /**
     * The publication instant, with the page's offset; the day is its local date.
     *
     * @param publishedAt the date and time
     * @return this builder
     */
    public Builder publishedAt(OffsetDateTime publishedAt) {
      this.publishedAt = Objects.requireNonNull(publishedAt, "publishedAt");
      this.published = publishedAt.toLocalDate();
      return this;
    }

    /**
     * The site's name.
     *
     * @param siteName one line, not blank
     * @return this builder
     */
    public Builder siteName(String siteName) {
      this.siteName = line("PageMetadata.siteName", siteName);
      return this;
    }

    /**
     * The description.
     *
     * @param description one line, not blank
     * @return this builder
     */
    public Builder description(String description) {
      this.description = line("PageMetadata.description", description);
      return this;
    }

    /**
     * The canonical URL.
     *
     * @param canonicalUrl an absolute http or https URL
     * @return this builder
     */
    public Builder canonicalUrl(URI canonicalUrl) {
      Objects.requireNonNull(canonicalUrl, "canonicalUrl");
      String scheme = canonicalUrl.getScheme();
      if (scheme == null || canonicalUrl.getHost() == null
          || !List.of("http", "https").contains(scheme.toLowerCase(Locale.ROOT))) {
        throw LinkPostException.invalid("PageMetadata.canonicalUrl",
            "must be an absolute http or https URL", canonicalUrl);
      }
      this.canonicalUrl = canonicalUrl;
      return this;
    }

    /**
     * Where a field's value came from; kept only for fields that have a value.
     *
     * @param field the field
     * @param source the source
     * @return this builder
     */
    public Builder source(Field field, MetadataSource source) {
      sources.put(Objects.requireNonNull(field, "field"), Objects.requireNonNull(source, "source"));
      return this;
    }

    /**
     * Builds the value.
     *
     * @return the value
     */
    public PageMetadata build() {
      return new PageMetadata(this);
    }

    private static String line(String field, String value) {
      Objects.requireNonNull(value, field);
      if (value.isBlank()) {
        throw LinkPostException.invalid(field, "must not be blank", value);
      }
      for (int i = 0; i < value.length(); i++) {
        char c = value.charAt(i);
        if (c == '\n' || c == '\r' || c == '\u2028' || c == '\u2029' || c == '\u0085') {
          throw LinkPostException.invalid(field, "must be one line", value);
        }
        if (Character.isISOControl(c) && c != '\t') {
          throw LinkPostException.invalid(field, "must not hold control characters", value);
        }
      }
      return value;
    }
  }
}
