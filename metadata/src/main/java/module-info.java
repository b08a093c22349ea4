/**
 * Page metadata for link posts: {@link io.github.linkpost.metadata.PageMetadata} reads a page's
 * title, authors, publication date, site name, description and canonical URL from its markup;
 * {@link io.github.linkpost.metadata.PageFetcher} fetches a page over http or https.
 */
module io.github.linkpost.metadata {
  requires transitive io.github.linkpost.core;
  requires java.net.http;
  requires org.jsoup;
  requires com.fasterxml.jackson.core;

  exports io.github.linkpost.metadata;
}
