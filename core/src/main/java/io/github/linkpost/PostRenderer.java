package io.github.linkpost;

import java.io.IOException;
import java.io.UncheckedIOException;

/**
 * Turns a {@link LinkPost} into text of one format. Implementations are immutable and
 * thread-safe; a third party adds a format by implementing this interface and registering the
 * class as a {@link java.util.ServiceLoader} service ({@code provides} in {@code module-info}, or
 * {@code META-INF/services/io.github.linkpost.PostRenderer} on the class path).
 *
 * <pre>{@code
 * PostRenderer html = PostRenderers.find("html");
 * String page = html.render(post);
 * }</pre>
 */
public interface PostRenderer {
  /**
   * The format's name, by which {@link PostRenderers#find(String)} finds the renderer.
   *
   * @return a short lower-case name such as {@code "markdown"} or {@code "html"}
   */
  String format();

  /**
   * Renders a post.
   *
   * @param post the post
   * @param out where the text goes
   * @throws IOException when {@code out} fails
   */
  void render(LinkPost post, Appendable out) throws IOException;

  /**
   * Renders a post to a string.
   *
   * @param post the post
   * @return the text
   */
  default String render(LinkPost post) {
    StringBuilder out = new StringBuilder(4096);
    try {
      render(post, out);
    } catch (IOException e) {
      throw new UncheckedIOException(e); // a StringBuilder does not fail
    }
    return out.toString();
  }
}
