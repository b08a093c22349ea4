package io.github.linkpost.kramdown;

import java.util.Objects;

/**
 * Converts Markdown to HTML as kramdown 2.4 with its GFM parser does under Jekyll 4.3's
 * settings.
 *
 * <pre>{@code
 * String html = Kramdown.jekyll().toHtml("It's *here*.\n");
 * // <p>It’s <em>here</em>.</p>
 * }</pre>
 *
 * <p>Instances are immutable and thread-safe.
 */
public final class Kramdown {
  private static final Kramdown JEKYLL = new Kramdown(KramdownOptions.jekyll());

  private final KramdownOptions options;

  private Kramdown(KramdownOptions options) {
    this.options = options;
  }

  /**
   * The converter with Jekyll 4.3's settings.
   *
   * @return the shared instance
   */
  public static Kramdown jekyll() {
    return JEKYLL;
  }

  /**
   * A converter with the given options.
   *
   * @param options the options
   * @return the converter
   */
  public static Kramdown of(KramdownOptions options) {
    return new Kramdown(Objects.requireNonNull(options, "options"));
  }

  /**
   * The options this converter uses.
   *
   * @return the options
   */
  public KramdownOptions options() {
    return options;
  }

  /**
   * Converts a document.
   *
   * @param markdown the document's Markdown
   * @return its HTML
   */
  public String toHtml(String markdown) {
    Objects.requireNonNull(markdown, "markdown");
    return io.github.linkpost.kramdown.internal.Document
        .parse(markdown, new io.github.linkpost.kramdown.internal.Settings(),
            new java.util.ArrayList<>())
        .toHtml();
  }
}
