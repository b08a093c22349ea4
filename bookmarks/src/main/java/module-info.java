/**
 * Bookmark exports as values, and their import as link posts:
 * {@link io.github.linkpost.bookmarks.BookmarkFiles} reads the Netscape bookmark file that
 * browsers and bookmarking services write, Pinboard's JSON and Pocket's and Instapaper's lists;
 * {@link io.github.linkpost.bookmarks.BookmarkImport} turns them into Jekyll link posts, once
 * each.
 */
@SuppressWarnings("requires-automatic") // Immutables' annotations: compile time only
module io.github.linkpost.bookmarks {
  requires transitive io.github.linkpost.core;
  requires transitive io.github.linkpost.markdown;
  requires org.jsoup;
  requires com.fasterxml.jackson.core;
  requires static org.immutables.value.annotations;

  exports io.github.linkpost.bookmarks;
}
