package io.github.linkpost.html;

import io.github.linkpost.BodyPart;
import io.github.linkpost.Discovery;
import io.github.linkpost.Excerpt;
import io.github.linkpost.Link;
import io.github.linkpost.LinkPost;
import io.github.linkpost.LinkPostException;
import io.github.linkpost.PostRenderer;
import io.github.linkpost.PostStyle;
import io.github.linkpost.Quote;
import io.github.linkpost.Spelling;
import io.github.linkpost.Verbatim;
import io.github.linkpost.commonmark.TextFragments;
import io.github.linkpost.html.internal.Html;
import io.github.linkpost.html.internal.MarkdownHtml;
import io.github.linkpost.html.internal.Microformats;
import io.github.linkpost.html.internal.SimpleMarkdown;
import io.github.linkpost.html.internal.Typography;
import io.github.linkpost.html.internal.UrlPolicy;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import org.commonmark.node.Node;
import org.commonmark.node.Paragraph;

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
 * <p>Presets: {@link #jekyll()} (the default) shows what Jekyll's kramdown shows: typographic
 * quotes and dashes, heading ids, tables and strikethrough; {@link #commonmark()} renders plain
 * CommonMark. Both are safe by default: raw HTML in excerpts, remarks and kept Markdown is
 * escaped (see {@link Builder#allowHtml(boolean)}), links and images keep only http, https and
 * mailto URLs (relative ones with {@link Builder#allowRelativeUrls(boolean)}), and every
 * attribute value is escaped.
 *
 * <p>A part read from a Markdown file and still unchanged is rendered from its Markdown, so a
 * post read from a blog shows what the blog shows; other parts are rendered from their values
 * (commonmark-java parses only the Markdown inside remarks, paragraphs and verbatim parts).
 *
 * <p>microformats2: the post is an {@code h-entry} ({@code p-name}, {@code dt-published},
 * {@code u-url} from the permalink), the discovered page a {@code u-bookmark-of}, each quote an
 * {@code h-cite} ({@code u-url}, {@code p-name}, {@code p-author}, {@code dt-published},
 * {@code p-content}) that is the entry's {@code u-quotation-of}. The classes change nothing a
 * reader sees. Instances are immutable and thread-safe.
 */
public final class HtmlRenderer implements PostRenderer {
  /** The format name this renderer is found by. */
  public static final String FORMAT = "html";

  private static final String MARKDOWN = "markdown";
  /** Parts only the front-matter style writes so: a remarks paragraph, bare quotes. */
  private static final String FRONT_MATTER_MARKDOWN = "markdown/front-matter";
  private static final HtmlRenderer JEKYLL = builder().build();
  private static final HtmlRenderer COMMONMARK = builder().jekyll(false).build();

  private final boolean jekyll;
  private final boolean allowHtml;
  private final boolean allowRelativeUrls;
  private final boolean textFragments;
  private final Optional<URI> stylesheet;
  private final PostStyle style;
  private final DateTimeFormatter shown;
  private final DateTimeFormatter published;
  private final Optional<URI> baseUrl;
  private final Optional<FeedLink> feed;
  private final UrlPolicy urls;
  private final MarkdownHtml markdown;
  private final SimpleMarkdown simple;

  private HtmlRenderer(Builder b) {
    this.style = b.style;
    this.shown = style.timeFormatter();
    this.published = style.publishedFormatter();
    this.jekyll = b.jekyll;
    this.allowHtml = b.allowHtml;
    this.allowRelativeUrls = b.allowRelativeUrls;
    this.textFragments = b.textFragments;
    this.stylesheet = b.stylesheet;
    this.baseUrl = b.baseUrl;
    this.feed = b.feed;
    this.urls = new UrlPolicy(allowRelativeUrls, baseUrl.orElse(null));
    this.markdown = new MarkdownHtml(jekyll, allowHtml, urls);
    this.simple = new SimpleMarkdown(jekyll, urls);
  }

  /**
   * What Jekyll shows: kramdown's typography, heading ids, tables, strikethrough; safe.
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
    b.stylesheet = stylesheet;
    b.style = style;
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
    Objects.requireNonNull(post, "post");
    out.append("<div class=\"").append(Microformats.ENTRY).append("\">\n");
    hidden(post, out, true);
    bookmark(post, out);
    body(post, out);
    out.append("</div>\n");
  }

  /**
   * Renders a complete HTML5 page: the title, the date, the fragment, and the stylesheet and the
   * feed when they are set. Nothing is fetched from elsewhere.
   *
   * @param post the post
   * @return the page
   */
  public String renderPage(LinkPost post) {
    Objects.requireNonNull(post, "post");
    StringBuilder out = new StringBuilder(8192);
    String title = Html.escape(text(post.title().orElse("")));
    out.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
        .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
        .append("<title>").append(title).append("</title>\n");
    stylesheet.ifPresent(s -> out.append("<link rel=\"stylesheet\" href=\"")
        .append(Html.escape(s.toString())).append("\">\n"));
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

  private void hidden(LinkPost post, Appendable out, boolean withName) throws IOException {
    if (withName) {
      post.title().ifPresent(t -> append(out, Microformats.data(Microformats.NAME, t)));
      post.date().ifPresent(d -> append(out, Microformats.data(Microformats.PUBLISHED, d.toString())));
    }
    post.permalink().ifPresent(p -> append(out, Microformats.data(Microformats.URL, p)));
  }

  /** In the front-matter style, the page's link (the title) stands first: the bookmark. */
  private void bookmark(LinkPost post, Appendable out) throws IOException {
    if (!frontMatter()) {
      return;
    }
    Optional<Link> page = post.discovery().flatMap(Discovery::page);
    if (page.isPresent()) {
      out.append("<p>");
      link(page.get().url(), page.get().text(), Microformats.BOOKMARK, out);
      out.append("</p>\n");
    }
  }

  private boolean frontMatter() {
    return style.linkPlace() == PostStyle.LinkPlace.FRONT_MATTER;
  }

  private void body(LinkPost given, Appendable out) throws IOException {
    LinkPost post = textFragments ? TextFragments.linked(given) : given;
    StringBuilder spelled = new StringBuilder();
    List<Microformats.Placed> placed = new ArrayList<>();
    int lines = 0;
    for (BodyPart part : post.body()) {
      Optional<String> source = spelling(part);
      if (source.isPresent()) {
        placed.add(new Microformats.Placed(part, lines));
        spelled.append(source.get());
        lines += lineBreaks(source.get());
        continue;
      }
      flush(spelled, placed, out);
      lines = 0;
      if (part instanceof Discovery d) {
        discovery(d, out);
      } else if (part instanceof Quote q) {
        quote(q, out);
      } else {
        markdown.render(markdown.parse(((Verbatim) part).markdown()), out);
      }
    }
    flush(spelled, placed, out);
  }

  /**
   * Unchanged parts read from Markdown are rendered together, as one document, their
   * microformats marked up on it.
   */
  private void flush(StringBuilder spelled, List<Microformats.Placed> placed, Appendable out) {
    if (spelled.length() > 0) {
      Node document = markdown.parse(spelled.toString());
      Microformats.annotate(document, placed, style, !frontMatter());
      markdown.render(document, out);
      spelled.setLength(0);
    }
    placed.clear();
  }

  /** The lines a text starts after its own first: its LF, CR LF and lone CR breaks. */
  private static int lineBreaks(String text) {
    int breaks = 0;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '\n' || (c == '\r' && (i + 1 >= text.length() || text.charAt(i + 1) != '\n'))) {
        breaks++;
      }
    }
    return breaks;
  }

  /**
   * The Markdown a part was read from, when it is still the part's and can be shown as it is.
   * When raw HTML is escaped, a discovery's or a quote's Markdown holding raw HTML is not used:
   * the library itself writes a code span holding a {@code |} as HTML (kramdown would make a
   * table of it otherwise), and the part's values, from which the HTML is then made, say what
   * that HTML means.
   */
  private Optional<String> spelling(BodyPart part) {
    return part.spelling().filter(s -> (s.format().equals(MARKDOWN)
            || (frontMatter() && s.format().equals(FRONT_MATTER_MARKDOWN))) && s.matches(part))
        .filter(s -> allowHtml || part instanceof Verbatim || s.text().indexOf('<') < 0)
        .map(Spelling::text);
  }

  private void discovery(Discovery d, Appendable out) throws IOException {
    if (frontMatter() && d.via().isEmpty()) {
      // The title links to the page; the remarks stand alone, as the Markdown has them.
      if (d.remarks().isPresent()) {
        Node doc = markdown.parse(d.remarks().get().replace("\n", "\n    "));
        markdown.render(doc, out);
      }
      return;
    }
    out.append("<p>");
    if (d.via().isPresent()) {
      link(d.via().get(), style.discovered(), null, out);
    } else {
      out.append(Html.escape(text(style.discovered())));
    }
    out.append(": <time datetime=\"").append(d.at().toString()).append("\">")
        .append(Html.escape(shown.format(d.at().atZone(d.zone())))).append("</time> (")
        .append(Html.escape(d.zone().equals(ZoneOffset.UTC) ? "UTC" : d.zone().getId()))
        .append(')');
    if (d.page().isPresent() && !frontMatter()) {
      out.append(' ');
      Link page = d.page().get();
      link(page.url(), page.text(), Microformats.BOOKMARK, out);
    }
    if (d.remarks().isPresent()) {
      // The remarks follow the style's arrow on the discovery line, as the Markdown has them.
      // A letter first keeps them one paragraph, read as within a line; it is taken off again.
      Node doc = markdown.parse("x " + d.remarks().get().replace("\n", "\n    "));
      out.append(' ').append(Html.escape(text(style.remarksArrow())));
      if (doc.getFirstChild() instanceof Paragraph paragraph
          && paragraph.getFirstChild() instanceof org.commonmark.node.Text first
          && first.getLiteral().startsWith("x ")) {
        first.setLiteral(first.getLiteral().substring(2));
        out.append(' ');
        for (Node inline = paragraph.getFirstChild(); inline != null; inline = inline.getNext()) {
          markdown.render(inline, out);
        }
      }
    }
    out.append("</p>\n");
  }

  private void quote(Quote q, Appendable out) throws IOException {
    out.append("<div class=\"").append(Microformats.CITE).append("\">\n");
    markdown.render(markdown.parse(style.quoteHeading()), out);
    out.append("<ul>\n<li>").append(Html.escape(text(style.readWholeThing()))).append(' ');
    link(q.source().url(), q.source().text(), Microformats.SOURCE, out);
    out.append("</li>\n");
    if (q.author().isPresent()) {
      out.append("<li>").append(Html.escape(text(style.by()))).append(" <span class=\"")
          .append(Microformats.AUTHOR).append("\">").append(Html.escape(text(q.author().get())))
          .append("</span></li>\n");
    }
    if (q.published().isPresent()) {
      out.append("<li>").append(Html.escape(text(style.published()))).append(" <time class=\"")
          .append(Microformats.PUBLISHED).append("\" datetime=\"")
          .append(q.published().get().toString()).append("\">")
          .append(Html.escape(published.format(q.published().get()))).append("</time></li>\n");
    }
    out.append("</ul>\n<div class=\"").append(Microformats.CONTENT).append("\">\n");
    boolean first = true;
    for (Excerpt excerpt : q.excerpts()) {
      if (!first) {
        out.append("<blockquote>\n<p>").append(Html.escape(text(style.elision())))
            .append("</p>\n</blockquote>\n");
      }
      first = false;
      if (simple(excerpt, out)) {
        continue;
      }
      if (excerpt.paragraphs().size() == 1) {
        out.append("<blockquote>\n");
        markdown.render(markdown.parse(excerpt.paragraphs().get(0)), out);
        out.append("</blockquote>\n");
        continue;
      }
      // One parse for the excerpt: each paragraph is a quote of its own in the Markdown, so the
      // text is parsed as quotes, and each top-level quote rendered in turn.
      StringBuilder source = new StringBuilder();
      for (String paragraph : excerpt.paragraphs()) {
        source.append('>').append(paragraph.replace("\n", "\n>")).append("\n\n");
      }
      for (Node block = markdown.parse(source.toString()).getFirstChild(); block != null; ) {
        Node next = block.getNext();
        markdown.render(block, out);
        block = next;
      }
    }
    out.append("</div>\n</div>\n");
  }

  /**
   * An excerpt whose paragraphs are all simple Markdown is written without the parser, with
   * the same HTML; otherwise nothing is written and the parser is needed.
   */
  private boolean simple(Excerpt excerpt, Appendable out) throws IOException {
    StringBuilder html = out instanceof StringBuilder b ? b : new StringBuilder();
    int mark = html.length();
    for (String paragraph : excerpt.paragraphs()) {
      html.append("<blockquote>\n");
      if (!simple.paragraph(paragraph, html)) {
        html.setLength(mark);
        return false;
      }
      html.append("</blockquote>\n");
    }
    if (html != out) {
      out.append(html);
    }
    return true;
  }

  private void link(URI url, String text, String classes, Appendable out) throws IOException {
    String href = urls.href(url.toString());
    out.append("<a");
    if (classes != null) {
      out.append(" class=\"").append(classes).append('"');
    }
    if (href != null) {
      out.append(" href=\"").append(Html.escape(href)).append('"');
    }
    out.append('>').append(Html.escape(text(text))).append("</a>");
  }

  /** Plain text as Jekyll shows it: with typography in the jekyll preset. */
  private String text(String plain) {
    return jekyll ? Typography.apply(plain, Typography.NONE, Typography.NONE, Typography.NONE) : plain;
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
    private Optional<URI> stylesheet = Optional.empty();
    private PostStyle style = PostStyle.reference();
    private Optional<URI> baseUrl = Optional.empty();
    private Optional<FeedLink> feed = Optional.empty();

    private Builder() {}

    /**
     * The style whose labels and formats the parts built from values show, and where the
     * discovered page's link lives (in the front-matter style, the title links to it first).
     *
     * @param style default {@link PostStyle#reference()}
     * @return this builder
     */
    public Builder style(PostStyle style) {
      this.style = Objects.requireNonNull(style, "style");
      return this;
    }

    /**
     * Show what Jekyll shows (typography, heading ids, tables, strikethrough), or plain
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
      Objects.requireNonNull(baseUrl, "baseUrl");
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
      Objects.requireNonNull(url, "url");
      Objects.requireNonNull(mediaType, "mediaType");
      if (!mediaType.matches("[A-Za-z0-9!#$&^_.+-]+/[A-Za-z0-9!#$&^_.+-]+")) {
        throw LinkPostException.invalid("HtmlRenderer.feed mediaType", "must be a media type", mediaType);
      }
      this.feed = Optional.of(new FeedLink(url.toString(), mediaType));
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
     * A stylesheet the page links to.
     *
     * @param stylesheet the stylesheet's URL; none by default
     * @return this builder
     */
    public Builder stylesheet(URI stylesheet) {
      this.stylesheet = Optional.of(Objects.requireNonNull(stylesheet, "stylesheet"));
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
