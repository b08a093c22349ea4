package io.github.linkpost.feed;

import io.github.linkpost.LinkPostException;
import io.github.linkpost.LinkPost;

/**
 * A post and the path of its file in the site, which its URL and date are made from.
 *
 * <pre>{@code
 * FeedPost post = new FeedPost("_posts/2025-10-13-p1159-tides.md", reader.read(file));
 * }</pre>
 *
 * @param path the file's path in the site's folder, {@code /} between folders (see
 *     {@link Permalinks#relativeUrl})
 * @param post the post read from it
 */
public record FeedPost(String path, LinkPost post) {
  /**
   * A post and its path.
   *
   * @param path the file's path in the site's folder
   * @param post the post
   */
  public FeedPost {
    LinkPostException.notNull("path", path);
    LinkPostException.notNull("post", post);
  }
}
