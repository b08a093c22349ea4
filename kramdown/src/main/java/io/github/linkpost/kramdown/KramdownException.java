package io.github.linkpost.kramdown;

/**
 * An option that kramdown (or this engine) does not accept: an unknown name, a value of the
 * wrong type, or a setting this engine does not support. The message names the option and the
 * value. Markdown input never causes it: a malformed construct is read as text, as kramdown
 * reads it.
 *
 * <pre>{@code
 * try {
 *   KramdownOptions.fromJekyllConfig(Map.of("auto_ids", List.of()));
 * } catch (KramdownException e) {
 *   // kramdown option auto_ids: [] is not a boolean
 * }
 * }</pre>
 */
public final class KramdownException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /**
   * An exception with a message for the user.
   *
   * @param message what is wrong, naming the option and the value
   */
  public KramdownException(String message) {
    super(message);
  }
}
