package io.github.linkpost.html;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.linkpost.Discovery;
import io.github.linkpost.Excerpt;
import io.github.linkpost.Link;
import io.github.linkpost.LinkPost;
import io.github.linkpost.Quote;
import io.github.linkpost.markdown.JekyllMarkdownRenderer;
import io.github.linkpost.markdown.JekyllPostReader;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class TextFragmentLinksTest {
  static final LinkPost POST = LinkPost.builder()
      .title("T")
      .discovery(Discovery.builder().at(Instant.parse("2025-10-13T18:59:00Z"))
          .page(Link.of("Notes", "https://example.org/notes/")).build())
      .addQuote(Quote.builder().source(Link.of("Notes", "https://example.org/notes/"))
          .addExcerpt(Excerpt.of("It's a <b> & \"quoted\" [word](https://x.example/) - or two."))
          .build())
      .build();
  static final String LINK = "https://example.org/notes/#:~:text=It's%20a%20%26%20%22quoted%22"
      + "%20word%20%2D%20or%20two.";

  @Test
  void offByDefault() {
    assertThat(HtmlRenderer.jekyll().render(POST)).doesNotContain(":~:")
        .isEqualTo(HtmlRenderer.builder().textFragments(false).build().render(POST));
  }

  @Test
  void onTheQuotesSourceLinksToItsWordsAsTheMarkdownDoes() {
    String html = HtmlRenderer.builder().textFragments(true).build().render(POST);
    // kramdown writes an apostrophe in an attribute as it is.
    assertThat(html).contains("href=\"" + LINK + "\"")
        .contains("href=\"https://example.org/notes/\"");
    String markdown = JekyllMarkdownRenderer.builder().textFragments(true).build().render(POST);
    assertThat(markdown).contains("(" + LINK + ")");
    // A post read from a file: the quote is shown afresh with its new link.
    LinkPost read = JekyllPostReader.jekyll().parse(JekyllMarkdownRenderer.jekyll().render(POST));
    assertThat(HtmlRenderer.builder().textFragments(true).build().render(read))
        .contains("href=\"" + LINK + "\"");
    assertThat(HtmlRenderer.commonmark().toBuilder().textFragments(true).build().render(read))
        .contains("href=\"" + LINK.replace("'", "&#39;") + "\"");
  }
}
