package io.github.linkpost.markdown.internal;

import io.github.linkpost.LinkPost;
import io.github.linkpost.PostRenderer;
import io.github.linkpost.markdown.JekyllMarkdownRenderer;
import java.io.IOException;

/** The {@code markdown} format as a service: the default {@link JekyllMarkdownRenderer}. */
public final class MarkdownRendererService implements PostRenderer {
  private final JekyllMarkdownRenderer renderer = JekyllMarkdownRenderer.jekyll();

  /** Made by {@link java.util.ServiceLoader}. */
  public MarkdownRendererService() {}

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
