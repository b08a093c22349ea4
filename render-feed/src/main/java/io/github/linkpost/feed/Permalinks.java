package io.github.linkpost.feed;

import io.github.linkpost.LinkPost;
import io.github.linkpost.LinkPostException;
import io.github.linkpost.Site;
import io.github.linkpost.feed.internal.JekyllUrls;
import io.github.linkpost.feed.internal.PostUrlData;
import io.github.linkpost.feed.internal.WebUrls;
import java.net.URI;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.Map;
import java.util.Optional;

/**
 * The URL and date of a post as Jekyll makes them, from its file's path, its front matter and
 * the site's {@code permalink}, {@code url}, {@code baseurl} and {@code timezone} settings.
 *
 * <pre>{@code
 * Permalinks permalinks = Permalinks.builder()
 *     .style("pretty")                           // _config.yml's permalink
 *     .url(URI.create("https://blog.example.org")) // its url
 *     .baseurl("/notes")                         // its baseurl
 *     .zone(ZoneId.of("America/Vancouver"))      // its timezone
 *     .build();
 * String path = "_posts/2025-10-13-p1159-tides.md";
 * permalinks.relativeUrl(path, post); // "/2025/10/13/p1159-tides/", Jekyll's post.url
 * permalinks.absoluteUrl(path, post); // https://blog.example.org/notes/2025/10/13/p1159-tides/
 * permalinks.date(path, post);        // page.date: the front matter's date, else the file's day
 * }</pre>
 *
 * <p>The rule is Jekyll 4's: the front matter's {@code permalink} if set, else the site's style
 * ({@code date}, the default, {@code pretty}, {@code ordinal}, {@code weekdate}, {@code none}) or
 * pattern, with every placeholder Jekyll knows for a post ({@code :year :month :i_month :day
 * :i_day :short_year :hour :minute :second :title :slug :name :categories
 * :slugified_categories :y_day :week :w_year :w_day :short_day :long_day :short_month
 * :long_month :output_ext :path :collection}). {@code :title} and {@code :slug} come from the
 * front matter's {@code slug}, else the file name (its front-matter {@code title} plays no part,
 * as in Jekyll); {@code :categories} from the folders above {@code _posts}, the front matter's
 * {@code categories} and {@code category}; the date parts from the front matter's {@code date},
 * else the file name's day, in the site's zone. Values are escaped as Jekyll escapes them, so
 * the relative URL is Jekyll's {@code post.url} character for character; a test builds a site
 * with Jekyll and compares.
 *
 * <p>The absolute URL is {@code url + baseurl + post.url} as a URI, naming the page Jekyll
 * writes: characters that cannot stand in a URI path (a space, a {@code ?} or {@code #} that a
 * permalink pattern holds, a {@code %} not followed by two hex digits) are percent-encoded
 * there, where Jekyll's own {@code absolute_url} would leave them and so cut the path short.
 *
 * <p>Not taken into account: front matter defaults of {@code _config.yml}, a
 * {@code collections_dir}, and a {@code permalink} set for the posts collection itself.
 * Instances are immutable and thread-safe.
 */
public final class Permalinks {
  /** Jekyll's named styles and the patterns they stand for. */
  private static final Map<String, String> STYLES = Map.of(
      "none", "/:categories/:title:output_ext",
      "date", "/:categories/:year/:month/:day/:title:output_ext",
      "ordinal", "/:categories/:year/:y_day/:title:output_ext",
      "pretty", "/:categories/:year/:month/:day/:title/",
      "weekdate", "/:categories/:year/W:week/:short_day/:title:output_ext");

  private static final Permalinks JEKYLL = builder().build();

  private final String style;
  private final String pattern;
  private final Optional<URI> url;
  private final String baseurl;
  private final ZoneId zone;

  private Permalinks(Builder b) {
    this.style = b.style;
    this.pattern = STYLES.getOrDefault(b.style, b.style);
    this.url = b.url;
    this.baseurl = b.baseurl;
    this.zone = b.zone;
  }

  /**
   * Jekyll's defaults: the {@code date} style, no site URL, no base URL, the system's zone
   * (as Jekyll without a {@code timezone} setting).
   *
   * @return the shared instance
   */
  public static Permalinks jekyll() {
    return JEKYLL;
  }

  /**
   * The permalinks of a site as its {@code _config.yml} says them: its {@code permalink},
   * {@code url}, {@code baseurl} and zone.
   *
   * @param site the site
   * @return the permalinks
   * @throws LinkPostException when the site's URL, base URL or permalink cannot make URLs
   */
  public static Permalinks of(Site site) {
    Builder b = builder().style(site.permalink()).baseurl(site.baseurl()).zone(site.zone());
    site.url().ifPresent(b::url);
    return b.build();
  }

  /**
   * Starts with Jekyll's defaults.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * A builder with these settings.
   *
   * @return a new builder
   */
  public Builder toBuilder() {
    Builder b = new Builder();
    b.style = style;
    b.url = url;
    b.baseurl = baseurl;
    b.zone = zone;
    return b;
  }

  /**
   * The post's URL within the site, as Jekyll's {@code post.url} gives it.
   *
   * @param path the post file's path in the site's folder, {@code /} between folders
   *     ({@code _posts/2025-10-13-tides.md}, {@code blog/_posts/2025/2025-10-13-tides.md}); a path
   *     outside any {@code _posts} folder ({@code 2025-10-13-tides.md}) is taken as in
   *     {@code _posts}
   * @param post the post read from that file
   * @return the URL, starting with {@code /}
   * @throws LinkPostException when the path is not a post's ({@code YYYY-MM-DD-name.ext}), or
   *     Jekyll could not make a URL (an unknown placeholder, a {@code slug} that is not text)
   */
  public String relativeUrl(String path, LinkPost post) {
    return relativeUrl(data(path, post), post);
  }

  String relativeUrl(PostUrlData data, LinkPost post) {
    return JekyllUrls.fill(post.permalink().orElse(pattern), data::value);
  }

  /**
   * The post's absolute URL: the site's {@code url} and {@code baseurl} before
   * {@link #relativeUrl}.
   *
   * @param path as for {@link #relativeUrl}
   * @param post the post read from that file
   * @return an absolute http(s) URI
   * @throws LinkPostException as {@link #relativeUrl} does, or when no site URL is set
   */
  public URI absoluteUrl(String path, LinkPost post) {
    return absoluteUrl(data(path, post), post);
  }

  URI absoluteUrl(PostUrlData data, LinkPost post) {
    return WebUrls.under(site(), baseurl, relativeUrl(data, post));
  }

  private URI site() {
    return url.orElseThrow(() -> new LinkPostException(
        "Permalinks has no site URL (set url, as _config.yml's url) for an absolute URL"));
  }

  /** A {@code tag:} URI (RFC 4151) of the site's host, the file's day and its path. */
  String tagUri(PostUrlData data) {
    StringBuilder tag = new StringBuilder("tag:")
        .append(site().getHost().toLowerCase(java.util.Locale.ROOT)).append(',')
        .append(data.fileDay()).append(':');
    JekyllUrls.encode(baseurl + "/" + data.relativePath(), JekyllUrls.PATH, tag);
    return tag.toString();
  }

  /**
   * Jekyll's {@code page.date}: the front matter's {@code date}, else midnight of the file
   * name's day, in the site's zone.
   *
   * @param path as for {@link #relativeUrl}
   * @param post the post read from that file
   * @return the date with the zone's offset then
   * @throws LinkPostException when the path is not a post's
   */
  public OffsetDateTime date(String path, LinkPost post) {
    return data(path, post).date().toOffsetDateTime();
  }

  PostUrlData data(String path, LinkPost post) {
    LinkPostException.notNull("path", path);
    LinkPostException.notNull("post", post);
    return PostUrlData.of(path, post, zone);
  }

  /**
   * The site's {@code url}.
   *
   * @return the URL, when set
   */
  public Optional<URI> url() {
    return url;
  }

  /**
   * The site's home page: {@code url + baseurl + "/"}.
   *
   * @return the URL, when a site URL is set
   */
  public Optional<URI> home() {
    return url.map(u -> WebUrls.under(u, baseurl, "/"));
  }

  /**
   * The zone of the site's dates.
   *
   * @return the zone
   */
  public ZoneId zone() {
    return zone;
  }

  @Override
  public String toString() {
    return "Permalinks[style=" + style + ", url=" + url.map(URI::toString).orElse("none")
        + ", baseurl=" + baseurl + ", zone=" + zone + "]";
  }

  /** Configures {@link Permalinks}; starts from Jekyll's defaults. */
  public static final class Builder {
    private String style = "date";
    private Optional<URI> url = Optional.empty();
    private String baseurl = "";
    private ZoneId zone = ZoneId.systemDefault();

    private Builder() {}

    /**
     * The site's {@code permalink} setting: a style name ({@code date}, {@code pretty},
     * {@code ordinal}, {@code weekdate}, {@code none}) or a pattern such as
     * {@code /:categories/:year/:title/}.
     *
     * @param style default {@code date}
     * @return this builder
     * @throws LinkPostException when it is blank or holds a line break
     */
    public Builder style(String style) {
      LinkPostException.notNull("style", style);
      if (style.isBlank() || style.indexOf('\n') >= 0 || style.indexOf('\r') >= 0) {
        throw LinkPostException.invalid("Permalinks.style", "must be a style name or a pattern", style);
      }
      this.style = style;
      return this;
    }

    /**
     * The site's {@code url}: scheme and host, perhaps a port, no path beyond {@code /}.
     *
     * @param url an absolute http or https URL; none by default
     * @return this builder
     * @throws LinkPostException when it is not one
     */
    public Builder url(URI url) {
      this.url = Optional.of(WebUrls.site(LinkPostException.notNull("url", url)));
      return this;
    }

    /**
     * The site's {@code url}, from text.
     *
     * @param url an absolute http or https URL
     * @return this builder
     * @throws LinkPostException when it is not one
     */
    public Builder url(String url) {
      return url(WebUrls.parse("Permalinks.url", LinkPostException.notNull("url", url)));
    }

    /**
     * The site's {@code baseurl}: the path the site is served under.
     *
     * @param baseurl such as {@code /blog}; empty by default; a final {@code /} is dropped
     * @return this builder
     * @throws LinkPostException when it holds a line break, {@code ?} or {@code #}
     */
    public Builder baseurl(String baseurl) {
      this.baseurl = WebUrls.baseurl(LinkPostException.notNull("baseurl", baseurl));
      return this;
    }

    /**
     * The site's {@code timezone}: the zone of dates without an offset and of the URL's date.
     *
     * @param zone default the system's, as Jekyll's when the site sets none
     * @return this builder
     */
    public Builder zone(ZoneId zone) {
      this.zone = LinkPostException.notNull("zone", zone);
      return this;
    }

    /**
     * The permalinks.
     *
     * @return an immutable instance
     */
    public Permalinks build() {
      return new Permalinks(this);
    }
  }
}
