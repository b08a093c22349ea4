package io.github.linkpost.markdown;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.linkpost.Discovery;
import io.github.linkpost.Excerpt;
import io.github.linkpost.Link;
import io.github.linkpost.LinkPost;
import io.github.linkpost.Quote;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class TextFragmentLinksTest {
  static final LinkPost POST = LinkPost.builder()
      .title("ME:: worth it ; Ada:: Notes")
      .discovery(Discovery.builder().at(Instant.parse("2025-10-13T18:59:00Z"))
          .page(Link.of("Notes", "https://example.org/notes/")).build())
      .addQuote(Quote.builder().source(Link.of("Ada:: Notes", "https://example.org/notes/"))
          .addExcerpt(Excerpt.of("Small models write **small** programs, well."))
          .addExcerpt(Excerpt.of("Not linked."))
          .build())
      .build();

  @Test
  void offByDefaultTheReferenceFormatIsUnchanged() {
    assertThat(JekyllMarkdownRenderer.jekyll().render(POST))
        .contains("* Read the whole thing:  [Ada:: Notes](https://example.org/notes/) \n")
        .doesNotContain(":~:");
    assertThat(JekyllMarkdownRenderer.builder().textFragments(false).build().render(POST))
        .isEqualTo(JekyllMarkdownRenderer.jekyll().render(POST));
  }

  @Test
  void onTheSourceLinkPointsAtTheFirstExcerpt() {
    JekyllMarkdownRenderer renderer = JekyllMarkdownRenderer.builder().textFragments(true).build();
    String text = renderer.render(POST);
    assertThat(text).contains("* Read the whole thing:  [Ada:: Notes](https://example.org/notes/"
        + "#:~:text=Small%20models%20write%20small%20programs%2C%20well.) \n");
    assertThat(text).contains("[Notes](https://example.org/notes/) ");
    assertThat(renderer.toBuilder().build().render(POST)).isEqualTo(text);
  }

  @Test
  void aPostReadBackKeepsItsLinkAndRendersTheSameAgain() {
    JekyllMarkdownRenderer renderer = JekyllMarkdownRenderer.builder().textFragments(true).build();
    String text = renderer.render(POST);
    LinkPost read = JekyllPostReader.jekyll().read(text);
    assertThat(read.quotes().get(0).source().url().getRawFragment())
        .isEqualTo(":~:text=Small%20models%20write%20small%20programs%2C%20well.");
    assertThat(renderer.render(read)).isEqualTo(text);
    assertThat(JekyllMarkdownRenderer.jekyll().render(read)).isEqualTo(text);
    // A post read in the reference format gets its link when written with the setting on.
    LinkPost plain = JekyllPostReader.jekyll().read(JekyllMarkdownRenderer.jekyll().render(POST));
    assertThat(renderer.render(plain)).isEqualTo(text);
  }
}
