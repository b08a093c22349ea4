package io.github.linkpost.feed;

import io.github.linkpost.LinkPost;
import io.github.linkpost.LinkPostException;
import io.github.linkpost.feed.internal.AtomWriter;
import io.github.linkpost.feed.internal.Entry;
import io.github.linkpost.feed.internal.FormatWriter;
import io.github.linkpost.feed.internal.JsonFeedWriter;
import io.github.linkpost.feed.internal.LinkedPage;
import io.github.linkpost.feed.internal.PostUrlData;
import io.github.linkpost.feed.internal.Texts;
import io.github.linkpost.html.HtmlRenderer;
import java.io.ByteArrayOutputStream;
import java.io.Closeable;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.PriorityQueue;
import java.util.Set;

/**
 * Writes link posts as an Atom 1.0 (RFC 4287) or JSON Feed 1.1 document, streaming.
 *
 * <pre>{@code
 * Permalinks site = Permalinks.builder().style("pretty").url("https://blog.example.org").build();
 * FeedWriter atom = FeedWriter.builder(FeedFormat.ATOM, site).build();
 * Feed feed = Feed.builder("Notes", URI.create("https://blog.example.org/")).author("Ada").build();
 * try (OutputStream out = Files.newOutputStream(Path.of("feed.xml"))) {
 *   atom.write(feed, posts, out); // the newest 20 of the FeedPosts, newest first
 * }
 * // Or entry by entry, in the order given (newest first), for any number of posts:
 * try (FeedWriter.Session session = atom.open(feed, out)) {
 *   session.add(atom.entry("_posts/2025-10-13-p1159-tides.md", post));
 * }
 * }</pre>
 *
 * <p>Each post becomes one entry (Atom) or item (JSON Feed):
 * <ul>
 *   <li>id: the post's URL, or with {@link Builder#tagIds} a {@code tag:} URI of the site's
 *       host, the file name's day and the file's path; the same on every run;
 *   <li>URL: the post's permalink as Jekyll makes it ({@link Permalinks}), Atom's
 *       {@code rel="alternate"} link, JSON Feed's {@code url};
 *   <li>the linked page (the discovery's page; when it names none, as a discovery line whose
 *       link has other words around it, the first http(s) link of its remarks): JSON Feed's
 *       {@code external_url}, Atom's {@code rel="related"} link, or with {@link Builder#linkedList} the {@code rel="alternate"}
 *       one, the permalink then {@code rel="related"}; the "Discovered" link is Atom's
 *       {@code rel="via"};
 *   <li>title: plain text, exactly as typed;
 *   <li>content: the HTML fragment of {@link HtmlRenderer#jekyll()} (safe: raw HTML shown as
 *       text, only http, https and mailto links), relative URLs made absolute against the post's
 *       URL; its discovery line links the linked page too, for readers that know no
 *       {@code external_url};
 *   <li>published and updated: Jekyll's {@code page.date};
 *   <li>the tags and Jekyll's categories as Atom categories and JSON Feed tags;
 *   <li>the author: the front matter's {@code author} when it is text, else the feed's;
 *   <li>JSON Feed only: the discovery and the quotes in the item's {@code _linkpost} extension
 *       object ({@code discovered}, {@code zone}, {@code via}, {@code page}, {@code remarks},
 *       {@code quotes}, each with its {@code source}, {@code author}, {@code published} date and
 *       {@code excerpts} as lists of CommonMark paragraphs).
 * </ul>
 *
 * <p>Any text gives a well-formed document: XML and JSON are written by the JDK's StAX writer
 * and jackson-core, which escape everything. XML 1.0 cannot carry control characters other than
 * tab, line feed and return, nor U+FFFE and U+FFFF, even as references; Atom's HTML gets each
 * as an HTML character reference (a title holding one is then written as {@code type="html"}),
 * which every reader turns back into the character; where Atom has plain text only (an author's
 * name, a category, an attribute, which XML reads a tab in as a space), and for U+0000 in a
 * title, the entry is refused with a {@link LinkPostException} naming the post
 * and the field, before any of it is written, and nothing is dropped or replaced. A link's
 * {@code title} attribute, a hint, is left out in that case. JSON Feed carries every character.
 *
 * <p>Memory: a {@link Session} holds one entry at a time. {@link #write} keeps the newest
 * {@link Builder#limit} posts while it reads the rest; with no limit it keeps every post, so for a
 * whole large blog sort the posts' files by {@link Permalinks#date} first and give them to a
 * session newest first, reading each again as it is added (the command-line tool does so).
 * Instances are immutable and thread-safe; a session is for one thread.
 */
public final class FeedWriter {
  /** Newest first; for the same date the later path first, as Jekyll's {@code site.posts}. */
  private static final Comparator<Dated> NEWEST_FIRST = Comparator
      .comparing((Dated d) -> d.date().toInstant()).thenComparing(Dated::path).reversed();

  private final FeedFormat format;
  private final Permalinks permalinks;
  private final boolean linkedList;
  private final boolean tagIds;
  private final int limit;

  private FeedWriter(Builder b) {
    this.format = b.format;
    this.permalinks = b.permalinks;
    this.linkedList = b.linkedList;
    this.tagIds = b.tagIds;
    this.limit = b.limit;
  }

  /**
   * Starts a writer.
   *
   * @param format the format
   * @param permalinks the site's URL settings; it must have a {@link Permalinks.Builder#url}
   * @return a new builder
   * @throws LinkPostException when the permalinks have no site URL
   */
  public static Builder builder(FeedFormat format, Permalinks permalinks) {
    return new Builder(format, permalinks);
  }

  /**
   * A builder with this writer's settings.
   *
   * @return a new builder
   */
  public Builder toBuilder() {
    return new Builder(format, permalinks).linkedList(linkedList).tagIds(tagIds).limit(limit);
  }

  /**
   * The format written.
   *
   * @return the format
   */
  public FeedFormat format() {
    return format;
  }

  /**
   * The site's URL settings.
   *
   * @return the permalinks
   */
  public Permalinks permalinks() {
    return permalinks;
  }

  /**
   * Makes a post ready to be added to a session: its URL, id, date and HTML. Thread-safe.
   *
   * @param path the post file's path in the site (see {@link Permalinks#relativeUrl})
   * @param post the post read from it
   * @return the entry
   * @throws LinkPostException when the path is not a post's or Jekyll could make no URL of it
   */
  public FeedEntry entry(String path, LinkPost post) {
    LinkPostException.notNull("path", path);
    LinkPostException.notNull("post", post);
    PostUrlData data = permalinks.data(path, post);
    URI url = permalinks.absoluteUrl(data, post);
    String id = tagIds ? permalinks.tagUri(data) : url.toString();
    Set<String> terms = new LinkedHashSet<>(PostUrlData.tags(post));
    terms.addAll(data.categories());
    String html = HtmlRenderer.builder().baseUrl(url).build().render(post);
    Optional<String> author = Optional.ofNullable(post.extraFrontMatter().get("author"))
        .filter(String.class::isInstance).map(String.class::cast).map(String::strip)
        .filter(a -> !a.isEmpty());
    author.ifPresent(a -> Texts.plain(path + ": author", a));
    return new FeedEntry(new Entry(path, id, url, post.title().orElseGet(data::fileTitle),
        post.discovery().flatMap(LinkedPage::of), post.discovery(),
        data.date().toOffsetDateTime(), List.copyOf(terms), author, html, post.quotes()));
  }

  /**
   * Starts a document written entry by entry, in the order they are added (newest first). The
   * feed's own elements are written with the first entry, whose date is the feed's updated
   * time unless the feed sets one (an empty feed is updated now).
   *
   * @param feed the feed's description
   * @param out where the document goes (UTF-8); not closed
   * @return the session; close it to end the document
   * @throws LinkPostException when a text of the feed cannot be written in this format
   */
  public Session open(Feed feed, OutputStream out) {
    LinkPostException.notNull("feed", feed);
    LinkPostException.notNull("out", out);
    if (format == FeedFormat.ATOM) {
      AtomWriter.check(feed);
      return new Session(feed, new AtomWriter(out, linkedList));
    }
    try {
      return new Session(feed, new JsonFeedWriter(out));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Writes a whole feed: the newest {@link Builder#limit} posts, newest first. Only that many
   * posts are kept while the others are read (all of them with no limit).
   *
   * @param feed the feed's description
   * @param posts the posts, in any order
   * @param out where the document goes (UTF-8); not closed
   * @return the number of entries written
   * @throws IOException when the stream fails
   * @throws LinkPostException when a post cannot be written (see the class description)
   */
  public int write(Feed feed, Iterable<FeedPost> posts, OutputStream out) throws IOException {
    LinkPostException.notNull("posts", posts);
    List<Dated> newest = newest(posts);
    try (Session session = open(feed, out)) {
      for (Dated d : newest) {
        session.add(entry(d.path(), d.post()));
      }
      return session.count();
    }
  }

  /**
   * Writes a whole feed as {@link #write(Feed, Iterable, OutputStream)} does, into a string.
   *
   * @param feed the feed's description
   * @param posts the posts, in any order
   * @return the document
   * @throws LinkPostException when a post cannot be written
   */
  public String write(Feed feed, Iterable<FeedPost> posts) {
    ByteArrayOutputStream out = new ByteArrayOutputStream(8192);
    try {
      write(feed, posts, out);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toString(StandardCharsets.UTF_8);
  }

  private record Dated(OffsetDateTime date, String path, LinkPost post) {}

  private List<Dated> newest(Iterable<FeedPost> posts) {
    // A heap whose head is the oldest kept post, which a newer one pushes out.
    PriorityQueue<Dated> kept = new PriorityQueue<>(NEWEST_FIRST.reversed());
    for (FeedPost p : posts) {
      kept.add(new Dated(permalinks.date(p.path(), p.post()), p.path(), p.post()));
      if (limit > 0 && kept.size() > limit) {
        kept.poll();
      }
    }
    List<Dated> sorted = new ArrayList<>(kept);
    sorted.sort(NEWEST_FIRST);
    return sorted;
  }

  /**
   * One document being written, entry by entry, in the order they are added. Closing it ends
   * the document (and writes the feed's head if no entry came). Not thread-safe.
   */
  public static final class Session implements Closeable {
    private final Feed feed;
    private final FormatWriter writer;
    private int count;
    private boolean started;
    private boolean closed;

    private Session(Feed feed, FormatWriter writer) {
      this.feed = feed;
      this.writer = writer;
    }

    /**
     * Writes an entry.
     *
     * @param entry the entry, made by {@link FeedWriter#entry} of the same writer's settings
     * @throws IOException when the stream fails
     * @throws LinkPostException when the entry cannot be written in this format; nothing of it
     *     is written then, and the session can go on
     */
    public void add(FeedEntry entry) throws IOException {
      LinkPostException.notNull("entry", entry);
      if (closed) {
        throw new IllegalStateException("the session is closed");
      }
      start(entry.date());
      writer.entry(entry.values());
      count++;
    }

    /**
     * The number of entries written so far.
     *
     * @return the count
     */
    public int count() {
      return count;
    }

    private void start(OffsetDateTime newest) throws IOException {
      if (!started) {
        started = true;
        writer.start(feed, feed.updated().orElse(newest));
      }
    }

    /**
     * Ends the document; the stream stays open.
     *
     * @throws IOException when the stream fails
     */
    @Override
    public void close() throws IOException {
      if (closed) {
        return;
      }
      closed = true;
      start(OffsetDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.SECONDS));
      writer.end();
    }
  }

  /** Configures a {@link FeedWriter}. */
  public static final class Builder {
    private final FeedFormat format;
    private final Permalinks permalinks;
    private boolean linkedList;
    private boolean tagIds;
    private int limit = 20;

    private Builder(FeedFormat format, Permalinks permalinks) {
      this.format = LinkPostException.notNull("format", format);
      this.permalinks = LinkPostException.notNull("permalinks", permalinks);
      if (permalinks.url().isEmpty()) {
        throw new LinkPostException("a feed needs the site's URL: set Permalinks.Builder.url");
      }
    }

    /**
     * The linked-list style of link blogs: in Atom, the linked page is the entry's
     * {@code rel="alternate"} link (where a reader goes from the title) and the post's own
     * URL its {@code rel="related"} one. JSON Feed is the same either way.
     *
     * @param linkedList default false: the post's URL is the alternate link
     * @return this builder
     */
    public Builder linkedList(boolean linkedList) {
      this.linkedList = linkedList;
      return this;
    }

    /**
     * Ids as {@code tag:} URIs (RFC 4151) of the site's host, the day the file name starts
     * with and the file's path, such as {@code tag:blog.example.org,2025-10-13:/_posts/2025-10-13-tides.md}:
     * they stay when the permalink style changes.
     *
     * @param tagIds default false: the id is the post's URL
     * @return this builder
     */
    public Builder tagIds(boolean tagIds) {
      this.tagIds = tagIds;
      return this;
    }

    /**
     * How many of the newest posts {@link FeedWriter#write} writes.
     *
     * @param limit default 20; 0 for all
     * @return this builder
     * @throws LinkPostException when it is negative
     */
    public Builder limit(int limit) {
      if (limit < 0) {
        throw LinkPostException.invalid("FeedWriter.limit", "must be 0 (all) or more", limit);
      }
      this.limit = limit;
      return this;
    }

    /**
     * The writer.
     *
     * @return an immutable writer
     */
    public FeedWriter build() {
      return new FeedWriter(this);
    }
  }
}
