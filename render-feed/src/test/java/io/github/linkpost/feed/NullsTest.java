package io.github.linkpost.feed;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.linkpost.LinkPostException;
import java.net.URI;
import org.junit.jupiter.api.Test;

/** Null is refused with the library's exception, naming the parameter. */
class NullsTest {
  private static final URI HOME = URI.create("https://example.org/");
  private static final Permalinks SITE = Permalinks.builder().url("https://example.org").build();

  @Test
  void nullIsRefusedByName() {
    assertThatThrownBy(() -> Feed.builder(null, HOME)).isInstanceOf(LinkPostException.class)
        .hasMessage("title must not be null");
    assertThatThrownBy(() -> Feed.builder("T", null)).isInstanceOf(LinkPostException.class)
        .hasMessage("home must not be null");
    assertThatThrownBy(() -> Permalinks.builder().zone(null))
        .isInstanceOf(LinkPostException.class).hasMessage("zone must not be null");
    assertThatThrownBy(() -> FeedWriter.builder(null, SITE))
        .isInstanceOf(LinkPostException.class).hasMessage("format must not be null");
    FeedWriter writer = FeedWriter.builder(FeedFormat.ATOM, SITE).build();
    assertThatThrownBy(() -> writer.entry("_posts/2025-01-01-a.md", null))
        .isInstanceOf(LinkPostException.class).hasMessage("post must not be null");
  }
}
