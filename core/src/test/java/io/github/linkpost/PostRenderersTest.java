package io.github.linkpost;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
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

  /** A renderer with settings, registered through a provider class as renderer modules do. */
  public static final class ShoutRenderer implements PostRenderer {
    static final ShoutRenderer LOUD = new ShoutRenderer("!!");

    private final String marks;

    private ShoutRenderer(String marks) {
      this.marks = marks;
    }

    String marks() {
      return marks;
    }

    @Override
    public String format() {
      return "shout";
    }

    @Override
    public void render(LinkPost post, Appendable out) throws IOException {
      out.append(post.title().orElse("").toUpperCase(java.util.Locale.ROOT)).append(marks);
    }
  }

  /** What META-INF/services names: its provider() gives the renderer itself. */
  public static final class ShoutProvider implements PostRenderer {
    public static PostRenderer provider() {
      return ShoutRenderer.LOUD;
    }

    @Override
    public String format() {
      return "shout";
    }

    @Override
    public void render(LinkPost post, Appendable out) {
      throw new AssertionError("the stand-in is never used");
    }
  }

  /** Two renderers that both say they are "twice". */
  public static final class TwiceOne extends Twice {}

  /** The other. */
  public static final class TwiceTwo extends Twice {}

  abstract static class Twice implements PostRenderer {
    @Override
    public String format() {
      return "twice";
    }

    @Override
    public void render(LinkPost post, Appendable out) throws IOException {
      out.append(getClass().getSimpleName());
    }
  }

  @Test
  void findsARendererRegisteredAsAService() {
    PostRenderer renderer = PostRenderers.find("title-only");
    assertThat(renderer).isInstanceOf(TitleRenderer.class);
    assertThat(renderer.render(LinkPost.builder().title("Hi").build())).isEqualTo("Hi");
    assertThat(PostRenderers.formats()).containsExactly("shout", "title-only", "twice");
    assertThat(PostRenderers.all()).extracting(PostRenderer::format)
        .containsExactly("shout", "title-only", "twice", "twice");
  }

  @Test
  void givesTheRendererItselfWhenTheProviderHasAProviderMethod() {
    ShoutRenderer shout = PostRenderers.find("shout", ShoutRenderer.class);
    assertThat(shout).isSameAs(ShoutRenderer.LOUD);
    assertThat(shout.marks()).isEqualTo("!!");
    assertThatThrownBy(() -> PostRenderers.find("shout", TitleRenderer.class))
        .isInstanceOf(LinkPostException.class)
        .hasMessageStartingWith("format is given by " + ShoutRenderer.class.getName())
        .hasMessageEndingWith(", not a " + TitleRenderer.class.getName() + ", was \"shout\"");
  }

  @Test
  void refusesANameThatTwoRenderersGive() {
    assertThatThrownBy(() -> PostRenderers.find("twice"))
        .isInstanceOf(LinkPostException.class)
        .hasMessageStartingWith("format is given by 2 renderers, " + TwiceOne.class.getName())
        .hasMessageContaining(" and " + TwiceTwo.class.getName())
        .hasMessageEndingWith("; keep one of them on the path, was \"twice\"");
  }

  @Test
  void anUnknownNameListsTheFormatsFound() {
    assertThatThrownBy(() -> PostRenderers.find("pdf"))
        .isInstanceOf(LinkPostException.class)
        .hasMessage("format must be one of the formats found [shout, title-only, twice], was \"pdf\"");
  }

  /** The lookup is made once: every thread, every call, gets the same renderers. */
  @Test
  void theLookupIsMadeOnceAndShared() throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(8);
    try {
      List<Future<PostRenderer>> found = new ArrayList<>();
      for (int i = 0; i < 64; i++) {
        found.add(pool.submit(() -> PostRenderers.find("title-only")));
      }
      PostRenderer first = found.get(0).get();
      for (Future<PostRenderer> f : found) {
        assertThat(f.get()).isSameAs(first);
      }
    } finally {
      pool.shutdown();
    }
    assertThat(PostRenderers.all()).isSameAs(PostRenderers.all());
  }
}
