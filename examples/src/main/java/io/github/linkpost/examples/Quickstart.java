package io.github.linkpost.examples;

// docs:start README.md
import io.github.linkpost.Discovery;
import io.github.linkpost.Excerpt;
import io.github.linkpost.Link;
import io.github.linkpost.LinkPost;
import io.github.linkpost.Quote;
import io.github.linkpost.html.HtmlRenderer;
import io.github.linkpost.markdown.JekyllMarkdownRenderer;
import io.github.linkpost.markdown.JekyllPostReader;
import java.time.Instant;
import java.time.ZoneId;

/** Builds a link post, writes it as Jekyll Markdown, reads it back and renders it as HTML. */
public final class Quickstart {
  public static void main(String[] args) {
    LinkPost post = LinkPost.builder()
        .title("The box that shrank the oceans")
        .discovery(Discovery.builder()
            .at(Instant.parse("2025-04-18T16:42:00Z"))
            .zone(ZoneId.of("America/Vancouver"))
            .via("https://blog.example.org/how-i-collect-links/")
            .page(Link.of("The box that shrank the oceans", "https://ports.example.com/box/"))
            .remarks("Worth reading *slowly*.")
            .build())
        .addQuote(Quote.builder()
            .source(Link.of("The box that shrank the oceans", "https://ports.example.com/box/"))
            .author("Lena Ortiz")
            .addExcerpt(Excerpt.of("Before 1956 a ship spent more time **tied up** in port than at sea."))
            .build())
        .build();

    String markdown = JekyllMarkdownRenderer.jekyll().render(post);  // a file for _posts
    LinkPost back = JekyllPostReader.jekyll().parse(markdown);         // reads a post's text
    if (!back.equals(post)) {
      throw new IllegalStateException("read back as another post: " + back);
    }
    String html = HtmlRenderer.jekyll().render(back);                 // what Jekyll shows
    System.out.println(markdown);
    System.out.println(html);
  }
}
// docs:end
