package io.github.linkpost.html.internal;

import io.github.linkpost.Link;
import io.github.linkpost.LinkPost;
import java.io.IOException;

/** How one preset shows a post's parts; the renderer puts the entry around them. */
public interface PostHtml {
  /** The post's body, marked up with its microformats. */
  void body(LinkPost post, Appendable out) throws IOException;

  /** A paragraph of the discovered page's link, its {@code u-bookmark-of} (front-matter style). */
  void bookmark(Link page, Appendable out) throws IOException;

  /** Plain text (a title) as the preset shows it, as HTML. */
  String text(String plain);
}
