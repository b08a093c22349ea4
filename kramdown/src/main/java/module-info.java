/**
 * Markdown to HTML as kramdown does it under Jekyll's settings:
 * {@link io.github.linkpost.kramdown.Kramdown} converts, {@link io.github.linkpost.kramdown.KramdownOptions}
 * configures.
 */
module io.github.linkpost.kramdown {
  requires transitive org.jspecify;

  exports io.github.linkpost.kramdown;
}
