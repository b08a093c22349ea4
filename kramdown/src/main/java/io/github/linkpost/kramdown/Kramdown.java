package io.github.linkpost.kramdown;

import io.github.linkpost.kramdown.internal.Document;
import io.github.linkpost.kramdown.internal.Settings;
import java.util.ArrayList;
import java.util.List;
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
  private final Settings settings;

  private Kramdown(KramdownOptions options) {
    this.options = options;
    this.settings = Settings.of(options);
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
    return Document.parse(markdown, settings, new ArrayList<>()).toHtml();
  }

  /**
   * Converts a document and collects kramdown's warnings (a malformed construct is read as
   * text, with a warning such as "Found no end tag for 'div' (line 3) - auto-closing it").
   *
   * @param markdown the document's Markdown
   * @param warnings where the warnings are added
   * @return its HTML
   */
  public String toHtml(String markdown, List<String> warnings) {
    Objects.requireNonNull(markdown, "markdown");
    Objects.requireNonNull(warnings, "warnings");
    return Document.parse(markdown, settings, warnings).toHtml();
  }
}
