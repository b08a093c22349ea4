package io.github.linkpost;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import org.junit.jupiter.api.Test;

class PostRenderersTest {
  /** Registered only in this module's test resources. */
  public static final class TitleRenderer implements PostRenderer {
    @Override
    public String format() {
      return "title-only";
    }

    @Override
    public void render(LinkPost post, Appendable out) throws IOException {
      out.append(post.title().orElse(""));
    }
  }

  @Test
  void findsARendererRegisteredAsAService() {
    PostRenderer renderer = PostRenderers.find("title-only");
    assertThat(renderer).isInstanceOf(TitleRenderer.class);
    assertThat(renderer.render(LinkPost.builder().title("Hi").build())).isEqualTo("Hi");
    assertThat(PostRenderers.formats()).contains("title-only");
    assertThat(PostRenderers.all()).extracting(PostRenderer::format).contains("title-only");
  }

  @Test
  void anUnknownNameListsTheFormatsFound() {
    assertThatThrownBy(() -> PostRenderers.find("pdf"))
        .isInstanceOf(LinkPostException.class)
        .hasMessage("format must be one of the formats found [title-only], was \"pdf\"");
  }
}
