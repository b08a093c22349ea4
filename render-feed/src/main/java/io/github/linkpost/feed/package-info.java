/**
 * Feeds of link posts: {@link io.github.linkpost.feed.FeedWriter} writes a
 * {@link io.github.linkpost.feed.Feed} and its posts as Atom 1.0 or JSON Feed 1.1, and
 * {@link io.github.linkpost.feed.Permalinks} gives each post's URL and date as Jekyll makes them.
 */
package io.github.linkpost.feed;
