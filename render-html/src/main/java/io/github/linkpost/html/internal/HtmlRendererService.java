package io.github.linkpost.html.internal;

import io.github.linkpost.LinkPost;
import io.github.linkpost.PostRenderer;
import io.github.linkpost.html.HtmlRenderer;
import java.io.IOException;

/**
 * The {@code html} format as a service: {@link #provider()} gives {@link HtmlRenderer#jekyll()}
 * itself (on the module path, and through {@code PostRenderers} on the class path); an instance
 * made by {@link java.util.ServiceLoader} on the class path stands in for it.
 */
public final class HtmlRendererService implements PostRenderer {
  /** Made by {@link java.util.ServiceLoader} on the class path. */
  public HtmlRendererService() {}

  /**
   * The renderer itself, for {@link java.util.ServiceLoader}.
   *
   * @return {@link HtmlRenderer#jekyll()}
   */
  public static HtmlRenderer provider() {
    return HtmlRenderer.jekyll();
  }

  @Override
  public String format() {
    return HtmlRenderer.FORMAT;
  }

  @Override
  public void render(LinkPost post, Appendable out) throws IOException {
    HtmlRenderer.jekyll().render(post, out);
  }
}
