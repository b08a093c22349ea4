package io.github.linkpost.feed;

/**
 * The formats a {@link FeedWriter} writes.
 *
 * <pre>{@code
 * FeedFormat format = FeedFormat.ATOM;
 * format.mediaType(); // "application/atom+xml", for a page's <link rel="alternate" type=...>
 * }</pre>
 */
public enum FeedFormat {
  /** Atom 1.0, RFC 4287. */
  ATOM("application/atom+xml"),
  /** JSON Feed 1.1. */
  JSON_FEED("application/feed+json");

  private final String mediaType;

  FeedFormat(String mediaType) {
    this.mediaType = mediaType;
  }

  /**
   * The format's media type.
   *
   * @return {@code application/atom+xml} or {@code application/feed+json}
   */
  public String mediaType() {
    return mediaType;
  }
}
