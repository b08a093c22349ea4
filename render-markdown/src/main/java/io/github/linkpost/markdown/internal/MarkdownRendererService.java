package io.github.linkpost.markdown.internal;

import io.github.linkpost.LinkPost;
import io.github.linkpost.PostRenderer;
import io.github.linkpost.markdown.JekyllMarkdownRenderer;
import java.io.IOException;

/**
 * The {@code markdown} format as a service: {@link #provider()} gives
 * {@link JekyllMarkdownRenderer#jekyll()} itself (on the module path, and through
 * {@code PostRenderers} on the class path); an instance made by {@link java.util.ServiceLoader}
 * on the class path stands in for it.
 */
public final class MarkdownRendererService implements PostRenderer {
  private final JekyllMarkdownRenderer renderer = JekyllMarkdownRenderer.jekyll();

  /** Made by {@link java.util.ServiceLoader} on the class path. */
  public MarkdownRendererService() {}

  /**
   * The renderer itself, for {@link java.util.ServiceLoader}.
   *
   * @return {@link JekyllMarkdownRenderer#jekyll()}
   */
  public static JekyllMarkdownRenderer provider() {
    return JekyllMarkdownRenderer.jekyll();
  }

  @Override
  public String format() {
    return renderer.format();
  }

  @Override
  public void render(LinkPost post, Appendable out) throws IOException {
    renderer.render(post, out);
  }

  @Override
  public String render(LinkPost post) {
    return renderer.render(post);
  }
}
