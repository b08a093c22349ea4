package io.github.linkpost.feed;

import io.github.linkpost.feed.internal.Entry;
import java.net.URI;
import java.time.OffsetDateTime;

/**
 * One post made ready for a feed by {@link FeedWriter#entry}: its id, URL, date and content
 * computed, to be added to a {@link FeedWriter.Session}. Making entries is the costly part of
 * writing a feed and may run on many threads; adding them is in order, on one.
 *
 * <pre>{@code
 * FeedEntry entry = writer.entry("_posts/2025-10-13-p1159-tides.md", post);
 * entry.url();  // https://blog.example.org/2025/10/13/p1159-tides/
 * entry.date(); // 2025-10-13T11:59-07:00
 * }</pre>
 *
 * <p>Immutable.
 */
public final class FeedEntry {
  private final Entry entry;

  FeedEntry(Entry entry) {
    this.entry = entry;
  }

  Entry values() {
    return entry;
  }

  /**
   * The entry's id: the post's URL, or a {@code tag:} URI (see {@link FeedWriter.Builder#tagIds}).
   *
   * @return the id, the same on every run
   */
  public String id() {
    return entry.id();
  }

  /**
   * The post's absolute URL.
   *
   * @return the URL
   */
  public URI url() {
    return entry.url();
  }

  /**
   * The post's date, Jekyll's {@code page.date}: the entry's published and updated time.
   *
   * @return the date, in the site's zone
   */
  public OffsetDateTime date() {
    return entry.date();
  }

  /**
   * The post file's path in the site.
   *
   * @return the path
   */
  public String path() {
    return entry.path();
  }

  @Override
  public String toString() {
    return "FeedEntry[" + entry.path() + ", " + entry.url() + "]";
  }
}
