package io.github.linkpost;

import java.util.ArrayList;
import java.util.List;
import java.util.ServiceLoader;
import java.util.TreeMap;

/**
 * Finds renderers by format name among those on the class path or module path.
 *
 * <pre>{@code
 * PostRenderer markdown = PostRenderers.find("markdown");
 * List<String> formats = PostRenderers.formats(); // e.g. [html, markdown]
 * }</pre>
 */
public final class PostRenderers {
  private PostRenderers() {}

  /**
   * The renderer for a format.
   *
   * @param format the format's name, e.g. {@code "markdown"}
   * @return the renderer
   * @throws LinkPostException when no renderer has that name; the message lists those found
   */
  public static PostRenderer find(String format) {
    TreeMap<String, PostRenderer> found = load();
    PostRenderer renderer = found.get(format);
    if (renderer == null) {
      throw LinkPostException.invalid(
          "format", "must be one of the formats found " + found.keySet(), format);
    }
    return renderer;
  }

  /**
   * Every renderer found, ordered by format name.
   *
   * @return the renderers
   */
  public static List<PostRenderer> all() {
    return new ArrayList<>(load().values());
  }

  /**
   * The names of the formats found, in order.
   *
   * @return the names
   */
  public static List<String> formats() {
    return new ArrayList<>(load().keySet());
  }

  private static TreeMap<String, PostRenderer> load() {
    TreeMap<String, PostRenderer> found = new TreeMap<>();
    for (PostRenderer renderer : ServiceLoader.load(PostRenderer.class)) {
      found.putIfAbsent(renderer.format(), renderer);
    }
    return found;
  }
}
