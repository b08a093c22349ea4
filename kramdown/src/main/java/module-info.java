/**
 * Markdown to HTML as kramdown does it under Jekyll's settings:
 * {@link io.github.linkpost.kramdown.Kramdown} converts, {@link io.github.linkpost.kramdown.KramdownOptions}
 * configures.
 */
// The HTML renderer's module is built after this one, which is not to be warned about.
@SuppressWarnings("module")
module io.github.linkpost.kramdown {
  requires transitive org.jspecify;

  exports io.github.linkpost.kramdown;
  // The element tree, for the link-post HTML renderer's microformats (Tree is the window).
  exports io.github.linkpost.kramdown.internal to io.github.linkpost.html;
}
