/**
 * HTML for link posts: {@link io.github.linkpost.html.HtmlRenderer} renders a post as the
 * fragment Jekyll would show, or as a complete page, safe by default, with microformats2.
 */
module io.github.linkpost.html {
  requires transitive io.github.linkpost.core;
  requires io.github.linkpost.kramdown;
  requires io.github.linkpost.markdown;
  requires org.commonmark;
  requires io.github.linkpost.commonmark;

  exports io.github.linkpost.html;

  provides io.github.linkpost.PostRenderer with io.github.linkpost.html.internal.HtmlRendererService;
}
