package io.github.linkpost;

import java.net.URI;
import org.immutables.value.Value;

/**
 * A web page: the text a link shows and the absolute http(s) URL it points at.
 *
 * <pre>{@code
 * Link page = Link.of("Everything I've learned so far", "https://example.org/posts/llms/");
 * page.text(); // "Everything I've learned so far", shown exactly as typed
 * page.url();  // https://example.org/posts/llms/
 * }</pre>
 *
 * <p>The text is plain text on one line (no Markdown: renderers escape it); the URL is absolute
 * with an http or https scheme and a host.
 */
@Value.Immutable
@SuppressWarnings("exports") // Immutables' annotations are compile-time only
public abstract class Link {
  Link() {}

  /**
   * The text the link shows: plain text, one line, not blank.
   *
   * @return the link text
   */
  @Value.Parameter
  public abstract String text();

  /**
   * The page: an absolute http or https URL.
   *
   * @return the URL
   */
  @Value.Parameter
  public abstract URI url();

  /**
   * A link.
   *
   * @param text plain text, one line, not blank
   * @param url an absolute http or https URL
   * @return the link
   * @throws LinkPostException when the text or the URL breaks a rule
   */
  public static Link of(String text, URI url) {
    return ImmutableLink.of(Checks.notNull("Link.text", text), Checks.notNull("Link.url", url));
  }

  /**
   * A link to a URL given as text. Characters that cannot stand in a URL (spaces, {@code "},
   * {@code <}, {@code >}, {@code |}, ...) are percent-encoded, which names the same page.
   *
   * @param text plain text, one line, not blank
   * @param url an absolute http or https URL
   * @return the link
   * @throws LinkPostException when the text or the URL breaks a rule
   */
  public static Link of(String text, String url) {
    Checks.notNull("Link.text", text);
    return of(text, Checks.parseWebUrl("Link.url", Checks.notNull("Link.url", url)));
  }

  /**
   * A copy with another text.
   *
   * @param text plain text, one line, not blank
   * @return the copy
   */
  public final Link withText(String text) {
    return ((ImmutableLink) this).copyWithText(Checks.notNull("Link.text", text));
  }

  /**
   * A copy with another URL.
   *
   * @param url an absolute http or https URL
   * @return the copy
   */
  public final Link withUrl(URI url) {
    return ((ImmutableLink) this).copyWithUrl(Checks.notNull("Link.url", url));
  }

  /**
   * A copy with another URL, given as text (encoded as {@link #of(String, String)} does).
   *
   * @param url an absolute http or https URL
   * @return the copy
   */
  public final Link withUrl(String url) {
    return withUrl(Checks.parseWebUrl("Link.url", Checks.notNull("Link.url", url)));
  }

  @Value.Check
  void check() {
    Checks.oneLine("Link.text", text());
    Checks.webUrl("Link.url", url());
  }
}
