package io.github.linkpost.html.internal;

import io.github.linkpost.LinkPost;
import io.github.linkpost.PostRenderer;
import io.github.linkpost.html.HtmlRenderer;
import java.io.IOException;

/** The {@code html} format as a service: {@link HtmlRenderer#jekyll()}. */
public final class HtmlRendererService implements PostRenderer {
  /** Made by {@link java.util.ServiceLoader}. */
  public HtmlRendererService() {}

  @Override
  public String format() {
    return HtmlRenderer.FORMAT;
  }

  @Override
  public void render(LinkPost post, Appendable out) throws IOException {
    HtmlRenderer.jekyll().render(post, out);
  }
}
