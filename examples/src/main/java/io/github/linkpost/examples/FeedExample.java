package io.github.linkpost.examples;

import io.github.linkpost.LinkPost;
import io.github.linkpost.feed.Feed;
import io.github.linkpost.feed.FeedFormat;
import io.github.linkpost.feed.FeedPost;
import io.github.linkpost.feed.FeedWriter;
import io.github.linkpost.feed.Permalinks;
import java.io.IOException;
import java.io.OutputStream;
import java.net.URI;
import java.time.ZoneId;
import java.util.List;

/**
 * The feed example of docs/feeds.md: one post as an Atom feed of a Jekyll site.
 *
 * <pre>{@code
 * FeedExample.write(post, System.out);
 * }</pre>
 */
public final class FeedExample {
  private FeedExample() {}

  /**
   * Writes the post as the only entry of an Atom feed.
   *
   * @param post a post whose file is {@code _posts/2025-10-13-p1159-tides.md}
   * @param out where the feed goes
   * @throws IOException when the stream fails
   */
  public static void write(LinkPost post, OutputStream out) throws IOException {
    // docs:start docs/feeds.md
    Permalinks site = Permalinks.builder()
        .style("pretty")                              // _config.yml's permalink
        .url("https://blog.example.org").baseurl("/notes")
        .zone(ZoneId.of("America/Vancouver"))         // its timezone
        .build();
    Feed feed = Feed.builder("Notes", URI.create("https://blog.example.org/notes/"))
        .feedUrl(URI.create("https://blog.example.org/notes/feed.xml")).author("Ada").build();
    FeedWriter atom = FeedWriter.builder(FeedFormat.ATOM, site).build();   // or FeedFormat.JSON_FEED
    atom.write(feed, List.of(new FeedPost("_posts/2025-10-13-p1159-tides.md", post)), out);
    // docs:end
  }
}
