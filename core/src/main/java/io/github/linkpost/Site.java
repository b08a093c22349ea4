package io.github.linkpost;

import java.net.URI;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * What a Jekyll site's {@code _config.yml} says that matters to link posts: the zone, the
 * Markdown file extensions, kramdown's options, the permalink style, the site's address, title
 * and author, and the {@link PostStyle} of its link posts. Built in code, or read from a
 * {@code _config.yml} by the Markdown module's {@code JekyllSite}.
 *
 * <pre>{@code
 * Site site = Site.builder()
 *     .timezone(ZoneId.of("America/Vancouver"))
 *     .url(URI.create("https://blog.example.org"))
 *     .title("Links of the day")
 *     .style(PostStyle.frontMatter())
 *     .build();
 * site.zone();            // America/Vancouver: times without a label, file names
 * site.style().zone();    // the same zone
 * site.isMarkdown("2025-10-13-tides.markdown"); // true
 * }</pre>
 *
 * <p>Defaults are Jekyll's: no {@code timezone} (the system zone), {@code markdown_ext}
 * {@code markdown,mkdown,mkdn,mkd,md}, {@code permalink} {@code date}, {@code baseurl} empty.
 * The style's zone is always the site's {@link #zone()}.
 */
@Value.Immutable
@SuppressWarnings("exports") // Immutables' annotations are compile-time only
public abstract class Site {
  /** Jekyll's default {@code markdown_ext}. */
  public static final List<String> MARKDOWN_EXTENSIONS =
      List.of("markdown", "mkdown", "mkdn", "mkd", "md");

  Site() {}

  /**
   * A site with Jekyll's defaults and the reference style.
   *
   * @return the site
   */
  public static Site defaults() {
    return builder().build();
  }

  /**
   * Starts a site with Jekyll's defaults.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * A builder with this site's values.
   *
   * @return a new builder
   */
  public Builder toBuilder() {
    return builder().from(this);
  }

  /**
   * A copy with another {@code timezone}.
   *
   * @param zone the zone
   * @return the copy
   */
  public final Site withTimezone(ZoneId zone) {
    return self().copyWithTimezone(Checks.notNull("Site.timezone", zone));
  }

  /**
   * A copy with another {@code timezone}, or none (the system zone).
   *
   * @param zone the zone, or empty
   * @return the copy
   */
  public final Site withTimezone(Optional<ZoneId> zone) {
    return self().copyWithTimezone(Checks.notNull("Site.timezone", zone));
  }

  /**
   * A copy with other {@code markdown_ext}.
   *
   * @param extensions without the dot
   * @return the copy
   */
  public final Site withMarkdownExtensions(Iterable<String> extensions) {
    return self().copyWithMarkdownExtensions(
        Checks.elements("Site.markdownExtensions", extensions));
  }

  /**
   * A copy with other {@code kramdown} options.
   *
   * @param options the options, in order
   * @return the copy
   */
  public final Site withKramdown(Map<String, ?> options) {
    return self().copyWithKramdown(Checks.entries("Site.kramdown", options));
  }

  /**
   * A copy with another {@code permalink}.
   *
   * @param permalink a style name or template
   * @return the copy
   */
  public final Site withPermalink(String permalink) {
    return self().copyWithPermalink(Checks.notNull("Site.permalink", permalink));
  }

  /**
   * A copy with another {@code url}.
   *
   * @param url an absolute http or https URL
   * @return the copy
   */
  public final Site withUrl(URI url) {
    return self().copyWithUrl(Checks.notNull("Site.url", url));
  }

  /**
   * A copy with another {@code url}, or none.
   *
   * @param url the URL, or empty
   * @return the copy
   */
  public final Site withUrl(Optional<URI> url) {
    return self().copyWithUrl(Checks.notNull("Site.url", url));
  }

  /**
   * A copy with another {@code baseurl}.
   *
   * @param baseurl such as {@code /blog}
   * @return the copy
   */
  public final Site withBaseurl(String baseurl) {
    return self().copyWithBaseurl(Checks.notNull("Site.baseurl", baseurl));
  }

  /**
   * A copy with another {@code title}.
   *
   * @param title the site's title
   * @return the copy
   */
  public final Site withTitle(String title) {
    return self().copyWithTitle(Checks.notNull("Site.title", title));
  }

  /**
   * A copy with another {@code title}, or none.
   *
   * @param title the title, or empty
   * @return the copy
   */
  public final Site withTitle(Optional<String> title) {
    return self().copyWithTitle(Checks.notNull("Site.title", title));
  }

  /**
   * A copy with another {@code author}.
   *
   * @param author the author
   * @return the copy
   */
  public final Site withAuthor(Author author) {
    return self().copyWithAuthor(Checks.notNull("Site.author", author));
  }

  /**
   * A copy with another {@code author}, or none.
   *
   * @param author the author, or empty
   * @return the copy
   */
  public final Site withAuthor(Optional<Author> author) {
    return self().copyWithAuthor(Checks.notNull("Site.author", author));
  }

  /**
   * A copy with another style of link posts (its zone becomes the site's).
   *
   * @param style the style
   * @return the copy
   */
  public final Site withStyle(PostStyle style) {
    return self().copyWithStyle(Checks.notNull("Site.style", style));
  }

  /** Every Site is one (the constructor is package-private); its copies are made there. */
  private ImmutableSite self() {
    return (ImmutableSite) this;
  }

  /**
   * {@code timezone}: the zone of times shown without a label and of post file names.
   *
   * @return the zone, when the site sets one
   */
  public abstract Optional<ZoneId> timezone();

  /**
   * {@code markdown_ext}: the file extensions (without the dot, lower case) of Markdown posts.
   *
   * @return default {@code [markdown, mkdown, mkdn, mkd, md]}
   */
  @Value.Default
  public List<String> markdownExtensions() {
    return MARKDOWN_EXTENSIONS;
  }

  /**
   * {@code kramdown}: the options of Jekyll's Markdown engine, as the site gives them (strings,
   * booleans, numbers, lists and maps of them).
   *
   * @return the options, possibly empty
   */
  public abstract Map<String, Object> kramdown();

  /**
   * {@code permalink}: a Jekyll permalink style name ({@code date}, {@code pretty},
   * {@code ordinal}, {@code none}, ...) or template ({@code /:year/:title/}).
   *
   * @return default {@code "date"}
   */
  @Value.Default
  public String permalink() {
    return "date";
  }

  /**
   * {@code url}: the site's address, an absolute http(s) URL.
   *
   * @return the URL, when set
   */
  public abstract Optional<URI> url();

  /**
   * {@code baseurl}: the path the site is served under, such as {@code /blog}.
   *
   * @return default empty
   */
  @Value.Default
  public String baseurl() {
    return "";
  }

  /**
   * {@code title}: the site's title.
   *
   * @return the title, when set
   */
  public abstract Optional<String> title();

  /**
   * {@code author}: the site's author ({@code author: Name}, or a map with {@code name},
   * {@code email} and {@code uri} or {@code url}).
   *
   * @return the author, when set
   */
  public abstract Optional<Author> author();

  /**
   * The style of the site's link posts ({@code linkpost:}), its zone the site's {@link #zone()}.
   *
   * @return default {@link PostStyle#reference()}
   */
  @Value.Default
  public PostStyle style() {
    return PostStyle.reference().withZone(zone());
  }

  /**
   * The zone of times shown without a label and of file names: {@link #timezone()}, or else
   * the system zone, as Jekyll takes it.
   *
   * @return the zone
   */
  @Value.Derived
  public ZoneId zone() {
    return timezone().orElseGet(ZoneId::systemDefault);
  }

  /**
   * Whether a file name has one of the Markdown extensions (in any case, as Jekyll compares).
   *
   * @param fileName a file name, such as {@code 2025-10-13-tides.markdown}
   * @return true when Jekyll would convert the file as Markdown
   */
  public boolean isMarkdown(String fileName) {
    int dot = Checks.notNull("fileName", fileName).lastIndexOf('.');
    return dot >= 0 && markdownExtensions().contains(fileName.substring(dot + 1).toLowerCase(Locale.ROOT));
  }

  @Value.Check
  Site normalize() {
    if (!style().zone().equals(zone().normalized())) {
      return ImmutableSite.newBuilder().from(this).style(style().withZone(zone())).build();
    }
    for (String extension : markdownExtensions()) {
      if (!extension.equals(extension.toLowerCase(Locale.ROOT))) {
        return ImmutableSite.newBuilder().from(this).markdownExtensions(
            markdownExtensions().stream().map(e -> e.toLowerCase(Locale.ROOT)).toList()).build();
      }
    }
    url().ifPresent(u -> Checks.webUrl("Site.url", u));
    Checks.wellFormed("Site.baseurl", baseurl());
    Checks.oneLine("Site.permalink", permalink());
    title().ifPresent(t -> Checks.wellFormed("Site.title", t));
    for (String extension : markdownExtensions()) {
      if (extension.isEmpty() || extension.indexOf('/') >= 0) {
        throw LinkPostException.invalid("Site.markdownExtensions",
            "must hold extensions without the dot", markdownExtensions());
      }
    }
    for (Map.Entry<String, Object> e : kramdown().entrySet()) {
      Object normal = LinkPost.normalValue(e.getValue());
      if (normal != e.getValue()) {
        Map<String, Object> options = new java.util.LinkedHashMap<>(kramdown());
        options.replaceAll((k, v) -> LinkPost.normalValue(v));
        return ImmutableSite.newBuilder().from(this).kramdown(options).build();
      }
      LinkPost.checkValue("Site.kramdown." + e.getKey(), e.getValue());
    }
    return this;
  }

  /** The site's author: a name, and an email address and a page when given. */
  @Value.Immutable
  public abstract static class Author {
    Author() {}

    /**
     * An author with a name only.
     *
     * @param name the name, one line
     * @return the author
     */
    public static Author of(String name) {
      return ImmutableAuthor.newBuilder().name(Checks.notNull("Site.author.name", name)).build();
    }

    /**
     * An author.
     *
     * @param name the name, one line
     * @param email the email address, if known
     * @param uri the author's page, if known
     * @return the author
     */
    public static Author of(String name, Optional<String> email, Optional<URI> uri) {
      return ImmutableAuthor.newBuilder().name(Checks.notNull("Site.author.name", name))
          .email(Checks.notNull("Site.author.email", email))
          .uri(Checks.notNull("Site.author.uri", uri)).build();
    }

    /**
     * A copy with another name.
     *
     * @param name the name, one line
     * @return the copy
     */
    public final Author withName(String name) {
      return ((ImmutableAuthor) this).copyWithName(Checks.notNull("Site.author.name", name));
    }

    /**
     * A copy with another email address, or none.
     *
     * @param email the address, or empty
     * @return the copy
     */
    public final Author withEmail(Optional<String> email) {
      return ((ImmutableAuthor) this)
          .copyWithEmail(Checks.notNull("Site.author.email", email));
    }

    /**
     * A copy with another page, or none.
     *
     * @param uri the author's page, or empty
     * @return the copy
     */
    public final Author withUri(Optional<URI> uri) {
      return ((ImmutableAuthor) this).copyWithUri(Checks.notNull("Site.author.uri", uri));
    }

    /**
     * The name.
     *
     * @return one line, not blank
     */
    public abstract String name();

    /**
     * The email address.
     *
     * @return the address, when given
     */
    public abstract Optional<String> email();

    /**
     * The author's page.
     *
     * @return the URL, when given
     */
    public abstract Optional<URI> uri();

    @Value.Check
    void check() {
      Checks.oneLine("Site.author.name", name());
      email().ifPresent(e -> Checks.oneLine("Site.author.email", e));
    }
  }

  /** Builds a {@link Site}; every value is optional and defaults as Jekyll's do. */
  public static final class Builder {
    private final ImmutableSite.Builder values = ImmutableSite.newBuilder();

    Builder() {}

    /**
     * Copies every value of a site.
     *
     * @param site the site
     * @return this builder
     */
    public Builder from(Site site) {
      values.from(Checks.notNull("the site to copy", site));
      return this;
    }

    /**
     * {@code timezone}.
     *
     * @param zone the zone; default none (the system zone)
     * @return this builder
     */
    public Builder timezone(ZoneId zone) {
      values.timezone(Checks.notNull("Site.timezone", zone));
      return this;
    }

    /**
     * {@code timezone}, or none.
     *
     * @param zone the zone, or empty
     * @return this builder
     */
    public Builder timezone(Optional<ZoneId> zone) {
      values.timezone(Checks.notNull("Site.timezone", zone));
      return this;
    }

    /**
     * {@code markdown_ext}.
     *
     * @param extensions without the dot; default {@code markdown, mkdown, mkdn, mkd, md}
     * @return this builder
     */
    public Builder markdownExtensions(Iterable<String> extensions) {
      values.markdownExtensions(Checks.elements("Site.markdownExtensions", extensions));
      return this;
    }

    /**
     * {@code kramdown}: replaces the options.
     *
     * @param options the options, in order
     * @return this builder
     */
    public Builder kramdown(Map<String, ?> options) {
      values.kramdown(Checks.entries("Site.kramdown", options));
      return this;
    }

    /**
     * {@code permalink}.
     *
     * @param permalink a style name or template; default {@code "date"}
     * @return this builder
     */
    public Builder permalink(String permalink) {
      values.permalink(Checks.notNull("Site.permalink", permalink));
      return this;
    }

    /**
     * {@code url}.
     *
     * @param url an absolute http or https URL
     * @return this builder
     */
    public Builder url(URI url) {
      values.url(Checks.notNull("Site.url", url));
      return this;
    }

    /**
     * {@code url}, from text.
     *
     * @param url an absolute http or https URL
     * @return this builder
     */
    public Builder url(String url) {
      return url(Checks.parseWebUrl("Site.url", Checks.notNull("Site.url", url)));
    }

    /**
     * {@code baseurl}.
     *
     * @param baseurl such as {@code /blog}; default empty
     * @return this builder
     */
    public Builder baseurl(String baseurl) {
      values.baseurl(Checks.notNull("Site.baseurl", baseurl));
      return this;
    }

    /**
     * {@code title}.
     *
     * @param title the site's title
     * @return this builder
     */
    public Builder title(String title) {
      values.title(Checks.notNull("Site.title", title));
      return this;
    }

    /**
     * {@code author}.
     *
     * @param author the author
     * @return this builder
     */
    public Builder author(Author author) {
      values.author(Checks.notNull("Site.author", author));
      return this;
    }

    /**
     * {@code author}, by name.
     *
     * @param name the author's name
     * @return this builder
     */
    public Builder author(String name) {
      return author(Author.of(Checks.notNull("Site.author", name)));
    }

    /**
     * The style of the site's link posts; its zone becomes the site's.
     *
     * @param style default {@link PostStyle#reference()}
     * @return this builder
     */
    public Builder style(PostStyle style) {
      values.style(Checks.notNull("Site.style", style));
      return this;
    }

    /**
     * Builds the site.
     *
     * @return the site
     * @throws LinkPostException when a value breaks a rule
     */
    public Site build() {
      return values.build();
    }
  }
}
