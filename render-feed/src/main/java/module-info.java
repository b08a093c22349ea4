/**
 * Feeds of link posts: {@link io.github.linkpost.feed.FeedWriter} writes Atom 1.0 and JSON Feed
 * 1.1 documents, {@link io.github.linkpost.feed.Permalinks} gives each post's URL as Jekyll makes
 * it.
 */
module io.github.linkpost.feed {
  requires transitive io.github.linkpost.core;
  requires io.github.linkpost.html;
  requires com.fasterxml.jackson.core;
  requires org.commonmark;
  requires java.xml;

  exports io.github.linkpost.feed;
}
