/**
 * Markdown to HTML as kramdown does it under Jekyll's settings:
 * {@link io.github.linkpost.kramdown.Kramdown} converts, {@link io.github.linkpost.kramdown.KramdownOptions}
 * configures.
 */
@SuppressWarnings("module") // the HTML renderer's module is compiled after this one
module io.github.linkpost.kramdown {
  exports io.github.linkpost.kramdown;
  exports io.github.linkpost.kramdown.tree to io.github.linkpost.html;
}
