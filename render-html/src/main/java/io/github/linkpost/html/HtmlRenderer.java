package io.github.linkpost.html;

import io.github.linkpost.Discovery;
import io.github.linkpost.Link;
import io.github.linkpost.LinkPost;
import io.github.linkpost.LinkPostException;
import io.github.linkpost.PostRenderer;
import io.github.linkpost.PostStyle;
import io.github.linkpost.commonmark.TextFragments;
import io.github.linkpost.html.internal.CommonmarkHtml;
import io.github.linkpost.html.internal.Html;
import io.github.linkpost.html.internal.KramdownHtml;
import io.github.linkpost.html.internal.Microformats;
import io.github.linkpost.html.internal.PageStyle;
import io.github.linkpost.html.internal.PostHtml;
import io.github.linkpost.html.internal.UrlPolicy;
import io.github.linkpost.kramdown.KramdownException;
import io.github.linkpost.kramdown.KramdownOptions;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Renders a {@link LinkPost} as HTML: the fragment Jekyll puts in {@code {{ content }}}, or a
 * complete HTML5 page.
 *
 * <pre>{@code
 * HtmlRenderer html = HtmlRenderer.jekyll();
 * String fragment = html.render(post);     // what the post shows on a Jekyll site
 * String page = html.renderPage(post);     // a whole document, for a preview or a mail
 * HtmlRenderer plain = HtmlRenderer.commonmark(); // plain CommonMark, no typography
 * }</pre>
 *
 * <p>Presets: {@link #jekyll()} (the default) shows what Jekyll shows: the post's Markdown as
 * the Jekyll Markdown renderer writes it (parts read from a file as they were read, others
 * written afresh), through Liquid's {@code raw} tag and the writer's Liquid escapes, converted
 * by this library's kramdown engine with Jekyll's settings (or a site's
 * {@link Builder#kramdown(Map) kramdown options}): typographic quotes and dashes, heading ids,
 * tables, footnotes, raw HTML blocks as kramdown reads them. {@link #commonmark()} renders plain
 * CommonMark. Both are safe by default: raw HTML in excerpts, remarks and kept Markdown is
 * escaped (see {@link Builder#allowHtml(boolean)}), links and images keep only http, https and
 * mailto URLs (relative ones with {@link Builder#allowRelativeUrls(boolean)}), and every
 * attribute value is escaped.
 *
 * <p>microformats2: the post is an {@code h-entry} ({@code p-name}, {@code dt-published},
 * {@code u-url} from the permalink), the discovered page a {@code u-bookmark-of}, each quote an
 * {@code h-cite} ({@code u-url}, {@code p-name}, {@code p-author}, {@code dt-published},
 * {@code p-content}) that is the entry's {@code u-quotation-of}; the same whether the post was
 * read from a file or built. The classes and wrappers change nothing a reader sees. Instances
 * are immutable and thread-safe.
 */
public final class HtmlRenderer implements PostRenderer {
  /** The format name this renderer is found by. */
  public static final String FORMAT = "html";

  private static final HtmlRenderer JEKYLL = builder().build();
  private static final HtmlRenderer COMMONMARK = builder().jekyll(false).build();

  private final boolean jekyll;
  private final boolean allowHtml;
  private final boolean allowRelativeUrls;
  private final boolean textFragments;
  private final boolean microformats;
  private final Optional<URI> stylesheet;
  private final boolean builtInStylesheet;
  private final PostStyle style;
  private final Map<String, Object> kramdown;
  private final KramdownOptions kramdownOptions;
  private final Optional<URI> baseUrl;
  private final Optional<FeedLink> feed;
  private final PostHtml html;

  private HtmlRenderer(Builder b) {
    this.style = b.style;
    this.jekyll = b.jekyll;
    this.allowHtml = b.allowHtml;
    this.allowRelativeUrls = b.allowRelativeUrls;
    this.textFragments = b.textFragments;
    this.microformats = b.microformats || !b.jekyll;
    this.stylesheet = b.stylesheet;
    this.builtInStylesheet = b.builtInStylesheet;
    this.kramdown = b.kramdown;
    this.kramdownOptions = b.kramdownOptions;
    this.baseUrl = b.baseUrl;
    this.feed = b.feed;
    if (jekyll) {
      KramdownOptions.Builder options = b.kramdownOptions.toBuilder().escapeHtml(!allowHtml)
          .urlPolicy(allowRelativeUrls ? KramdownOptions.UrlPolicy.WEB_AND_RELATIVE
              : KramdownOptions.UrlPolicy.WEB);
      baseUrl.ifPresent(options::baseUri);
      this.html = new KramdownHtml(style, options.build(), microformats);
    } else {
      this.html = new CommonmarkHtml(style, allowHtml,
          new UrlPolicy(allowRelativeUrls, baseUrl.orElse(null)));
    }
  }

  /**
   * What Jekyll shows: the post's Markdown as written, converted as kramdown does under
   * Jekyll's settings; safe.
   *
   * @return the shared instance
   */
  public static HtmlRenderer jekyll() {
    return JEKYLL;
  }

  /**
   * Plain CommonMark: no typography, no heading ids, no tables; safe.
   *
   * @return the shared instance
   */
  public static HtmlRenderer commonmark() {
    return COMMONMARK;
  }

  /**
   * Starts a renderer with the {@link #jekyll()} settings.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * A builder with this renderer's settings.
   *
   * @return a new builder
   */
  public Builder toBuilder() {
    Builder b = new Builder();
    b.jekyll = jekyll;
    b.allowHtml = allowHtml;
    b.allowRelativeUrls = allowRelativeUrls;
    b.textFragments = textFragments;
    b.microformats = microformats;
    b.stylesheet = stylesheet;
    b.builtInStylesheet = builtInStylesheet;
    b.style = style;
    b.kramdown = kramdown;
    b.kramdownOptions = kramdownOptions;
    b.baseUrl = baseUrl;
    b.feed = feed;
    return b;
  }

  /**
   * The style whose labels the parts built from values show.
   *
   * @return the style
   */
  public PostStyle style() {
    return style;
  }

  @Override
  public String format() {
    return FORMAT;
  }

  /** Renders the fragment: what Jekyll puts in {@code {{ content }}}, marked up as an h-entry. */
  @Override
  public void render(LinkPost post, Appendable out) throws IOException {
    LinkPostException.notNull("post", post);
    LinkPostException.notNull("out", out);
    if (!microformats) {
      body(post, out);
      return;
    }
    out.append("<div class=\"").append(Microformats.ENTRY).append("\">\n");
    hidden(post, out, true);
    bookmark(post, out);
    body(post, out);
    out.append("</div>\n");
  }

  /**
   * Renders a complete HTML5 page: the title, the date and the fragment, styled by the built-in
   * stylesheet (inlined: a readable measure and type, quotes set off as quotes, light or dark
   * as the reader's system is) or linked to the one set with {@link Builder#stylesheet(URI)},
   * and naming the feed when one is set. Nothing else is fetched from elsewhere.
   *
   * @param post the post
   * @return the page
   */
  public String renderPage(LinkPost post) {
    LinkPostException.notNull("post", post);
    StringBuilder out = new StringBuilder(8192);
    String title = html.text(post.title().orElse(""));
    out.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
        .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
        .append("<title>").append(title).append("</title>\n");
    if (stylesheet.isPresent()) {
      out.append("<link rel=\"stylesheet\" href=\"").append(Html.escape(stylesheet.get().toString()))
          .append("\">\n");
    } else if (builtInStylesheet) {
      out.append("<style>\n").append(PageStyle.CSS).append("</style>\n");
    }
    feed.ifPresent(f -> out.append("<link rel=\"alternate\" type=\"").append(Html.escape(f.type()))
        .append("\" href=\"").append(Html.escape(f.url())).append("\">\n"));
    out.append("</head>\n<body>\n<article class=\"h-entry\">\n<h1 class=\"p-name\">")
        .append(title).append("</h1>\n");
    try {
      post.date().ifPresent(d -> out.append("<p><time class=\"dt-published\" datetime=\"")
          .append(d).append("\">").append(d.toLocalDate()).append("</time></p>\n"));
      hidden(post, out, false);
      bookmark(post, out);
      body(post, out);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.append("</article>\n</body>\n</html>\n").toString();
  }

  private void body(LinkPost post, Appendable out) throws IOException {
    html.body(textFragments ? TextFragments.linked(post) : post, out);
  }

  private void hidden(LinkPost post, Appendable out, boolean withName) throws IOException {
    if (withName) {
      post.title().ifPresent(t -> append(out, Microformats.data(Microformats.NAME, t)));
      post.date().ifPresent(d -> append(out, Microformats.data(Microformats.PUBLISHED, d.toString())));
    }
    post.permalink().ifPresent(p -> append(out, Microformats.data(Microformats.URL, p)));
  }

  /** In the front-matter style, the page's link (the title) stands first: the bookmark. */
  private void bookmark(LinkPost post, Appendable out) throws IOException {
    if (style.linkPlace() != PostStyle.LinkPlace.FRONT_MATTER) {
      return;
    }
    Optional<Link> page = post.discovery().flatMap(Discovery::page);
    if (page.isPresent()) {
      html.bookmark(page.get(), out);
    }
  }

  private static void append(Appendable out, String text) {
    try {
      out.append(text);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private record FeedLink(String url, String type) {}

  /**
   * Configures an {@link HtmlRenderer}; starts from the {@link #jekyll()} settings.
   */
  public static final class Builder {
    private boolean jekyll = true;
    private boolean allowHtml;
    private boolean allowRelativeUrls;
    private boolean textFragments;
    private boolean microformats = true;
    private Optional<URI> stylesheet = Optional.empty();
    private boolean builtInStylesheet = true;
    private Optional<URI> baseUrl = Optional.empty();
    private Optional<FeedLink> feed = Optional.empty();
    private PostStyle style = PostStyle.reference();
    private Map<String, Object> kramdown = Map.of();
    private KramdownOptions kramdownOptions = KramdownOptions.jekyll();

    private Builder() {}

    /**
     * The style whose labels and formats the parts built from values show, and where the
     * discovered page's link lives (in the front-matter style, the title links to it first).
     *
     * @param style default {@link PostStyle#reference()}
     * @return this builder
     */
    public Builder style(PostStyle style) {
      this.style = LinkPostException.notNull("style", style);
      return this;
    }

    /**
     * Show what Jekyll shows (the Markdown as written, converted as kramdown does), or plain
     * CommonMark.
     *
     * @param jekyll default true
     * @return this builder
     */
    public Builder jekyll(boolean jekyll) {
      this.jekyll = jekyll;
      return this;
    }

    /**
     * Keep raw HTML found in remarks, excerpts and kept Markdown, as Jekyll does. Only for posts
     * from a source you trust, such as your own blog.
     *
     * @param allow default false: raw HTML is shown as text
     * @return this builder
     */
    public Builder allowHtml(boolean allow) {
      this.allowHtml = allow;
      return this;
    }

    /**
     * Keep relative link and image URLs (they resolve against the page's own address).
     *
     * @param allow default false: only http, https and mailto URLs are kept
     * @return this builder
     */
    public Builder allowRelativeUrls(boolean allow) {
      this.allowRelativeUrls = allow;
      return this;
    }

    /**
     * Point each quote's source link at its first excerpt with a text fragment
     * ({@code #:~:text=}), so that a reader's browser scrolls to the quoted words; the same
     * links as {@code JekyllMarkdownRenderer.Builder.textFragments} writes. A link that already
     * holds one is kept.
     *
     * @param on default false: links are shown as they are
     * @return this builder
     */
    public Builder textFragments(boolean on) {
      this.textFragments = on;
      return this;
    }

    /**
     * The options of Jekyll's Markdown engine as a site's {@code _config.yml} gives them in its
     * {@code kramdown:} section ({@code Site.kramdown()}), over Jekyll's defaults: for example
     * {@code auto_ids: false} or {@code smart_quotes: ...}. The safe settings stay on top of
     * them. Only the Jekyll preset uses them.
     *
     * @param options kramdown's option names and their values (strings, booleans, numbers,
     *     lists); default none
     * @return this builder
     * @throws LinkPostException when kramdown does not take an option or its value, or this
     *     renderer cannot follow it, naming the option and the value
     */
    public Builder kramdown(Map<String, ?> options) {
      LinkPostException.notNull("kramdown", options);
      try {
        this.kramdownOptions = KramdownOptions.fromJekyllConfig(options);
      } catch (KramdownException e) {
        throw new LinkPostException(e.getMessage(), e);
      }
      this.kramdown = java.util.Collections.unmodifiableMap(new LinkedHashMap<String, Object>(options));
      return this;
    }

    /**
     * Whether the fragment carries the microformats this renderer adds (the {@code h-entry}
     * around it, hidden properties, classes, the front-matter style's title link); without
     * them a Jekyll fragment is what Jekyll puts in {@code {{ content }}} alone, to compare with
     * Jekyll's own HTML. Not public: a measure, not a feature.
     *
     * @param on default true; the CommonMark preset always has them
     * @return this builder
     */
    Builder microformats(boolean on) {
      this.microformats = on;
      return this;
    }

    /**
     * The address the HTML will be read as being at (the post's own URL), for HTML shown
     * elsewhere, such as in a feed: relative link and image URLs are resolved against it, as a
     * browser showing the post there would, and so kept whatever {@link #allowRelativeUrls}
     * says.
     *
     * @param baseUrl an absolute http or https URL; none by default
     * @return this builder
     * @throws LinkPostException when it is not one
     */
    public Builder baseUrl(URI baseUrl) {
      LinkPostException.notNull("baseUrl", baseUrl);
      String scheme = baseUrl.getScheme() == null ? "" : baseUrl.getScheme().toLowerCase(Locale.ROOT);
      if (!(scheme.equals("http") || scheme.equals("https")) || baseUrl.getRawAuthority() == null) {
        throw LinkPostException.invalid(
            "HtmlRenderer.baseUrl", "must be an absolute http or https URL", baseUrl);
      }
      this.baseUrl = Optional.of(baseUrl);
      return this;
    }

    /**
     * The site's feed, which a page names in a {@code <link rel="alternate">} so that browsers and
     * readers find it.
     *
     * @param url the feed's URL
     * @param mediaType its type, such as {@code application/atom+xml} or
     *     {@code application/feed+json}
     * @return this builder
     * @throws LinkPostException when the type is not a media type
     */
    public Builder feed(URI url, String mediaType) {
      LinkPostException.notNull("url", url);
      LinkPostException.notNull("mediaType", mediaType);
      if (!mediaType.matches("[A-Za-z0-9!#$&^_.+-]+/[A-Za-z0-9!#$&^_.+-]+")) {
        throw LinkPostException.invalid("HtmlRenderer.feed mediaType", "must be a media type", mediaType);
      }
      this.feed = Optional.of(new FeedLink(url.toString(), mediaType));
      return this;
    }

    /**
     * A stylesheet {@link HtmlRenderer#renderPage(LinkPost) pages} link to, in place of the
     * built-in one.
     *
     * @param stylesheet an http or https URL, or a relative one (read against the page's
     *     address); default none: the built-in stylesheet is inlined
     * @return this builder
     * @throws LinkPostException for a URL of another scheme
     */
    public Builder stylesheet(URI stylesheet) {
      LinkPostException.notNull("stylesheet", stylesheet);
      String scheme = stylesheet.getScheme();
      if (scheme != null && !scheme.equalsIgnoreCase("http") && !scheme.equalsIgnoreCase("https")) {
        throw LinkPostException.invalid("stylesheet",
            "must be an http or https URL, or a relative one", stylesheet);
      }
      this.stylesheet = Optional.of(stylesheet);
      return this;
    }

    /**
     * Whether a page with no {@link #stylesheet(URI) linked stylesheet} inlines the built-in
     * one: a readable measure and type, quotes set off as quotes, light or dark as the reader's
     * system is ({@code prefers-color-scheme}).
     *
     * @param inline default true; false for a page with no style at all
     * @return this builder
     */
    public Builder builtInStylesheet(boolean inline) {
      this.builtInStylesheet = inline;
      return this;
    }

    /**
     * The renderer.
     *
     * @return an immutable renderer
     */
    public HtmlRenderer build() {
      return new HtmlRenderer(this);
    }
  }
}
