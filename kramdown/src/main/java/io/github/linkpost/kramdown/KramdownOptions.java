package io.github.linkpost.kramdown;

/**
 * The options of a {@link Kramdown} converter.
 *
 * <pre>{@code
 * KramdownOptions options = KramdownOptions.jekyll();
 * Kramdown kramdown = Kramdown.of(options);
 * }</pre>
 */
public final class KramdownOptions {
  private static final KramdownOptions JEKYLL = new KramdownOptions();

  private KramdownOptions() {}

  /**
   * Jekyll 4.3's settings.
   *
   * @return the shared instance
   */
  public static KramdownOptions jekyll() {
    return JEKYLL;
  }
}
