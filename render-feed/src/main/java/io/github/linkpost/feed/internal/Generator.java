package io.github.linkpost.feed.internal;

/** What the feeds name as their generator. */
final class Generator {
  static final String NAME = "linkpost";
  static final String URL = "https://github.com/linkpost/linkpost";
  /** Documentation of the {@code _linkpost} JSON Feed extension. */
  static final String EXTENSION_DOCS =
      URL + "/blob/main/docs/feeds.md#the-_linkpost-json-feed-extension";

  private Generator() {}
}
